// AccountPicker over a real wallet: the first read chooses the preferred role's account; a
// person's choice survives every later reload of the wallet's accounts (a plain QComboBox
// jumps back to row 0, which made the issuer console start over mid-action); removing the
// chosen account falls back, and says so once.

#include "core/store/Wallet.h"
#include "models/AccountListModel.h"
#include "models/WalletSession.h"
#include "support/WalletFixture.h"
#include "ui/AccountPicker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestAccountPicker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Account agentAccount(const QString &name, const QString &role)
    {
        Account account;
        account.kind = QStringLiteral("issuer-agent");
        account.name = name;
        account.role = role;
        account.baseUrl = QStringLiteral("http://127.0.0.1:9/");
        account.secretKind = Account::SecretKind::ApiKey;
        account.secret = "key";
        return account;
    }

    /// Adds an account through the session, as the Accounts page does: changed() follows and
    /// every AccountListModel reads its list again.
    static bool addThroughSession(WalletSession &session, qint64 profile, const Account &account)
    {
        QSignalSpy changed(&session, &WalletSession::changed);
        auto *adding = session.write<bool>(
            [profile, account](Wallet &wallet, const ActivityBase::Context &) -> Result<bool> {
                Account copy = account;
                auto added = wallet.accounts().add(profile, copy);
                if (!added)
                    return added.error();
                return true;
            });
        Q_UNUSED(adding);
        return changed.wait(10000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void choiceSurvivesReloadsAndFallsBackWhenRemoved()
    {
        const QString path = m_dir.filePath("picker.db");
        qint64 profile = 0;
        qint64 holder = 0;
        qint64 issuer = 0;
        {
            auto wallet = test::createWallet(path);
            profile = wallet->profiles().resolve({}).value().id;
            // The holder's is listed first (by name): the preferred role must still win.
            Account first = agentAccount("A holder", "holder");
            holder = wallet->accounts().add(profile, first).value().id;
            Account second = agentAccount("B issuer", "issuer");
            issuer = wallet->accounts().add(profile, second).value().id;
            Account verifier = agentAccount("C verifier", "verifier");
            verifier.kind = QStringLiteral("verifier");
            QVERIFY(wallet->accounts().add(profile, verifier));
        }
        WalletSession session;
        QSignalSpy opened(&session, &WalletSession::opened);
        session.open(path, Wallet::Access::ReadWrite);
        QVERIFY(opened.wait(10000));

        AccountPicker picker(session, profile, QStringLiteral("issuer-agent"));
        picker.setPreferredRole(QStringLiteral("issuer"));
        QSignalSpy chosen(&picker, &AccountPicker::accountChosen);
        QSignalSpy listed(&picker, &AccountPicker::listed);
        QCOMPARE(picker.accountId(), 0); // locked: nothing to choose
        QVERIFY(!picker.hasAccounts());

        session.unlock("pass");
        QTRY_COMPARE_WITH_TIMEOUT(picker.accountId(), issuer, 10000);
        QCOMPARE(picker.count(), 2); // the verifier account is of another kind
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.last().at(0).toLongLong(), issuer);

        // The person chooses the holder's account (as the keyboard would).
        picker.setFocus();
        picker.setCurrentIndex(picker.findData(holder, AccountListModel::IdRole));
        QCOMPARE(picker.accountId(), holder);
        QCOMPARE(chosen.count(), 2);

        // The wallet changes twice: the list is read again each time, the choice stays, and
        // nobody is told of a new choice.
        const int listedBefore = int(listed.count());
        QVERIFY(addThroughSession(session, profile, agentAccount("D other", "issuer")));
        QTRY_VERIFY_WITH_TIMEOUT(listed.count() > listedBefore, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(picker.count(), 3, 10000);
        QVERIFY(addThroughSession(session, profile, agentAccount("E other", "holder")));
        QTRY_COMPARE_WITH_TIMEOUT(picker.count(), 4, 10000);
        QCOMPARE(picker.accountId(), holder);
        QCOMPARE(picker.currentData(AccountListModel::IdRole).toLongLong(), holder);
        QCOMPARE(chosen.count(), 2);

        // The chosen account goes: the preferred role's account is chosen, once.
        QSignalSpy changed(&session, &WalletSession::changed);
        session.write<bool>(
            [holder](Wallet &wallet, const ActivityBase::Context &) -> Result<bool> {
                if (auto removed = wallet.accounts().remove(holder); !removed)
                    return removed.error();
                return true;
            });
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(picker.count(), 3, 10000);
        QCOMPARE(picker.accountId(), issuer);
        QCOMPARE(chosen.count(), 3);

        // Locked: the list empties and the choice is none.
        QSignalSpy locked(&session, &WalletSession::locked);
        session.lock();
        QTRY_VERIFY_WITH_TIMEOUT(!locked.isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(picker.count(), 0, 10000);
        QCOMPARE(picker.accountId(), 0);
        QCOMPARE(chosen.last().at(0).toLongLong(), 0);
    }
};

QTEST_MAIN(TestAccountPicker)
#include "tst_account_picker.moc"
