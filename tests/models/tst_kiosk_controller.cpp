// The kiosk's cycle against vcdesk-agent over loopback HTTP, with a holder (the engine's own
// presentation code) answering: verified with the configured claims and reset; a declined
// answer in red with the reason, then the same request again; noise posted to a person's
// request shown, then their real answer verified; an unscanned request renewed, a scanned one
// never; the agent
// stopped and started again mid-wait (amber, then back); and an answer the service calls
// verified whose signature was changed on the way ("not confirmed here").

#include "core/kiosk/KioskLog.h"
#include "core/net/HttpClient.h"
#include "models/KioskController.h"
#include "models/KioskLogWriter.h"
#include "support/KioskFixture.h"
#include "support/KioskWait.h"
#include "support/ReportHelpers.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class KioskControllerTest : public QObject
{
    Q_OBJECT

    test::KioskFixture m_world;

    KioskConfig config() const
    {
        KioskConfig config = m_world.config();
        config.shownClaims = {{"name", "Name"}, {"missing", "Missing"}};
        return config;
    }

    std::unique_ptr<PresentationSession> scan(KioskController &kiosk)
    {
        return m_world.scan(kiosk.link());
    }

private slots:
    void initTestCase() { VCDESK_VERIFY_OK(m_world.start(0, "Alice <b>Admin</b>")); }

    void aPresentationIsVerifiedShownLoggedAndReset()
    {
        KioskController kiosk(config());
        QSignalSpy states(&kiosk, &KioskController::stateChanged);
        QSignalSpy logged(&kiosk, &KioskController::logEntry);
        kiosk.start();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready));
        const QString firstLink = kiosk.link();
        QVERIFY(firstLink.startsWith("openid-vc://"));
        QVERIFY(kiosk.secondsUntilRenewal() > 0);

        auto holder = scan(kiosk);
        QVERIFY(test::waitForState(kiosk, KioskController::State::Scanned));
        QCOMPARE(kiosk.secondsUntilRenewal(), 0);
        QTRY_VERIFY(kiosk.knowsRequest()); // the kiosk read the request object itself
        VCDESK_VERIFY_OK(holder->present(PresentationBuilder::defaultSelection(holder->match())));
        QVERIFY(test::waitForState(kiosk, KioskController::State::Verified));

        const KioskController::Outcome &outcome = kiosk.outcome();
        QVERIFY(outcome.verified);
        QVERIFY(!outcome.notConfirmed);
        QCOMPARE(outcome.claims.size(), 2);
        QCOMPARE(outcome.claims.at(0).label, QStringLiteral("Name"));
        // The value as presented; the window shows it as text, never as markup.
        QCOMPARE(outcome.claims.at(0).value, QStringLiteral("Alice <b>Admin</b>"));
        QCOMPARE(outcome.claims.at(1).value, QString());
        QCOMPARE(outcome.issuer, m_world.description().party("issuer", "did"));
        QVERIFY(!outcome.checks.isEmpty());
        QVERIFY(kiosk.lastVerifiedLatencyMs() >= 0);
        QVERIFY(kiosk.lastVerifiedLatencyMs() < 10000);

        QCOMPARE(logged.size(), 1);
        const auto entry = logged.first().first().value<KioskLogEntry>();
        QCOMPARE(entry.outcome, QStringLiteral("verified"));
        QCOMPARE(entry.station, QStringLiteral("test-door"));
        QVERIFY(entry.claims.isEmpty()); // claims are logged only when configured

        // The states in order, then a fresh request after resetSeconds.
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready, 6000));
        QVERIFY(kiosk.link() != firstLink);
        QList<KioskController::State> seen;
        for (const auto &args : states)
            seen << args.first().value<KioskController::State>();
        QVERIFY(seen.indexOf(KioskController::State::Scanned) <
                seen.indexOf(KioskController::State::Checking));
        QVERIFY(seen.indexOf(KioskController::State::Checking) <
                seen.indexOf(KioskController::State::Verified));
    }

    void aDeclineIsShownAndTheSameRequestWaitsAgain()
    {
        KioskConfig c = config();
        c.resetSeconds = 600;
        KioskController kiosk(c);
        QSignalSpy logged(&kiosk, &KioskController::logEntry);
        kiosk.start();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready));
        const QString link = kiosk.link();
        auto holder = scan(kiosk);
        QVERIFY(test::waitForState(kiosk, KioskController::State::Scanned));
        VCDESK_VERIFY_OK(holder->decline("no"));
        QVERIFY(test::waitForState(kiosk, KioskController::State::NotVerified));
        QVERIFY(kiosk.outcome().reason.contains("declined"));
        QVERIFY(!kiosk.outcome().notConfirmed);
        QVERIFY(kiosk.outcome().note.contains("stays open"));
        QVERIFY(kiosk.awaitsAnotherAnswer());
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().first().value<KioskLogEntry>().code,
                 QStringLiteral("kiosk.refused"));
        // A tap leaves the refusal at once, back to the same request, not a new one.
        const int created = kiosk.requestsCreated();
        kiosk.resetNow();
        QCOMPARE(kiosk.state(), KioskController::State::Scanned);
        QVERIFY(!kiosk.awaitsAnotherAnswer());
        QCOMPARE(kiosk.link(), link);
        QTest::qWait(500);
        QCOMPARE(kiosk.requestsCreated(), created);
        QCOMPARE(kiosk.state(), KioskController::State::Scanned);
    }

    void noiseDoesNotEndAPersonsRequest()
    {
        // Anyone who saw the QR code can post to its response_uri: garbage in the middle of a
        // person's answer is shown and logged, then the kiosk waits on the same request and
        // the person's real answer is verified.
        KioskController kiosk(config()); // resetSeconds 2
        QSignalSpy logged(&kiosk, &KioskController::logEntry);
        kiosk.start();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready));
        const QString link = kiosk.link();
        auto holder = scan(kiosk);
        QVERIFY(test::waitForState(kiosk, KioskController::State::Scanned));

        HttpRequest noise;
        noise.method = "POST";
        noise.url = holder->request().responseUri;
        noise.contentType = "application/x-www-form-urlencoded";
        noise.body = "vp_token=garbage&state=" + QUrl::toPercentEncoding(holder->request().state);
        auto posted = HttpClient(test::loopbackPolicy()).sendAndWait(noise);
        QVERIFY(!posted);
        QCOMPARE(posted.error().httpStatus, 400);
        QVERIFY(test::waitForState(kiosk, KioskController::State::NotVerified));
        QVERIFY(kiosk.awaitsAnotherAnswer());
        QCOMPARE(kiosk.outcome().code, QStringLiteral("kiosk.refused"));

        // After resetSeconds, the same request again: no new one was made.
        QVERIFY(test::waitForState(kiosk, KioskController::State::Scanned, 6000));
        QCOMPARE(kiosk.link(), link);
        QCOMPARE(kiosk.requestsCreated(), 1);
        VCDESK_VERIFY_OK(holder->present(PresentationBuilder::defaultSelection(holder->match())));
        QVERIFY(test::waitForState(kiosk, KioskController::State::Verified));
        QCOMPARE(logged.size(), 2);
        QCOMPARE(logged.last().first().value<KioskLogEntry>().outcome, QStringLiteral("verified"));
    }

    void anUnscannedRequestIsRenewedAScannedOneNever()
    {
        KioskConfig c = config();
        c.renewSeconds = 1; // below the config's floor: set directly for the test
        KioskController kiosk(c);
        kiosk.start();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready));
        const QString first = kiosk.link();
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.link() != first, 5000);
        QVERIFY(kiosk.requestsCreated() >= 2);
        QCOMPARE(kiosk.state(), KioskController::State::Ready);

        auto holder = scan(kiosk);
        QVERIFY(test::waitForState(kiosk, KioskController::State::Scanned));
        const QString scanned = kiosk.link();
        const int created = kiosk.requestsCreated();
        QTest::qWait(2500);
        QCOMPARE(kiosk.link(), scanned);
        QCOMPARE(kiosk.requestsCreated(), created);
        QCOMPARE(kiosk.state(), KioskController::State::Scanned);
        // The person can still answer it.
        VCDESK_VERIFY_OK(holder->present(PresentationBuilder::defaultSelection(holder->match())));
        QVERIFY(test::waitForState(kiosk, KioskController::State::Verified));
    }

    void aTamperedAnswerTheServiceCallsVerifiedIsNotConfirmed()
    {
        // Between the service's verification and the kiosk, the presented token's signature
        // changes (as a compromised or buggy service would hand it over).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tamper");
            db.setDatabaseName(m_world.path("agent/agent.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec("CREATE TRIGGER tamper AFTER INSERT ON auth_requests"
                            " WHEN NEW.status = 'verified' BEGIN"
                            " UPDATE auth_requests SET payload = json_set(payload, '$.vp_token',"
                            "  substr(json_extract(payload, '$.vp_token'), 1,"
                            "   length(json_extract(payload, '$.vp_token')) - 4) ||"
                            "  CASE WHEN substr(json_extract(payload, '$.vp_token'), -4, 2) = 'AB'"
                            "   THEN 'BA' ELSE 'AB' END ||"
                            "  substr(json_extract(payload, '$.vp_token'), -2))"
                            " WHERE correlation_id = NEW.correlation_id; END"),
                     qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase("tamper");
        KioskController kiosk(config());
        QSignalSpy logged(&kiosk, &KioskController::logEntry);
        kiosk.start();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready));
        auto holder = scan(kiosk);
        QVERIFY(test::waitForState(kiosk, KioskController::State::Scanned));
        QTRY_VERIFY(kiosk.knowsRequest());
        VCDESK_VERIFY_OK(holder->present(PresentationBuilder::defaultSelection(holder->match())));
        QVERIFY(test::waitForState(kiosk, KioskController::State::NotVerified));
        QVERIFY(kiosk.outcome().notConfirmed);
        QVERIFY2(kiosk.outcome().reason.contains("not confirmed here"),
                 qPrintable(kiosk.outcome().reason));
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().first().value<KioskLogEntry>().outcome,
                 QStringLiteral("not_confirmed"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "untamper");
            db.setDatabaseName(m_world.path("agent/agent.db"));
            QVERIFY(db.open());
            QSqlQuery(db).exec("DROP TRIGGER tamper");
            db.close();
        }
        QSqlDatabase::removeDatabase("untamper");
    }

    void aRefusedTokenIsRenewedWithTheSandboxKey()
    {
        KioskConfig c = config();
        c.bearerToken = "not-a-token";
        c.tokenApiKey = m_world.description().party("verifier", "apiKey").toLatin1();
        KioskController kiosk(c);
        kiosk.start();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready));
        QVERIFY(kiosk.link().startsWith("openid-vc://"));

        // Without the key the refusal is said, and retried.
        c.tokenApiKey.clear();
        KioskController stuck(c);
        stuck.start();
        QVERIFY(test::waitForState(stuck, KioskController::State::Trouble));
        QVERIFY2(stuck.trouble().contains("Bearer"), qPrintable(stuck.trouble()));
    }

    void theAgentGoneAndBackIsAmberThenReady()
    {
        KioskController kiosk(config());
        kiosk.start();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready));
        const quint16 port = m_world.port();
        m_world.stopAgent();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Trouble, 20000));
        QVERIFY(!kiosk.trouble().isEmpty());
        VCDESK_VERIFY_OK(m_world.start(port));
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready, 20000));
        QVERIFY(kiosk.trouble().isEmpty());
    }

    void theLogWriterKeepsOutcomesInSqlite()
    {
        KioskLogWriter::Targets targets;
        targets.sqlitePath = m_world.path("kiosk-log.db");
        QStringList uids;
        {
            KioskLogWriter writer(targets);
            QSignalSpy problems(&writer, &KioskLogWriter::problem);
            for (int i = 0; i < 3; ++i) {
                KioskLogEntry e;
                e.uid = KioskLogEntry::newUid("door");
                e.atMs = QDateTime::currentMSecsSinceEpoch();
                e.station = "door";
                e.outcome = "verified";
                uids << e.uid;
                writer.append(e);
            }
            writer.waitForIdle();
            QTRY_COMPARE(problems.size(), 3);
            QCOMPARE(problems.last().first().toString(), QString());
        }
        auto log = KioskLog::openSqlite(targets.sqlitePath);
        VCDESK_VERIFY_OK(log);
        QCOMPARE(log.value()->count().value(), 3);
    }

    void anUnreachableSharedLogIsNotTriedOnEveryEntry()
    {
        // A port nobody listens on: each attempt fails at once. While the wait after a failure
        // runs, entries go to the outbox and the server is not tried again; flushNow() does.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        KioskLogWriter::Targets targets;
        targets.target = KioskConfig::LogTarget::PostgreSql;
        targets.sqlitePath = m_world.path("unreachable-outbox.db");
        targets.postgres.host = "127.0.0.1";
        targets.postgres.port = port;
        targets.postgres.database = "kiosks";
        targets.postgres.user = "kiosk";
        targets.postgres.connectTimeoutSeconds = 2;
        KioskLogWriter writer(targets);
        QSignalSpy pending(&writer, &KioskLogWriter::pending);
        QSignalSpy problems(&writer, &KioskLogWriter::problem);
        for (int i = 0; i < 5; ++i) {
            KioskLogEntry e;
            e.uid = KioskLogEntry::newUid("door");
            e.atMs = QDateTime::currentMSecsSinceEpoch();
            e.station = "door";
            e.outcome = "verified";
            writer.append(e);
        }
        writer.waitForIdle();
        QCOMPARE(writer.connectAttempts(), 1);
        QTRY_VERIFY(!pending.isEmpty() && pending.last().first().toLongLong() == 5);
        QVERIFY(!problems.last().first().toString().isEmpty());
        writer.flushNow();
        writer.waitForIdle();
        QCOMPARE(writer.connectAttempts(), 2);
    }
};

QTEST_MAIN(KioskControllerTest)
#include "tst_kiosk_controller.moc"
