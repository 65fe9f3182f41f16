// Codes people show the kiosk's camera, through KioskController (mode both and mode scan):
// the holder's real credential, issued by vcdesk-agent, verified here against the agent's
// trust list and status list and shown with the "shown, not presented" caveat and logged as
// such; a code taken only while the kiosk is Ready; the same code still held up after its
// result ignored; in mode scan no verifier at all, text that holds no credential not taken,
// a changed signature refused with its reason, and a link to a host that never answers ended
// by the deadline.

#include "models/KioskController.h"
#include "support/KioskFixture.h"
#include "support/KioskWait.h"
#include "support/ReportHelpers.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace vcdesk;

class KioskScanPathTest : public QObject
{
    Q_OBJECT

    test::KioskFixture m_world;

    KioskConfig config(KioskConfig::Mode mode) const
    {
        KioskConfig config = m_world.config();
        config.mode = mode;
        config.shownClaims = {{"name", "Name"}};
        config.scanRepeatSeconds = 3;
        return config;
    }

private slots:
    void initTestCase() { VCDESK_VERIFY_OK(m_world.start(0, "Bob <i>Builder</i>")); }

    void aShownCredentialIsVerifiedHereAndSaysSo()
    {
        KioskController kiosk(config(KioskConfig::Mode::Both));
        QSignalSpy logged(&kiosk, &KioskController::logEntry);
        kiosk.start();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready));
        QVERIFY(kiosk.scans());
        const QString firstLink = kiosk.link();

        QVERIFY(kiosk.offerScanned(QString::fromLatin1(m_world.heldCredential())));
        QCOMPARE(kiosk.state(), KioskController::State::Checking);
        QVERIFY(kiosk.checksShownCode());
        // A second code while the first is checked is not taken.
        QVERIFY(!kiosk.offerScanned(QStringLiteral("another")));
        QVERIFY(test::waitForState(kiosk, KioskController::State::Verified));

        const KioskController::Outcome &outcome = kiosk.outcome();
        QVERIFY2(outcome.verified, qPrintable(outcome.reason));
        QVERIFY(outcome.shownNotPresented);
        QVERIFY(outcome.possiblyCopied);
        QVERIFY(outcome.note.contains("Shown, not presented"));
        QCOMPARE(outcome.claims.size(), 1);
        QCOMPARE(outcome.claims.first().value, QStringLiteral("Bob <i>Builder</i>"));
        QCOMPARE(outcome.issuer, m_world.description().party("issuer", "did"));
        QVERIFY(!outcome.checks.isEmpty());
        QCOMPARE(logged.size(), 1);
        const auto entry = logged.first().first().value<KioskLogEntry>();
        QCOMPARE(entry.outcome, QStringLiteral("shown_verified"));
        QCOMPARE(entry.code, QStringLiteral("kiosk.scan.verified"));
        QVERIFY(entry.definitionId.isEmpty()); // it answered no request

        // The next person gets a fresh request; the same code, still held up, is ignored.
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready, 6000));
        QVERIFY(kiosk.link() != firstLink);
        QVERIFY(!kiosk.offerScanned(QString::fromLatin1(m_world.heldCredential())));
        QCOMPARE(kiosk.state(), KioskController::State::Ready);
    }

    void aCodeIsNotTakenWhileSomeoneAnswers()
    {
        KioskController kiosk(config(KioskConfig::Mode::Both));
        kiosk.start();
        QVERIFY(test::waitForState(kiosk, KioskController::State::Ready));
        auto holder = m_world.scan(kiosk.link());
        QVERIFY(test::waitForState(kiosk, KioskController::State::Scanned));
        QVERIFY(!kiosk.offerScanned(QString::fromLatin1(m_world.heldCredential())));
        QCOMPARE(kiosk.state(), KioskController::State::Scanned);
        VCDESK_VERIFY_OK(holder->present(PresentationBuilder::defaultSelection(holder->match())));
        QVERIFY(test::waitForState(kiosk, KioskController::State::Verified));
        QVERIFY(!kiosk.outcome().shownNotPresented);
    }

    void scanModeNeedsNoVerifier()
    {
        KioskConfig c = config(KioskConfig::Mode::ScanQr);
        c.verifierUrl.clear();
        c.bearerToken.clear();
        c.definitionId.clear();
        VCDESK_VERIFY_OK(c.complete());
        KioskController kiosk(c);
        QSignalSpy logged(&kiosk, &KioskController::logEntry);
        kiosk.start();
        QCOMPARE(kiosk.state(), KioskController::State::Ready);
        QVERIFY(!kiosk.showsRequests());
        QVERIFY(kiosk.link().isEmpty());

        // What holds no credential is not taken: a sentence for the camera, nothing logged.
        QSignalSpy ignored(&kiosk, &KioskController::codeIgnored);
        QVERIFY(!kiosk.offerScanned(QStringLiteral("OPENID4VP://?request_uri=https://x.example")));
        QVERIFY(!kiosk.offerScanned(QStringLiteral("just some words")));
        QCOMPARE(ignored.size(), 2);
        QVERIFY2(ignored.first().first().toString().contains("wallet"),
                 qPrintable(ignored.first().first().toString()));
        QCOMPARE(kiosk.state(), KioskController::State::Ready);
        QCOMPARE(logged.size(), 0);

        // A credential whose signature was changed is refused with the reason.
        QByteArray tampered = m_world.heldCredential();
        const qsizetype dot = tampered.indexOf('.', tampered.indexOf('.') + 1); // the signature
        tampered[dot + 5] = tampered[dot + 5] == 'A' ? 'B' : 'A';
        QVERIFY(kiosk.offerScanned(QString::fromLatin1(tampered)));
        QVERIFY(test::waitForState(kiosk, KioskController::State::NotVerified));
        QVERIFY2(kiosk.outcome().code == QLatin1String("kiosk.scan.bad_signature"),
                 qPrintable(kiosk.outcome().code + ": " + kiosk.outcome().reason));
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().first().value<KioskLogEntry>().outcome,
                 QStringLiteral("not_verified"));
        QCOMPARE(kiosk.requestsCreated(), 0);
    }

    void aCodeWhoseHostNeverAnswersEndsInTime()
    {
        // A link to a host that takes the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held << socket;
        });
        KioskController kiosk(config(KioskConfig::Mode::ScanQr));
        kiosk.setScanDeadlineMs(800);
        kiosk.start();
        QVERIFY(kiosk.offerScanned(
            QStringLiteral("http://127.0.0.1:%1/credential").arg(silent.serverPort())));
        QVERIFY(test::waitForState(kiosk, KioskController::State::NotVerified, 5000));
        QCOMPARE(kiosk.outcome().code, QStringLiteral("kiosk.scan.too_slow"));
        kiosk.resetNow();
        QCOMPARE(kiosk.state(), KioskController::State::Ready);
    }
};

QTEST_MAIN(KioskScanPathTest)
#include "tst_kiosk_scan_path.moc"
