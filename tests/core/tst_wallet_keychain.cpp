// The wallet key in the OS keychain. ctest runs this twice: inside a private D-Bus session
// with gnome-keyring's Secret Service (VCDESK_EXPECT_KEYCHAIN=1), where remember, recall
// and forget must work for real, and without any session bus, where every call must fail
// with "keychain.unavailable" and leave the wallet as it was.

#include "core/store/WalletKeychain.h"
#include "support/Await.h"
#include "support/WalletFixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class WalletKeychainTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const bool m_expectKeychain = qEnvironmentVariableIntValue("VCDESK_EXPECT_KEYCHAIN") == 1;

private slots:
    void rememberRecallForget()
    {
        const QString file = m_dir.filePath("kc.db");
        QString uid;
        {
            auto wallet = test::createWallet(file);
            uid = wallet->uid().value();
            const SecretKey walletKey = wallet->walletKey();
            // The keychain answers on the main thread: callers wait from a worker (Activity).
            QCOMPARE(WalletKeychain::remember(uid, walletKey).error().code,
                     QStringLiteral("thread.unavailable"));
            const auto remembered =
                test::await([&] { return WalletKeychain::remember(uid, walletKey); });
            if (!m_expectKeychain) {
                QCOMPARE(remembered.error().code, QStringLiteral("keychain.unavailable"));
                QCOMPARE(test::await([&] { return WalletKeychain::recall(uid); }).error().code,
                         QStringLiteral("keychain.unavailable"));
                return;
            }
            VCDESK_VERIFY_OK(remembered);
        }
        auto wallet = Wallet::open(file, Wallet::Access::ReadWrite).value();
        QVERIFY(!wallet->isUnlocked());
        auto key = test::await([&] { return WalletKeychain::recall(uid); });
        VCDESK_VERIFY_OK(key);
        VCDESK_VERIFY_OK(wallet->unlockWithKey(key.value()));
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        VCDESK_VERIFY_OK(wallet->keys().privateKey(wallet->keys().defaultKey(profile).value().id));

        VCDESK_VERIFY_OK(test::await([&] { return WalletKeychain::forget(uid); }));
        QCOMPARE(test::await([&] { return WalletKeychain::recall(uid); }).error().code,
                 QStringLiteral("keychain.not_found"));
    }

    void aWrongKeyDoesNotUnlock()
    {
        auto wallet = test::createWallet(m_dir.filePath("wrong.db"));
        wallet->lock();
        QCOMPARE(wallet->unlockWithKey(SecretKey::random()).error().code,
                 QStringLiteral("wallet.wrong_key"));
        QCOMPARE(wallet->unlockWithKey(SecretKey()).error().code,
                 QStringLiteral("wallet.wrong_key"));
        QVERIFY(!wallet->isUnlocked());
        if (!m_expectKeychain)
            return;
        const QString uid = wallet->uid().value();
        const SecretKey other = SecretKey::random();
        VCDESK_VERIFY_OK(test::await([&] { return WalletKeychain::remember(uid, other); }));
        auto recalled = test::await([&] { return WalletKeychain::recall(uid); });
        VCDESK_VERIFY_OK(recalled);
        QCOMPARE(wallet->unlockWithKey(recalled.value()).error().code,
                 QStringLiteral("wallet.wrong_key"));
        VCDESK_VERIFY_OK(test::await([&] { return WalletKeychain::forget(uid); }));
    }
};

QTEST_GUILESS_MAIN(WalletKeychainTest)
#include "tst_wallet_keychain.moc"
