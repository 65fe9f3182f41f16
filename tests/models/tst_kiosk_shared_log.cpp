// The kiosks' shared log on a real PostgreSQL server, started by the test (support/
// PostgresServer.h; never skipped): two kiosk processes (kiosk_log_load) write 500 outcomes
// each while the server goes away for two seconds and comes back on the same port, and the
// shared table ends with exactly their 1,000 entries, none lost, none doubled, both outboxes
// empty. Also: kiosks opening an empty database at once all migrate it without error, a newer
// schema is refused, and the same entry appended twice is kept once.

#include "core/kiosk/KioskLog.h"
#include "support/PostgresServer.h"
#include "support/ReportHelpers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <latch>
#include <thread>

using namespace vcdesk;

class KioskSharedLogTest : public QObject
{
    Q_OBJECT

    test::PostgresServer m_server;
    QTemporaryDir m_dir;
    int m_databases = 0;

    /// A fresh, empty database on the server.
    KioskLog::PostgreSql freshDatabase()
    {
        const QString name = QStringLiteral("fresh%1").arg(++m_databases);
        if (auto made = m_server.createDatabase(name); !made)
            qFatal("%s", qPrintable(made.error().toString()));
        return m_server.where(name);
    }

    QString scalar(const QString &sql, const QString &database)
    {
        auto out = m_server.psql(sql, database);
        if (!out)
            qFatal("%s", qPrintable(out.error().toString()));
        return out.value();
    }

    static KioskLogEntry entry(const QString &station)
    {
        KioskLogEntry e;
        e.uid = KioskLogEntry::newUid(station);
        e.atMs = QDateTime::currentMSecsSinceEpoch();
        e.station = station;
        e.definitionId = "membershipCredential";
        e.outcome = "verified";
        return e;
    }

    QProcess *startKiosk(const QString &station, int count)
    {
        auto *kiosk = new QProcess(this);
        kiosk->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const KioskLog::PostgreSql where = m_server.where();
        kiosk->start(QStringLiteral(KIOSK_LOG_LOAD),
                     {station, QString::number(count), where.host, QString::number(where.port),
                      where.database, where.user, m_dir.filePath(station + "-outbox.db"),
                      QStringLiteral("10"), QStringLiteral("60000")});
        return kiosk;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VCDESK_VERIFY_OK(m_server.start());
    }

    void kiosksOpeningAnEmptyDatabaseAtOnceAllMigrateIt()
    {
        // Without a lock around the whole migration, two CREATE TABLE IF NOT EXISTS racing
        // each other fail with a duplicate key in pg_type: several rounds make that likely.
        constexpr int kKiosks = 4;
        for (int round = 0; round < 6; ++round) {
            const KioskLog::PostgreSql where = freshDatabase();
            std::latch ready(kKiosks);
            QStringList errors;
            QMutex lock;
            std::vector<std::thread> kiosks;
            for (int i = 0; i < kKiosks; ++i)
                kiosks.emplace_back([&] {
                    ready.arrive_and_wait();
                    auto log = KioskLog::openPostgreSql(where);
                    QMutexLocker locked(&lock);
                    if (!log)
                        errors << log.error().toString();
                });
            for (std::thread &kiosk : kiosks)
                kiosk.join();
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
            // One version row, not one per kiosk.
            QCOMPARE(scalar("SELECT COUNT(*) || ' ' || MAX(version) FROM kiosk_log_schema",
                            where.database),
                     QStringLiteral("1 %1").arg(KioskLog::kSchemaVersion));
            QCOMPARE(scalar("SELECT COUNT(*) FROM kiosk_log", where.database), "0");
        }
    }

    void aNewerSchemaIsRefused()
    {
        const KioskLog::PostgreSql where = freshDatabase();
        VCDESK_VERIFY_OK(KioskLog::openPostgreSql(where));
        scalar(QStringLiteral("UPDATE kiosk_log_schema SET version = %1")
                   .arg(KioskLog::kSchemaVersion + 1),
               where.database);
        auto log = KioskLog::openPostgreSql(where);
        QVERIFY(!log);
        QCOMPARE(log.error().code, "kiosk.log_schema");
        QCOMPARE(scalar("SELECT MAX(version) FROM kiosk_log_schema", where.database),
                 QString::number(KioskLog::kSchemaVersion + 1));
    }

    void theSameEntryAppendedTwiceIsKeptOnce()
    {
        const KioskLog::PostgreSql where = freshDatabase();
        auto log = KioskLog::openPostgreSql(where);
        VCDESK_VERIFY_OK(log);
        KioskLogEntry e = entry("door");
        e.claims = QJsonObject{{"name", "Alice"}};
        VCDESK_VERIFY_OK(log.value()->append(e));
        KioskLogEntry again = e;
        again.outcome = "not_verified"; // a resend is never a second entry, nor an update
        VCDESK_VERIFY_OK(log.value()->append(again));
        VCDESK_VERIFY_OK(log.value()->append(entry("door")));
        QCOMPARE(log.value()->count().value(), 2);
        auto kept = log.value()->since(0, 10);
        VCDESK_VERIFY_OK(kept);
        const auto first = std::find_if(kept->begin(), kept->end(),
                                        [&](const KioskLogEntry &k) { return k.uid == e.uid; });
        QVERIFY(first != kept->end());
        QCOMPARE(first->outcome, "verified");
        QCOMPARE(first->claims.value("name").toString(), "Alice");
    }

    void aKioskWhoseClockRunsAheadPrunesNoRecentEntry()
    {
        const KioskLog::PostgreSql where = freshDatabase();
        auto log = KioskLog::openPostgreSql(where);
        VCDESK_VERIFY_OK(log);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        KioskLogEntry old = entry("door");
        old.atMs = now - 10 * 86400000LL;
        VCDESK_VERIFY_OK(log.value()->append(old));
        VCDESK_VERIFY_OK(log.value()->append(entry("hall")));
        // A kiosk sixty days ahead: the server's clock bounds its "now".
        QCOMPARE(log.value()->prune(30, now + 60 * 86400000LL).value(), 0);
        QCOMPARE(log.value()->count().value(), 2);
        // Retention itself still works.
        QCOMPARE(log.value()->prune(7, now).value(), 1);
        QCOMPARE(log.value()->count().value(), 1);
    }

    void twoKiosksKeepEveryEntryThroughAnOutage()
    {
        constexpr int kEach = 500;
        QElapsedTimer clock;
        clock.start();
        QProcess *north = startKiosk("north", kEach);
        QProcess *south = startKiosk("south", kEach);
        QVERIFY(north->waitForStarted() && south->waitForStarted());
        QThread::msleep(1500);
        // Both are still appending (500 at 10 ms take five seconds) when the server goes.
        QCOMPARE(north->state(), QProcess::Running);
        QCOMPARE(south->state(), QProcess::Running);
        VCDESK_VERIFY_OK(m_server.stop(test::PostgresServer::Stop::Immediate));
        const qint64 stoppedAt = clock.elapsed();
        QThread::msleep(2000);
        VCDESK_VERIFY_OK(m_server.start());
        const qint64 backAt = clock.elapsed();

        for (QProcess *kiosk : {north, south}) {
            QVERIFY(kiosk->waitForFinished(90000));
            const QString said = QString::fromUtf8(kiosk->readAllStandardOutput()).trimmed();
            qInfo("%s (server away from %lld to %lld ms)", qPrintable(said), stoppedAt, backAt);
            QCOMPARE(kiosk->exitStatus(), QProcess::NormalExit);
            QCOMPARE(kiosk->exitCode(), 0);
            // The outage reached the kiosk: entries waited in its outbox, it told of a problem.
            const QStringList words = said.split(' ');
            QCOMPARE(words.value(0), "appended");
            QCOMPARE(words.value(1).toInt(), kEach);
            QVERIFY2(words.value(3).toInt() > 1, qPrintable(said));
            QVERIFY2(words.value(5).toInt() > 0, qPrintable(said));
        }

        const QString db = m_server.where().database;
        QCOMPARE(scalar("SELECT COUNT(*) || ' ' || COUNT(DISTINCT uid) FROM kiosk_log", db),
                 "1000 1000");
        QCOMPARE(scalar("SELECT station || ' ' || COUNT(*) FROM kiosk_log GROUP BY station "
                        "ORDER BY station",
                        db),
                 "north 500\nsouth 500");
        // Each uid names its own station (no entry crossed over).
        QCOMPARE(scalar("SELECT COUNT(*) FROM kiosk_log WHERE uid NOT LIKE station || '/%'", db),
                 "0");
        for (const QString station : {"north", "south"}) {
            auto outbox = KioskLog::openSqlite(m_dir.filePath(station + "-outbox.db"));
            VCDESK_VERIFY_OK(outbox);
            QCOMPARE(outbox.value()->count().value(), 0);
        }
        qInfo("two kiosks, 1000 entries, one outage: %lld ms", clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(KioskSharedLogTest)
#include "tst_kiosk_shared_log.moc"
