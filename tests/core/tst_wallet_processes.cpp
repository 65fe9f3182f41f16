// The wallet against other processes: the writer lock, and crash safety under SIGKILL.

#include "core/crypto/Digest.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/Sql.h"
#include "core/store/Wallet.h"
#include "core/store/WalletDatabase.h"
#include "support/LegacyWallet.h"
#include "support/WalletFixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace vcdesk;

namespace {

QString writerBinary()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/wallet_writer");
}

bool waitForLine(QProcess &process, const QByteArray &line, int ms = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (process.canReadLine() && process.peek(4096).contains(line))
            return true;
        if (process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(50);
    }
    return false;
}

} // namespace

class WalletProcessesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void secondWriterProcessIsRefused()
    {
        const QString file = m_dir.filePath("locked.db");
        auto wallet = test::createWallet(file);
        QProcess second;
        second.start(writerBinary(), {"write", file, "pass"});
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 3);
        const QString error = QString::fromUtf8(second.readAllStandardError());
        QVERIFY2(error.contains("wallet.in_use"), qPrintable(error));
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(error)); // names the process that holds it
        wallet.reset();

        // The other way round, and the lock goes with the holder even when it is killed.
        QProcess holder;
        holder.start(writerBinary(), {"hold", file});
        QVERIFY(waitForLine(holder, "ready"));
        QCOMPARE(Wallet::open(file, Wallet::Access::ReadWrite).error().code,
                 QStringLiteral("wallet.in_use"));
        auto reader = Wallet::open(file, Wallet::Access::ReadOnly);
        VCDESK_VERIFY_OK(reader); // readers are welcome
        QByteArray pass = "pass";
        VCDESK_VERIFY_OK(reader.value()->unlock(pass));
        QCOMPARE(reader.value()->profiles().list().value().size(), 1);
        reader.value().reset();
        holder.kill();
        QVERIFY(holder.waitForFinished(5000));
        VCDESK_VERIFY_OK(Wallet::open(file, Wallet::Access::ReadWrite));
    }

    void theLockHoldsForWhatTheFileIs()
    {
        // Issue 11, item 13: several names of one file are one wallet. A symbolic link or a
        // path with ".." reaches the same lock, so a second writer through it is refused; a
        // hard link would give SQLite a second journal, so a file with two names is refused
        // outright, by every name, before anything is written.
        const QString file = m_dir.filePath("linked.db");
        test::createWallet(file);
        const QString soft = m_dir.filePath("soft-link.db");
        QVERIFY(QFile::link(file, soft));
        QDir(m_dir.path()).mkdir("sub");
        const QString dotted = m_dir.filePath("sub/../linked.db");
        for (const auto &[held, other] :
             {std::pair{file, soft}, std::pair{soft, dotted}, std::pair{dotted, file}}) {
            QProcess holder;
            holder.start(writerBinary(), {"hold", held});
            QVERIFY(waitForLine(holder, "ready"));
            QCOMPARE(Wallet::open(other, Wallet::Access::ReadWrite).error().code,
                     QStringLiteral("wallet.in_use"));
            QProcess second;
            second.start(writerBinary(), {"hold", other});
            QVERIFY(second.waitForFinished(10000));
            QCOMPARE(second.exitCode(), 3);
            QVERIFY(second.readAllStandardError().contains("wallet.in_use"));
            holder.write("\n");
            QVERIFY(holder.waitForFinished(5000));
        }
        // A writer through the path and one through a symlink, each committing: refused.
        QProcess a, b;
        a.start(writerBinary(), {"write", file, "pass"});
        QVERIFY(waitForLine(a, "ready"));
        b.start(writerBinary(), {"write", soft, "pass"});
        QVERIFY(b.waitForFinished(10000));
        QCOMPARE(b.exitCode(), 3);
        a.kill();
        QVERIFY(a.waitForFinished(5000));

        const QString hard = m_dir.filePath("hard-link.db");
        QVERIFY(::link(QFile::encodeName(file).constData(), QFile::encodeName(hard).constData()) ==
                0);
        for (const QString &name : {file, hard, soft})
            for (auto access : {Wallet::Access::ReadWrite, Wallet::Access::ReadOnly})
                QCOMPARE(Wallet::open(name, access).error().code, QStringLiteral("wallet.linked"));
        QVERIFY(QFile::remove(hard));
        auto wallet = Wallet::open(file, Wallet::Access::ReadWrite);
        VCDESK_VERIFY_OK(wallet);
        QCOMPARE(
            Sql::scalar(wallet.value()->database(), "PRAGMA integrity_check").value().toString(),
            QStringLiteral("ok"));
    }

    void sealingSurvivesKills()
    {
        // Issue 12: a kill at any moment of sealing an old wallet leaves a wallet that opens
        // with everything in it (the old one or the sealed one, never half of each).
        const QString file = m_dir.filePath("legacy.db");
        auto fresh = [&] {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(file + suffix);
            return test::writeLegacyWallet(file, 400);
        };
        // How long a whole unlock with sealing takes here, to spread the kills over it.
        fresh();
        QElapsedTimer timer;
        timer.start();
        QProcess whole;
        whole.start(writerBinary(), {"unlock", file, "pass"});
        QVERIFY(waitForLine(whole, "unlocked", 60000));
        const qint64 duration = timer.elapsed();
        whole.waitForFinished(5000);

        auto *random = QRandomGenerator::global();
        int stillOld = 0, sealed = 0;
        for (int round = 0; round < 12; ++round) {
            const auto legacy = fresh();
            QProcess sealer;
            sealer.start(writerBinary(), {"unlock", file, "pass"});
            QVERIFY(sealer.waitForStarted(5000));
            QThread::msleep(random->bounded(quint32(duration + 1)));
            sealer.kill();
            QVERIFY(sealer.waitForFinished(5000));
            {
                auto database = WalletDatabase::open(file, WalletDatabase::Access::ReadWrite);
                VCDESK_VERIFY_OK(database);
                QCOMPARE(Sql::scalar(database.value()->connection(), "PRAGMA integrity_check")
                             .value()
                             .toString(),
                         QStringLiteral("ok"));
                const int version =
                    SchemaMigrations::currentVersion(database.value()->connection()).value();
                (version == 1 ? stillOld : sealed) += 1;
            }
            auto wallet = Wallet::open(file, Wallet::Access::ReadWrite);
            VCDESK_VERIFY_OK(wallet);
            QByteArray pass = "pass";
            VCDESK_VERIFY_OK(wallet.value()->unlock(pass));
            CredentialQuery q;
            q.profileId = wallet.value()->profiles().resolve({}).value().id;
            q.tag = "legacy-tag";
            QCOMPARE(wallet.value()->search().count(q).value(), qint64(legacy.credentials.size()));
        }
        qInfo("unlock with sealing takes %lld ms here; of 12 kills spread over it, %d left the "
              "old wallet, %d the sealed one; every one opened whole",
              duration, stillOld, sealed);
        QVERIFY2(stillOld > 0, "no kill landed before sealing committed");
    }

    void survivesTwoHundredKills()
    {
        const QString file = m_dir.filePath("crash.db");
        test::createWallet(file);
        QHash<qint64, QByteArray> committed; // id -> SHA-256 of the credential
        auto *random = QRandomGenerator::global();
        const int rounds = qEnvironmentVariableIntValue("VCDESK_CRASH_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("VCDESK_CRASH_ROUNDS")
                               : 200;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(writerBinary(), {"write", file, "pass"});
            QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
            // Kill at a random moment: mostly mid-stream, sometimes during start-up.
            if (round % 10 != 0)
                QVERIFY2(waitForLine(writer, "ready"),
                         qPrintable(QString::fromUtf8(writer.readAllStandardError())));
            QThread::usleep(random->bounded(1000, 60000));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            QList<qint64> fresh;
            for (const QByteArray &line : lines) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts[0] == "committed") {
                    committed.insert(parts[1].toLongLong(), parts[2]);
                    fresh << parts[1].toLongLong();
                }
            }
            auto wallet = Wallet::open(file, Wallet::Access::ReadWrite);
            VCDESK_VERIFY_OK(wallet);
            const QSqlDatabase &db = wallet.value()->database();
            QCOMPARE(Sql::scalar(db, "PRAGMA integrity_check").value().toString(),
                     QStringLiteral("ok"));
            QVERIFY(!Sql::scalar(db, "PRAGMA foreign_key_check").value().isValid());
            QByteArray pass = "pass";
            VCDESK_VERIFY_OK(wallet.value()->unlock(pass));
            // The new ones every round, all of them every 50 rounds and at the end.
            const QList<qint64> toCheck =
                (round % 50 == 49 || round == rounds - 1) ? committed.keys() : fresh;
            for (qint64 id : toCheck) {
                auto credential = wallet.value()->credentials().open(id);
                VCDESK_VERIFY_OK(credential);
                QCOMPARE(Digest::sha256(credential->raw).toHex(), committed.value(id));
                QCOMPARE(credential->tags, QStringList{"crash"});
            }
        }
        auto wallet = Wallet::open(file, Wallet::Access::ReadWrite).value();
        QByteArray pass = "pass";
        VCDESK_VERIFY_OK(wallet->unlock(pass));
        // What the file holds and what the unlocked wallet lists agree.
        const qint64 stored = Sql::scalar(wallet->database(), "SELECT count(*) FROM credentials")
                                  .value()
                                  .toLongLong();
        QCOMPARE(
            Sql::scalar(wallet->index(), "SELECT count(*) FROM credentials").value().toLongLong(),
            stored);
        QVERIFY(stored >= committed.size()); // a kill between COMMIT and the print adds one
        QVERIFY2(committed.size() > rounds, "the writers committed too little to mean much");
        qInfo("%d kills, %lld credentials reported committed, %lld stored", rounds,
              qint64(committed.size()), stored);
    }
};

QTEST_GUILESS_MAIN(WalletProcessesTest)
#include "tst_wallet_processes.moc"
