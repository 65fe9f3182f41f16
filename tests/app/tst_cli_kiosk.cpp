// vcdesk kiosk on the command line, as a real process: the PIN hash for the config, the log
// exported as CSV (formula cells neutralised, --since), and clear refusals of bad usage and
// bad configs before any window opens.

#include "core/kiosk/KioskLog.h"
#include "core/kiosk/KioskPin.h"
#include "support/CliRunner.h"
#include "support/ReportHelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class CliKioskTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

private slots:
    void pinPrintsAHashThatMatches()
    {
        const test::Run run = test::runVcdesk({"kiosk", "pin"}, "2468\n");
        QCOMPARE(run.exitCode, 0);
        const QString hash = QString::fromUtf8(run.out).trimmed();
        QVERIFY(hash.startsWith("$argon2id$"));
        QCOMPARE(KioskPin::matches(hash, "2468").value(), true);
        QVERIFY(!hash.contains("2468"));

        const test::Run weak = test::runVcdesk({"kiosk", "pin"}, "12\n");
        QCOMPARE(weak.exitCode, 64);
        QVERIFY(weak.err.contains("4 to 64"));
    }

    void theLogIsExportedAsCsv()
    {
        const QString logPath = m_dir.filePath("kiosk-log.db");
        {
            auto log = KioskLog::openSqlite(logPath);
            VCDESK_VERIFY_OK(log);
            KioskLogEntry old;
            old.uid = "door/1";
            old.atMs =
                QDateTime::fromString("2026-01-02T10:00:00Z", Qt::ISODate).toMSecsSinceEpoch();
            old.station = "door";
            old.definitionId = "membershipCredential";
            old.outcome = "verified";
            old.issuer = "did:key:z6Mk";
            old.issuerName = "Example, Inc.";
            old.checks = QJsonArray{QJsonObject{{"name", "signature"}, {"outcome", "pass"}}};
            VCDESK_VERIFY_OK(log.value()->append(old));
            KioskLogEntry hostile = old;
            hostile.uid = "door/2";
            hostile.atMs += 86400000LL * 30;
            hostile.outcome = "not_verified";
            hostile.reason = "=HYPERLINK(\"http://evil\")\nsecond line";
            hostile.claims = QJsonObject{{"Member", "@SUM(A1)"}};
            VCDESK_VERIFY_OK(log.value()->append(hostile));
        }
        const QString config =
            write("kiosk.json", R"({"log": {"path": "kiosk-log.db", "claims": true}})");
        const QString csv = m_dir.filePath("out.csv");
        test::Run run = test::runVcdesk({"kiosk", "log", "--export", csv, "--config", config});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Wrote 2 entries"), run.out.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const QList<QByteArray> lines = text.split('\n');
        QVERIFY(lines.first().startsWith("time,station,definition,outcome"));
        QVERIFY(text.contains("2026-01-02T10:00:00.000Z,door,membershipCredential,verified"));
        QVERIFY(text.contains("\"Example, Inc.\""));
        QVERIFY(text.contains("signature=pass"));
        // A formula stays text; the line break inside the reason is escaped.
        QVERIFY(text.contains("'=HYPERLINK"));
        QVERIFY(!text.contains(",=HYPERLINK"));
        QVERIFY(!text.contains("\nsecond line"));
        QVERIFY(!text.contains(",@SUM"));

        run = test::runVcdesk(
            {"kiosk", "log", "--export", csv, "--config", config, "--since", "2026-01-15"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Wrote 1 entries") || run.out.contains("Wrote 1 entry"));
    }

    void badUsageIsRefused()
    {
        QCOMPARE(test::runVcdesk({"kiosk", "log"}).exitCode, 64);
        QCOMPARE(test::runVcdesk(
                     {"kiosk", "log", "--export", m_dir.filePath("x.csv"), "--since", "yesterday"})
                     .exitCode,
                 64);
        const test::Run help = test::runVcdesk({"kiosk", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("vcdesk kiosk log --export FILE"));
        // A config with a typo: refused before any window, naming the member.
        const QString bad = write("bad.json", R"({"timing": {"resetSecond": 5}})");
        const test::Run refused =
            test::runVcdesk({"kiosk", "--config", bad}, {}, {{"QT_QPA_PLATFORM", "offscreen"}});
        QCOMPARE(refused.exitCode, 78);
        QVERIFY2(refused.err.contains("timing.resetSecond"), refused.err.constData());
        // No verifier anywhere.
        const test::Run none = test::runVcdesk(
            {"kiosk"}, {}, {{"QT_QPA_PLATFORM", "offscreen"}, {"VCDESK_AGENT_DESCRIPTION", ""}});
        QCOMPARE(none.exitCode, 78);
        QVERIFY2(none.err.contains("--verifier"), none.err.constData());
    }
};

QTEST_GUILESS_MAIN(CliKioskTest)
#include "tst_cli_kiosk.moc"
