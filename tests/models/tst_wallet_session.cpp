// WalletSession, as the window uses it: the wallet lives on its own thread; open, unlock and
// lock are activities with signals; a credential list loads through the session without the
// GUI thread touching the database, refreshes after every write, and empties when locked.
// A wrong passphrase is a message, and the wallet stays locked. A backup restores into a new
// file that is then open and unlocked; a failed restore is a message and makes nothing.

#include "core/store/Wallet.h"
#include "core/store/WalletBackup.h"
#include "models/CredentialListModel.h"
#include "models/WalletSession.h"
#include "support/WalletFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace vcdesk;

class WalletSessionTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_profile = 0;
    test::Issuer m_issuer = test::Issuer::make(KeyType::P256);

    /// Waits for a page to arrive, then fetches the rest the same way.
    static bool loadAll(CredentialListModel &model)
    {
        QSignalSpy loaded(&model, &PagedTableModel::pageLoaded);
        while (model.isLoading() || model.canFetchMore({})) {
            if (!model.isLoading())
                model.fetchMore({});
            if (model.isLoading() && !loaded.wait(10000))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath("session.db");
        auto wallet = test::createWallet(m_path);
        m_profile = wallet->profiles().resolve({}).value().id;
        QList<CredentialRecord> records;
        for (int i = 0; i < 130; ++i)
            records << test::signedRecord(m_issuer, "EmailCredential", i);
        QCOMPARE(wallet->credentials().addMany(m_profile, records).value().added.size(), 130);
    }

    void aSessionOpensUnlocksListsAndLocks()
    {
        WalletSession session;
        QSignalSpy opened(&session, &WalletSession::opened);
        QSignalSpy unlocked(&session, &WalletSession::unlocked);
        QSignalSpy locked(&session, &WalletSession::locked);
        QSignalSpy messages(&session, &WalletSession::message);

        session.open(m_path, Wallet::Access::ReadWrite);
        QCOMPARE(opened.count(), 0); // open() came back before the file was opened
        QVERIFY(opened.wait(10000));
        QVERIFY(session.isOpen());
        QVERIFY(!session.isUnlocked());

        // Locked: the list is empty, and that is not an error.
        CredentialListModel *model = session.credentialModel(m_profile, &session);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failures(model, &PagedTableModel::loadFailed);
        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), 0);

        // A wrong passphrase: a message with its code; still locked; nothing listed.
        session.unlock("wrong");
        QVERIFY(messages.wait(10000));
        QVERIFY(messages.last().at(1).toString().contains("wallet.wrong_passphrase"));
        QCOMPARE(messages.last().at(2).value<WalletSession::MessageKind>(),
                 WalletSession::MessageKind::Error);
        QCOMPARE(unlocked.count(), 0);
        QVERIFY(!session.isUnlocked());

        // The right one: the list reloads through the session, page by page.
        session.unlock("pass");
        QVERIFY(unlocked.wait(10000));
        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), 130);
        QCOMPARE(model->matchingCount(), 130);
        QCOMPARE(failures.count(), 0);

        // A write through the session: changed, and the list shows it.
        QSignalSpy changed(&session, &WalletSession::changed);
        QThread *writer = nullptr;
        auto *add = session.write<qint64>(
            [&](Wallet &wallet, const ActivityBase::Context &) -> Result<qint64> {
                writer = QThread::currentThread();
                return wallet.credentials().add(m_profile,
                                                test::signedRecord(m_issuer, "LibraryCard", 1000));
            });
        QVERIFY(changed.wait(10000));
        VCDESK_VERIFY_OK(add->result());
        QVERIFY(writer && writer != thread()); // never the GUI thread
        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), 131);
        QCOMPARE(model->index(0, CredentialListModel::TitleColumn).data().toString(),
                 QStringLiteral("LibraryCard"));

        // A write that fails says nothing changed.
        auto *refused =
            session.write<qint64>([](Wallet &, const ActivityBase::Context &) -> Result<qint64> {
                return Error{QStringLiteral("test.refused"), QStringLiteral("no")};
            });
        QSignalSpy refusedDone(refused, &ActivityBase::finished);
        QVERIFY(refusedDone.wait(10000));
        QCOMPARE(changed.count(), 1);

        // Lock: at once for the window; the list empties.
        session.lock();
        QCOMPARE(locked.count(), 1);
        QVERIFY(!session.isUnlocked());
        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(failures.count(), 0);
    }

    void aStalePageIsDropped()
    {
        WalletSession session;
        QSignalSpy opened(&session, &WalletSession::opened);
        QSignalSpy unlocked(&session, &WalletSession::unlocked);
        session.open(m_path, Wallet::Access::ReadOnly);
        QVERIFY(opened.wait(10000));
        session.unlock("pass");
        QVERIFY(unlocked.wait(10000));
        CredentialListModel *model = session.credentialModel(m_profile, &session);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A filter set while the first page is on its way: only the filtered page lands.
        CredentialQuery filter;
        filter.type = "LibraryCard";
        model->setFilter(filter);
        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->matchingCount(), 1);
    }

    void aLockDuringUnlockWins()
    {
        WalletSession session;
        QSignalSpy opened(&session, &WalletSession::opened);
        QSignalSpy unlocked(&session, &WalletSession::unlocked);
        session.open(m_path, Wallet::Access::ReadOnly);
        QVERIFY(opened.wait(10000));
        auto *unlock = session.unlock("pass");
        session.lock(); // asked for last: the wallet must end locked
        QSignalSpy unlockDone(unlock, &ActivityBase::finished);
        QVERIFY(unlockDone.wait(10000));
        QTest::qWait(100);
        QCOMPARE(unlocked.count(), 0);
        QVERIFY(!session.isUnlocked());
        // And on the wallet's thread too.
        auto *probe =
            session.read<bool>([](Wallet &wallet, const ActivityBase::Context &) -> Result<bool> {
                return wallet.isUnlocked();
            });
        QSignalSpy probed(probe, &ActivityBase::finished);
        QVERIFY(probed.wait(10000));
        QCOMPARE(probe->result().value(), false);
    }

    void openingAnotherWalletHidesTheFirst()
    {
        WalletSession session;
        QSignalSpy opened(&session, &WalletSession::opened);
        QSignalSpy unlocked(&session, &WalletSession::unlocked);
        QSignalSpy locked(&session, &WalletSession::locked);
        session.open(m_path, Wallet::Access::ReadOnly);
        QVERIFY(opened.wait(10000));
        session.unlock("pass");
        QVERIFY(unlocked.wait(10000));
        CredentialListModel *model = session.credentialModel(m_profile, &session);
        QVERIFY(loadAll(*model));
        QVERIFY(model->rowCount() > 0);
        session.open(m_dir.filePath("nowhere/none.db"), Wallet::Access::ReadOnly);
        QCOMPARE(locked.count(), 1); // at once, before the new file is even tried
        QVERIFY(!session.isUnlocked());
        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), 0);
    }

    void openingAMissingFileIsAMessage()
    {
        WalletSession session;
        QSignalSpy messages(&session, &WalletSession::message);
        session.open(m_dir.filePath("nowhere/none.db"), Wallet::Access::ReadOnly);
        QVERIFY(messages.wait(10000));
        QVERIFY(!session.isOpen());
        QVERIFY(!messages.last().at(1).toString().isEmpty());
    }

    void aBackupRestoresOpenAndUnlocked()
    {
        const QString backup = m_dir.filePath("session.backup");
        int rows = 0;
        {
            auto wallet = Wallet::open(m_path, Wallet::Access::ReadOnly).value();
            QByteArray passphrase = "pass";
            QVERIFY(wallet->unlock(passphrase).ok());
            CredentialListModel original(wallet->index(), m_profile);
            QVERIFY(loadAll(original));
            rows = original.rowCount();
            QByteArray backupPassphrase = "backup";
            QVERIFY(WalletBackup::write(*wallet, backup, backupPassphrase, test::cheapKdf()).ok());
        }
        WalletSession session;
        QSignalSpy opened(&session, &WalletSession::opened);
        QSignalSpy unlocked(&session, &WalletSession::unlocked);
        QSignalSpy messages(&session, &WalletSession::message);

        // A wrong backup passphrase: a message, no file, nothing open.
        const QString wrong = m_dir.filePath("wrong-restore.db");
        Activity<void> *failed =
            session.restore(backup, "not it", wrong, "new pass", test::cheapKdf());
        QSignalSpy failedEnded(failed, &ActivityBase::finished);
        QVERIFY(failedEnded.wait(10000));
        QCOMPARE(failed->result().error().code, QStringLiteral("backup.wrong_passphrase"));
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.first().at(2).value<WalletSession::MessageKind>(),
                 WalletSession::MessageKind::Error);
        QVERIFY(!QFile::exists(wrong));
        QVERIFY(!session.isOpen());
        QCOMPARE(opened.count(), 0);

        const QString restored = m_dir.filePath("restored.db");
        session.restore(backup, "backup", restored, "new pass", test::cheapKdf());
        QVERIFY(unlocked.wait(10000));
        QCOMPARE(opened.count(), 1);
        QVERIFY(session.isOpen() && session.isUnlocked());
        QCOMPARE(session.path(), restored);
        CredentialListModel *model = session.credentialModel(m_profile, &session);
        QVERIFY(loadAll(*model));
        QVERIFY(rows >= 130);
        QCOMPARE(model->rowCount(), rows);
    }
};

QTEST_GUILESS_MAIN(WalletSessionTest)
#include "tst_wallet_session.moc"
