// One kiosk writing to the shared PostgreSQL log, for tst_kiosk_shared_log (not a test itself):
//
//   kiosk_log_load STATION COUNT HOST PORT DATABASE USER OUTBOX INTERVAL_MS [TIMEOUT_MS]
//
// Appends COUNT outcomes through KioskLogWriter (PostgreSQL target, its SQLite outbox at
// OUTBOX, flushing every 200 ms), one every INTERVAL_MS, then lets it flush until the outbox is
// empty. Then reads the shared log back and checks that every uid it wrote is there. Prints
//   appended COUNT max-pending P problems K
// and exits 0 only when everything reached the server; 1 when the outbox did not empty or an
// entry is missing after TIMEOUT_MS (default 60000), with the reason on stderr; 64 usage.

#include "core/kiosk/KioskLog.h"
#include "models/KioskLogWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

#include <cstdio>

using namespace vcdesk;

namespace {

int finish(KioskLogWriter::Targets targets, const QSet<QString> &uids)
{
    auto shared = KioskLog::openPostgreSql(targets.postgres);
    if (!shared) {
        fprintf(stderr, "cannot read the shared log back: %s\n",
                qPrintable(shared.error().toString()));
        return 1;
    }
    auto all = shared.value()->since(0, 1000000);
    if (!all) {
        fprintf(stderr, "cannot read the shared log back: %s\n",
                qPrintable(all.error().toString()));
        return 1;
    }
    QSet<QString> missing = uids;
    for (const KioskLogEntry &entry : all.value())
        missing.remove(entry.uid);
    if (!missing.isEmpty()) {
        fprintf(stderr, "%lld entries never reached the server, e.g. %s\n", qint64(missing.size()),
                qPrintable(*missing.begin()));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 9)
        return 64;
    const QString station = args.at(1);
    const int count = args.at(2).toInt();
    KioskLogWriter::Targets targets;
    targets.target = KioskConfig::LogTarget::PostgreSql;
    targets.postgres.host = args.at(3);
    targets.postgres.port = args.at(4).toInt();
    targets.postgres.database = args.at(5);
    targets.postgres.user = args.at(6);
    targets.postgres.connectTimeoutSeconds = 2;
    targets.sqlitePath = args.at(7);
    targets.flushIntervalMs = 200;
    const int intervalMs = args.at(8).toInt();
    const int timeoutMs = args.size() > 9 ? args.at(9).toInt() : 60000;
    if (count <= 0 || intervalMs < 0 || timeoutMs <= 0)
        return 64;

    QSet<QString> uids;
    int exitCode = 1;
    qint64 lastPending = -1, maxPending = 0;
    int problems = 0;
    QElapsedTimer clock;
    clock.start();
    {
        KioskLogWriter writer(targets);
        QObject::connect(&writer, &KioskLogWriter::pending, [&](qint64 n) {
            lastPending = n;
            maxPending = qMax(maxPending, n);
        });
        QObject::connect(&writer, &KioskLogWriter::problem, [&](const QString &message) {
            if (!message.isEmpty())
                ++problems;
        });
        QTimer pace;
        pace.setInterval(intervalMs);
        QObject::connect(&pace, &QTimer::timeout, [&] {
            if (uids.size() < count) {
                KioskLogEntry e;
                e.uid = KioskLogEntry::newUid(station);
                e.atMs = QDateTime::currentMSecsSinceEpoch();
                e.station = station;
                e.definitionId = QStringLiteral("membershipCredential");
                e.outcome =
                    uids.size() % 5 ? QStringLiteral("verified") : QStringLiteral("not_verified");
                e.checks =
                    QJsonArray{QJsonObject{{"name", "SignatureVerification"}, {"outcome", "pass"}}};
                uids.insert(e.uid);
                writer.append(e);
                if (uids.size() == count) {
                    // Every pending() from now on counts what is left after the last append.
                    writer.waitForIdle();
                    QCoreApplication::processEvents();
                }
                return;
            }
            if (lastPending == 0) {
                pace.stop();
                app.quit();
            }
        });
        QTimer::singleShot(timeoutMs, &app, [&] {
            fprintf(stderr, "%s: %lld entries still in the outbox after %d ms\n",
                    qPrintable(station), lastPending, timeoutMs);
            app.exit(1);
        });
        pace.start();
        const int loop = app.exec();
        printf("appended %lld max-pending %lld problems %d after %lld ms\n", qint64(uids.size()),
               maxPending, problems, clock.elapsed());
        fflush(stdout);
        exitCode = loop == 0 && lastPending == 0 ? finish(targets, uids) : 1;
    }
    return exitCode;
}
