// KeyPicker over a real wallet: the profile's default key is chosen first; the person's choice
// survives the keys being read again (a key added elsewhere); each key reads as its type,
// method and DID's end, the default marked, the whole DID in the tooltip; locking empties it.

#include "core/store/Wallet.h"
#include "models/WalletSession.h"
#include "support/WalletFixture.h"
#include "ui/KeyPicker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestKeyPicker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theDefaultFirstThenThePersonsChoiceThroughReloads()
    {
        const QString path = m_dir.filePath("keys.db");
        qint64 profile = 0;
        QString defaultDid;
        QString otherDid;
        {
            auto wallet = test::createWallet(path);
            profile = wallet->profiles().resolve({}).value().id;
            defaultDid = wallet->keys().defaultKey(profile).value().did;
            otherDid = wallet->keys()
                           .generate(profile, KeyType::Ed25519, KeyStore::DidMethod::Key)
                           .value()
                           .did;
        }
        WalletSession session;
        QSignalSpy opened(&session, &WalletSession::opened);
        session.open(path, Wallet::Access::ReadWrite);
        QVERIFY(opened.wait(10000));

        KeyPicker picker(session, profile);
        QSignalSpy listed(&picker, &KeyPicker::listed);
        QCOMPARE(picker.keyDid(), QString()); // locked: nothing to choose
        session.unlock("pass");
        QTRY_COMPARE_WITH_TIMEOUT(picker.count(), 2, 10000);
        QCOMPARE(picker.keyDid(), defaultDid);
        QVERIFY(picker.currentText().endsWith("(default)"));
        QVERIFY(picker.currentText().contains(defaultDid.right(8)));
        QCOMPARE(picker.itemData(picker.currentIndex(), Qt::ToolTipRole).toString(), defaultDid);
        const int other = picker.findData(otherDid);
        QVERIFY(other >= 0);
        QVERIFY(picker.itemText(other).startsWith("Ed25519 · did:key · …"));
        QVERIFY(!picker.accessibleName().isEmpty());

        // The person chooses the other key with the keyboard.
        picker.setFocus();
        QTest::keyClick(&picker, other > picker.currentIndex() ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(picker.keyDid(), otherDid);

        // A key is added: the keys are read again and the choice stays.
        QSignalSpy changed(&session, &WalletSession::changed);
        const int listedBefore = int(listed.count());
        session.write<bool>([profile](Wallet &wallet,
                                      const ActivityBase::Context &) -> Result<bool> {
            if (auto key = wallet.keys().generate(profile, KeyType::P256, KeyStore::DidMethod::Jwk);
                !key)
                return key.error();
            return true;
        });
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(listed.count() > listedBefore, 10000);
        QCOMPARE(picker.count(), 3);
        QCOMPARE(picker.keyDid(), otherDid);

        // Locked: no key is offered.
        session.lock();
        QTRY_COMPARE_WITH_TIMEOUT(picker.count(), 0, 10000);
        QCOMPARE(picker.keyDid(), QString());
    }
};

QTEST_MAIN(TestKeyPicker)
#include "tst_key_picker.moc"
