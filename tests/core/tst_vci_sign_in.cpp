// The authorization code flow of OpenID4VCI against a local authorization server on loopback,
// with a scripted browser: PKCE (S256, checked by the server at the token endpoint), the
// request pushed (PAR) or carried by the browser, issuer_state and authorization_details
// passed on, the loopback redirect (RFC 8252) with its state and the server's iss (RFC 9207),
// and what must end a sign-in (declined, another server's answer) or must not (a forged visit
// to the wallet's port).

#include "core/net/LoopbackRedirectListener.h"
#include "core/oid4vci/IssuanceSession.h"
#include "core/oid4vci/IssuerAuthorizationResponse.h"
#include "core/oid4vci/PkcePair.h"
#include "support/LocalSignInServer.h"
#include "support/LocalVciIssuer.h"
#include "support/ReportHelpers.h"
#include "support/ScriptedBrowser.h"
#include "support/VciHolder.h"

#include <QJsonDocument>
#include <QtTest>

using namespace vcdesk;

namespace {

const IssuanceSession::Report kQuiet = [](const QString &) {};

/// A browser that opens what the wallet asks it to.
IssuanceSession::BrowserOpener through(test::ScriptedBrowser &browser,
                                       std::function<void()> before = {})
{
    return [&browser, before](const QUrl &url, const QDateTime &) -> Status {
        browser.open(url, before);
        return {};
    };
}

} // namespace

class VciSignInTest : public QObject
{
    Q_OBJECT

private slots:
    void pkceIsRfc7636sS256()
    {
        // RFC 7636 appendix B.
        QCOMPARE(PkcePair::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const PkcePair a = PkcePair::generate();
        const PkcePair b = PkcePair::generate();
        QCOMPARE(a.verifier.size(), 43);
        QVERIFY(a.verifier != b.verifier);
        QCOMPARE(a.challenge, PkcePair::challengeFor(a.verifier));
    }

    void signsInWithAPushedRequestThenReceives()
    {
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, true);
        const HolderKeyring::Signer holder = test::vciHolderSigner();
        issuer.server.route("/credential",
                            test::LocalVciIssuer::issued(issuer.credentialFor(holder.did)));
        IssuanceSession session(test::vciLoopbackPolicy(), {"en"});
        VCDESK_VERIFY_OK(session.open(issuer.signInOffer("state-from-issuer")));
        QVERIFY(session.needsSignIn());
        QVERIFY(!session.needsTransactionCode());
        VCDESK_VERIFY_OK(session.checkKey(holder));
        // Before the sign-in there is no token to ask with.
        QCOMPARE(session.receive({}, holder, test::vciInspectOptions(), kQuiet).error().code,
                 QStringLiteral("vci.not_signed_in"));

        test::ScriptedBrowser browser;
        QStringList said;
        QDateTime expiry;
        const auto opener = [&](const QUrl &url, const QDateTime &expiresAt) -> Status {
            expiry = expiresAt;
            browser.open(url);
            return {};
        };
        VCDESK_VERIFY_OK(session.signIn(opener, [&](const QString &s) { said << s; }));
        // The pushed request's address works for the 60 seconds the server said.
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expiry) - 60) <= 5);
        browser.join();
        QVERIFY2(said.join('|').contains("browser"), qPrintable(said.join('|')));
        // The browser carried only client_id and request_uri: the rest was pushed.
        const QUrlQuery carried(browser.opened);
        QCOMPARE(carried.queryItems().size(), 2);
        QCOMPARE(carried.queryItemValue("client_id"), QStringLiteral("vcdesk"));
        QVERIFY(carried.queryItemValue("request_uri", QUrl::FullyDecoded)
                    .startsWith("urn:ietf:params:oauth"));
        QCOMPARE(issuer.server.hits("/par"), 1);
        {
            QMutexLocker lock(&signIn.state->mutex);
            const auto &asked = signIn.state->lastAuthorization;
            QCOMPARE(asked.value("issuer_state"), QStringLiteral("state-from-issuer"));
            QCOMPARE(asked.value("code_challenge_method"), QStringLiteral("S256"));
            const QJsonArray details =
                QJsonDocument::fromJson(asked.value("authorization_details").toUtf8()).array();
            QCOMPARE(details.size(), 1);
            QCOMPARE(details.first().toObject().value("type").toString(),
                     QStringLiteral("openid_credential"));
            QCOMPARE(details.first().toObject().value("credential_configuration_id").toString(),
                     QStringLiteral("Membership"));
            QVERIFY2(signIn.state->lastTokenProblem.isEmpty(),
                     qPrintable(signIn.state->lastTokenProblem));
        }
        // The browser was told it can go back to vcdesk.
        QCOMPARE(browser.last.status, 200);
        QVERIFY(browser.last.body.contains("go back to it"));
        QCOMPARE(browser.landed.host(), QStringLiteral("127.0.0.1"));

        auto received = session.receive({}, holder, test::vciInspectOptions(), kQuiet);
        VCDESK_VERIFY_OK(received);
        QCOMPARE(received->size(), 1);
        QVERIFY2(received->first().problem.code.isEmpty(),
                 qPrintable(received->first().problem.message));
        QCOMPARE(received->first().record.subject, holder.did);
        const QByteArray authorization = [&] {
            for (const QByteArray &line : issuer.server.lastRequest("/credential").head.split('\n'))
                if (line.toLower().startsWith("authorization:"))
                    return line.mid(14).trimmed();
            return QByteArray();
        }();
        QCOMPARE(authorization, QByteArray("Bearer token-signed-in"));
        // One sign-in, one issuance.
        QCOMPARE(session.signIn(through(browser), kQuiet).error().code,
                 QStringLiteral("vci.already_used"));
    }

    void theCodeIsBoundToTheDpopKeyWhereTheServerUsesDpop()
    {
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, true);
        issuer.serverMetadata.insert("dpop_signing_alg_values_supported", QJsonArray{"ES256"});
        issuer.publish();
        const HolderKeyring::Signer holder = test::vciHolderSigner();
        issuer.server.route("/credential",
                            test::LocalVciIssuer::issued(issuer.credentialFor(holder.did)));
        IssuanceSession session(test::vciLoopbackPolicy(), {"en"});
        VCDESK_VERIFY_OK(session.open(issuer.signInOffer("s")));
        test::ScriptedBrowser browser;
        VCDESK_VERIFY_OK(session.signIn(through(browser), kQuiet));
        browser.join();
        {
            QMutexLocker lock(&signIn.state->mutex);
            // RFC 9449 section 10: the pushed request named the key; the token request proved it.
            QCOMPARE(signIn.state->lastAuthorization.value("dpop_jkt").size(), 43);
            QVERIFY2(signIn.state->lastTokenProblem.isEmpty(),
                     qPrintable(signIn.state->lastTokenProblem));
        }
        VCDESK_VERIFY_OK(session.receive({}, holder, test::vciInspectOptions(), kQuiet));
    }

    void aLostSignInPageIsMadeAfreshAndEveryPageMadeStillWorks()
    {
        // The person lost the first page and asks for it again: the request is pushed again
        // (a request_uri is used once). Either page then ends the sign-in: the fresh one, or
        // the first one when its tab turns out to be open after all.
        for (const bool finishOnTheFirst : {false, true}) {
            test::LocalVciIssuer issuer;
            test::LocalSignInServer signIn;
            signIn.install(issuer, true);
            IssuanceSession session(test::vciLoopbackPolicy(), {"en"});
            VCDESK_VERIFY_OK(session.open(issuer.signInOffer("s")));
            test::ScriptedBrowser browser;
            QList<QUrl> pages;
            const auto opener = [&](const QUrl &url, const QDateTime &) -> Status {
                pages << url;
                if (pages.size() == 1)
                    session.requestFreshSignInPage(); // the page never showed
                else
                    browser.open(finishOnTheFirst ? pages.first() : url);
                return {};
            };
            VCDESK_VERIFY_OK(session.signIn(opener, kQuiet));
            browser.join();
            QCOMPARE(pages.size(), 2);
            QVERIFY(pages.at(0) != pages.at(1));
            QCOMPARE(issuer.server.hits("/par"), 2);
            QMutexLocker lock(&signIn.state->mutex);
            QVERIFY2(signIn.state->lastTokenProblem.isEmpty(),
                     qPrintable(signIn.state->lastTokenProblem));
        }
    }

    void aFreshPageThatCannotBeHadLeavesTheFirstOneWorking()
    {
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, true);
        IssuanceSession session(test::vciLoopbackPolicy(), {"en"});
        VCDESK_VERIFY_OK(session.open(issuer.signInOffer("s")));
        test::ScriptedBrowser browser;
        QUrl first;
        QStringList refusals;
        const auto opener = [&](const QUrl &url, const QDateTime &) -> Status {
            first = url;
            // The server stops taking pushed requests; the person asks for a fresh page.
            issuer.server.handle("/par", [](const test::TestHttpServer::Request &) {
                return test::LocalSignInServer::oauthError("temporarily_unavailable", "busy");
            });
            session.requestFreshSignInPage();
            return {};
        };
        const auto refused = [&](const QString &why) {
            refusals << why;
            browser.open(first); // the first page was there all along
        };
        VCDESK_VERIFY_OK(session.signIn(opener, kQuiet, refused));
        browser.join();
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().contains("busy"), qPrintable(refusals.first()));
        QCOMPARE(issuer.server.hits("/par"), 2);
    }

    void aForgedVisitToTheWalletsPortDoesNotEndTheSignIn()
    {
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, false);
        IssuanceSession session(test::vciLoopbackPolicy(), {"en"});
        VCDESK_VERIFY_OK(session.open(issuer.signInOffer("s-1")));
        test::ScriptedBrowser browser;
        QList<int> forged;
        auto opener = [&](const QUrl &url, const QDateTime &expiresAt) -> Status {
            if (expiresAt.isValid())
                return Error{"test.expiry", "a request not pushed does not expire"};
            // Everything rides in the browser's URL when nothing is pushed.
            const QUrlQuery query(url);
            if (query.queryItemValue("code_challenge_method") != QLatin1String("S256") ||
                query.queryItemValue("issuer_state") != QLatin1String("s-1"))
                return Error{"test.request", "the browser URL lacks the request"};
            const QUrl back(query.queryItemValue("redirect_uri", QUrl::FullyDecoded));
            browser.open(url, [back, &forged] {
                // Another page knocks first: a made-up code and state, another Host (as DNS
                // rebinding sends), another path, and a POST.
                QUrl fake = back;
                fake.setQuery("code=stolen&state=guess");
                forged << test::browserGet(fake).status;
                fake.setQuery("%zz&state=a&state=b", QUrl::TolerantMode);
                forged << test::browserGet(fake).status;
                forged << test::browserGet(back, "evil.example:80").status;
                QUrl elsewhere = back;
                elsewhere.setPath("/favicon.ico");
                forged << test::browserGet(elsewhere).status;
            });
            return {};
        };
        VCDESK_VERIFY_OK(session.signIn(opener, kQuiet));
        browser.join();
        QCOMPARE(forged, (QList<int>{400, 400, 400, 404}));
        QCOMPARE(issuer.server.hits("/par"), 0);
        QCOMPARE(issuer.server.hits("/token"), 1);
        QMutexLocker lock(&signIn.state->mutex);
        QVERIFY2(signIn.state->lastTokenProblem.isEmpty(),
                 qPrintable(signIn.state->lastTokenProblem));
        QVERIFY(signIn.state->codes.isEmpty()); // the code was taken at the token endpoint
    }

    void aDeclinedSignInIsThePersonsWord()
    {
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, true);
        signIn.state->decline = true;
        IssuanceSession session(test::vciLoopbackPolicy(), {"en"});
        VCDESK_VERIFY_OK(session.open(issuer.signInOffer("s")));
        test::ScriptedBrowser browser;
        auto result = session.signIn(through(browser), kQuiet);
        browser.join();
        QCOMPARE(result.error().code, QStringLiteral("vci.authorization_access_denied"));
        QVERIFY(result.error().message.contains("declined"));
        QCOMPARE(result.error().serverMessage, QStringLiteral("user declined")); // '+' read as ' '
        QCOMPARE(issuer.server.hits("/token"), 0);
        QVERIFY(browser.last.body.contains("did not succeed"));
    }

    void anAnswerNamingAnotherServerIsRefused()
    {
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, false);
        signIn.state->iss = QStringLiteral("https://attacker.example");
        IssuanceSession session(test::vciLoopbackPolicy(), {"en"});
        VCDESK_VERIFY_OK(session.open(issuer.signInOffer("s")));
        test::ScriptedBrowser browser;
        auto result = session.signIn(through(browser), kQuiet);
        browser.join();
        QCOMPARE(result.error().code, QStringLiteral("vci.iss_mismatch"));
        QCOMPARE(issuer.server.hits("/token"), 0);
    }

    void signInsThatCannotStartSaySoBeforeTheBrowserOpens()
    {
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, false);
        issuer.serverMetadata.insert("code_challenge_methods_supported", QJsonArray{"plain"});
        issuer.publish();
        IssuanceSession session(test::vciLoopbackPolicy(), {"en"});
        VCDESK_VERIFY_OK(session.open(issuer.signInOffer("s")));
        bool opened = false;
        auto result = session.signIn(
            [&](const QUrl &, const QDateTime &) -> Status {
                opened = true;
                return {};
            },
            kQuiet);
        QCOMPARE(result.error().code, QStringLiteral("vci.pkce_unsupported"));
        QVERIFY(!opened);

        // No authorization endpoint at all: the offer cannot be taken.
        test::LocalVciIssuer plain;
        IssuanceSession other(test::vciLoopbackPolicy(), {"en"});
        QCOMPARE(other.open(plain.signInOffer("s")).error().code,
                 QStringLiteral("vci.grant_unsupported"));

        // A browser that cannot open ends the sign-in with its reason.
        test::LocalVciIssuer third;
        test::LocalSignInServer thirdSignIn;
        thirdSignIn.install(third, false);
        IssuanceSession session3(test::vciLoopbackPolicy(), {"en"});
        VCDESK_VERIFY_OK(session3.open(third.signInOffer("s")));
        QCOMPARE(session3
                     .signIn(
                         [](const QUrl &, const QDateTime &) -> Status {
                             return Error{"ui.no_browser", "none"};
                         },
                         kQuiet)
                     .error()
                     .code,
                 QStringLiteral("ui.no_browser"));
    }

    void scopesAreUsedWhereTheServerDoesNotTakeDetails()
    {
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, false);
        QJsonObject configurations =
            issuer.metadata.value("credential_configurations_supported").toObject();
        QJsonObject membership = configurations.value("Membership").toObject();
        membership.insert("scope", "membership_scope");
        configurations.insert("Membership", membership);
        issuer.metadata.insert("credential_configurations_supported", configurations);
        issuer.metadata.insert("authorization_servers", QJsonArray{issuer.identifier()});
        issuer.publish();
        const auto askedFor = [&] {
            IssuanceSession session(test::vciLoopbackPolicy(), {"en"});
            test::ScriptedBrowser browser;
            if (!session.open(issuer.signInOffer("s")) || !session.signIn(through(browser), kQuiet))
                return test::LocalSignInServer::Fields();
            browser.join();
            QMutexLocker lock(&signIn.state->mutex);
            return signIn.state->lastAuthorization;
        };
        // The server does not say it takes authorization_details: the scope it knows.
        auto asked = askedFor();
        QCOMPARE(asked.value("scope"), QStringLiteral("membership_scope"));
        QVERIFY(!asked.contains("authorization_details"));
        // It says so: authorization_details, with locations, as the issuer names its servers.
        issuer.serverMetadata.insert("authorization_details_types_supported",
                                     QJsonArray{"openid_credential"});
        issuer.publish();
        asked = askedFor();
        QVERIFY(!asked.contains("scope"));
        const QJsonObject detail =
            QJsonDocument::fromJson(asked.value("authorization_details").toUtf8())
                .array()
                .first()
                .toObject();
        QCOMPARE(detail.value("locations").toArray(), QJsonArray{issuer.identifier()});
    }

    void answersAreReadStateFirst()
    {
        const QUrl server = QUrl("http://127.0.0.1:1");
        auto metadata = AuthorizationServerMetadata::parse(
            R"({"issuer":"http://127.0.0.1:1","token_endpoint":"http://127.0.0.1:1/token"})",
            IssuerIdentifier::parse(server.toString(), "issuer").value());
        VCDESK_VERIFY_OK(metadata);
        const auto read = [&](const QByteArray &query) {
            return IssuerAuthorizationResponse::read(
                QUrl::fromEncoded("http://127.0.0.1:9/vcdesk/callback?" + query), "S-1",
                metadata.value());
        };
        QCOMPARE(read("code=c&state=S-1").value(), QStringLiteral("c"));
        // Nothing counts before the state does: unreadable, no state, two states, another one.
        for (const QByteArray &query :
             QList<QByteArray>{"%zz&code=c", "code=c", "code=c&state=S-1&state=S-1",
                               "error=access_denied&state=S-2", "code=c&state=s-1"})
            QCOMPARE(read(query).error().code, QStringLiteral("vci.state_mismatch"));
        QCOMPARE(read("code=a&code=b&state=S-1").error().code,
                 QStringLiteral("vci.authorization_malformed"));
        QCOMPARE(read("state=S-1").error().code, QStringLiteral("vci.authorization_malformed"));
        // An iss is compared even when the server never promised one (RFC 9207 section 2.4).
        QCOMPARE(read("code=c&state=S-1&iss=https%3A%2F%2Fevil.example").error().code,
                 QStringLiteral("vci.iss_mismatch"));
        QCOMPARE(read("code=c&state=S-1&iss=http%3A%2F%2F127.0.0.1%3A1").value(),
                 QStringLiteral("c"));
        // The server's words, '+' read as a space, control characters not passed on as such.
        const Error refused =
            read("error=server_error&error_description=try+again%0Alater&state=S-1").error();
        QCOMPARE(refused.code, QStringLiteral("vci.authorization_server_error"));
        QCOMPARE(refused.serverMessage, QStringLiteral("try again later"));
        QCOMPARE(read("error=%3Cb%3E&state=S-1").error().code,
                 QStringLiteral("vci.authorization_error"));
    }

    void theListenerWaitsOnlySoLongAndThenStops()
    {
        LoopbackRedirectListener listener;
        VCDESK_VERIFY_OK(listener.listen());
        const QUrl uri = listener.redirectUri();
        QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(uri.port() > 0);
        QCOMPARE(uri.path(), QStringLiteral("/vcdesk/callback")); // only the port varies
        auto waited = listener.wait([](const QUrl &) -> Result<bool> { return true; },
                                    std::chrono::seconds(1));
        QCOMPARE(waited.error().code, QStringLiteral("net.redirect_timeout"));
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, quint16(uri.port()));
        QVERIFY(!late.waitForConnected(1000)); // nobody listens any more
    }
};

QTEST_MAIN(VciSignInTest)
#include "tst_vci_sign_in.moc"
