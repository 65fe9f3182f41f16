// The wallet against other processes: the writer lock, and crash safety under SIGKILL.

#include "core/crypto/Digest.h"
#include "core/store/Sql.h"
#include "core/store/Wallet.h"
#include "support/WalletFixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

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
        QCOMPARE(reader.value()->profiles().list().value().size(), 1);
        reader.value().reset();
        holder.kill();
        QVERIFY(holder.waitForFinished(5000));
        VCDESK_VERIFY_OK(Wallet::open(file, Wallet::Access::ReadWrite));
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
        const QSqlDatabase &db = wallet->database();
        // The search index agrees with the table it indexes.
        VCDESK_VERIFY_OK(Sql::exec(db, "INSERT INTO credentials_fts(credentials_fts)"
                                       " VALUES ('integrity-check')"));
        const qint64 stored =
            Sql::scalar(db, "SELECT count(*) FROM credentials").value().toLongLong();
        QVERIFY(stored >= committed.size()); // a kill between COMMIT and the print adds one
        QVERIFY2(committed.size() > rounds, "the writers committed too little to mean much");
        qInfo("%d kills, %lld credentials reported committed, %lld stored", rounds,
              qint64(committed.size()), stored);
    }
};

QTEST_GUILESS_MAIN(WalletProcessesTest)
#include "tst_wallet_processes.moc"
