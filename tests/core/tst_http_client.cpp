// The one network policy every service client goes through, against real sockets: error
// bodies, truncation, size caps, deadlines, retries with backoff (idempotent calls only),
// redirects, cancellation and TLS.

#include "core/net/HttpClient.h"
#include "core/net/ServerErrorBody.h"
#include "support/TestData.h"
#include "support/TestHttpServer.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QtTest>

using namespace vcdesk;
using Response = test::TestHttpServer::Response;

namespace {

NetworkPolicy loopbackPolicy()
{
    NetworkPolicy policy;
    policy.allowLoopbackHttp = true;
    policy.retryBaseMs = 20;
    policy.totalTimeoutMs = 3000;
    return policy;
}

} // namespace

class HttpClientTest : public QObject
{
    Q_OBJECT

    test::TestHttpServer m_server;
    HttpClient m_client{loopbackPolicy()};

private slots:
    void successfulGetAndPost()
    {
        m_server.route("/ok", Response{200, R"({"data":1})"});
        auto got = m_client.sendAndWait(HttpRequest::get(m_server.url("/ok")));
        QVERIFY(got.ok());
        QCOMPARE(got->status, 200);
        QCOMPARE(got->body, QByteArray(R"({"data":1})"));
        QVERIFY(got->contentType.startsWith("application/json"));

        m_server.route("/post", Response{201, R"({"created":true})"});
        HttpRequest post = HttpRequest::postJson(m_server.url("/post"), R"({"claims":{"a":1}})");
        post.headers << qMakePair(QByteArray("apikey"), QByteArray("secret-key"));
        QVERIFY(m_client.sendAndWait(post).ok());
        const auto seen = m_server.lastRequest("/post");
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.body, QByteArray(R"({"claims":{"a":1}})"));
        QVERIFY(seen.head.contains("apikey: secret-key"));
        QVERIFY(seen.head.toLower().contains("content-type: application/json"));
    }

    void errorBodiesAreRead()
    {
        // The real status is in the body of a 500.
        m_server.route("/hidden", Response{500, R"({"status":404,"message":"no such offer"})"});
        auto hidden = m_client.sendAndWait(HttpRequest::get(m_server.url("/hidden")));
        QCOMPARE(hidden.error().code, QStringLiteral("net.http_status"));
        QCOMPARE(hidden.error().httpStatus, 500);
        QCOMPARE(hidden.error().serverMessage, QStringLiteral("no such offer"));
        QVERIFY(hidden.error().message.contains("404"));
        // Seed 003's shape.
        m_server.route("/dentity", Response{400, R"({"code":"bad_request","message":"This )"
                                                 R"(credential already exists in wallet",)"
                                                 R"("errors":{"message":"x","status":400}})"});
        auto dentity = m_client.sendAndWait(HttpRequest::get(m_server.url("/dentity")));
        QCOMPARE(dentity.error().serverMessage,
                 QStringLiteral("This credential already exists in wallet"));
        QCOMPARE(dentity.error().httpStatus, 400);
        // Seed 002's "error" string.
        QCOMPARE(ServerErrorBody::read(R"({"error":"expired request"})").message,
                 QStringLiteral("expired request"));
        QCOMPARE(ServerErrorBody::read(R"({"errors":{"message":"m","status":"409"}})").status, 409);
        QCOMPARE(ServerErrorBody::read("<html>oops</html>").message, QString());

        m_server.route("/401", Response{401, R"({"message":"missing token"})"});
        m_server.route("/403", Response{403, R"({"message":"wrong role"})"});
        m_server.route("/html", Response{502, "<html>bad gateway</html>", "text/html"});
        QCOMPARE(m_client.sendAndWait(HttpRequest::get(m_server.url("/401"))).error().code,
                 QStringLiteral("net.unauthorized"));
        QCOMPARE(m_client.sendAndWait(HttpRequest::get(m_server.url("/403"))).error().code,
                 QStringLiteral("net.forbidden"));
        const auto html = m_client.sendAndWait(HttpRequest::get(m_server.url("/html")));
        QCOMPARE(html.error().httpStatus, 502);
        QVERIFY(html.error().serverMessage.isEmpty());
    }

    void truncatedAndOversizedBodies()
    {
        m_server.route("/cut",
                       Response{200, QByteArray(4000, 'x'), "application/json", 0, {}, {}, true});
        QCOMPARE(m_client.sendAndWait(HttpRequest::get(m_server.url("/cut"))).error().code,
                 QStringLiteral("net.truncated"));
        NetworkPolicy small = loopbackPolicy();
        small.maxResponseBytes = 1000;
        m_server.route("/big", Response{200, QByteArray(5000, 'y')});
        QCOMPARE(HttpClient(small).sendAndWait(HttpRequest::get(m_server.url("/big"))).error().code,
                 QStringLiteral("net.too_large"));
        m_server.route("/exact", Response{200, QByteArray(1000, 'z')});
        QVERIFY(HttpClient(small).sendAndWait(HttpRequest::get(m_server.url("/exact"))).ok());
    }

    void theDeadlineIsTotalRetriesIncluded()
    {
        NetworkPolicy quick = loopbackPolicy();
        quick.totalTimeoutMs = 400;
        m_server.route("/slow", Response{200, "{}", "application/json", 2000});
        QElapsedTimer timer;
        timer.start();
        const auto slow = HttpClient(quick).sendAndWait(HttpRequest::get(m_server.url("/slow")));
        QCOMPARE(slow.error().code, QStringLiteral("net.timeout"));
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_server.hits("/slow"), 1);
    }

    void idempotentCallsAreRetried()
    {
        m_server.routeSequence("/flaky", {Response{503, R"({"message":"busy"})"},
                                          Response{502, "{}"}, Response{200, R"({"ok":true})"}});
        HttpCall *call = m_client.send(HttpRequest::get(m_server.url("/flaky")));
        QSignalSpy done(call, &HttpCall::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(call->result().ok());
        QCOMPARE(call->attempts(), 3);
        delete call;

        // A POST that creates something is never repeated...
        m_server.routeSequence("/create", {Response{503, "{}"}, Response{200, "{}"}});
        const auto once =
            m_client.sendAndWait(HttpRequest::postJson(m_server.url("/create"), "{}"));
        QCOMPARE(once.error().httpStatus, 503);
        QCOMPARE(m_server.hits("/create"), 1);
        // ...unless the caller knows it only reads.
        m_server.routeSequence("/status", {Response{503, "{}"}, Response{200, "{}"}});
        HttpRequest query = HttpRequest::postJson(m_server.url("/status"), "{}");
        query.idempotent = true;
        QVERIFY(m_client.sendAndWait(query).ok());
        QCOMPARE(m_server.hits("/status"), 2);

        // Retry-After is honoured; a 4xx other than 429 is final.
        m_server.routeSequence(
            "/limited", {Response{429, "{}", "application/json", 0, {}, {{"Retry-After", "0"}}},
                         Response{200, "{}"}});
        QVERIFY(m_client.sendAndWait(HttpRequest::get(m_server.url("/limited"))).ok());
        m_server.routeSequence("/bad", {Response{400, "{}"}, Response{200, "{}"}});
        QVERIFY(!m_client.sendAndWait(HttpRequest::get(m_server.url("/bad"))).ok());
        QCOMPARE(m_server.hits("/bad"), 1);
        // The retries stop at maxRetries.
        m_server.route("/down", Response{503, "{}"});
        QCOMPARE(m_client.sendAndWait(HttpRequest::get(m_server.url("/down"))).error().httpStatus,
                 503);
        QCOMPARE(m_server.hits("/down"), 3);
    }

    void connectionRefusedIsReportedAfterRetries()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const auto refused = m_client.sendAndWait(
            HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port))));
        QCOMPARE(refused.error().code, QStringLiteral("net.unreachable"));
    }

    void redirectsStayOnTheirOrigin()
    {
        m_server.route("/old", Response{302, "", "text/plain", 0, "/new"});
        m_server.route("/new", Response{200, R"({"moved":true})"});
        const auto moved = m_client.sendAndWait(HttpRequest::get(m_server.url("/old")));
        if (!moved)
            QFAIL(qPrintable(moved.error().toString()));
        QCOMPARE(moved->body, QByteArray(R"({"moved":true})"));
        HttpRequest strict = HttpRequest::get(m_server.url("/old"));
        strict.followRedirects = false;
        QCOMPARE(m_client.sendAndWait(strict).error().code, QStringLiteral("net.redirect"));

        const QByteArray elsewhere =
            QStringLiteral("http://localhost:%1/new").arg(m_server.port()).toLatin1();
        m_server.route("/away", Response{302, "", "text/plain", 0, elsewhere});
        QCOMPARE(m_client.sendAndWait(HttpRequest::get(m_server.url("/away"))).error().code,
                 QStringLiteral("net.redirect"));
        NetworkPolicy trusting = loopbackPolicy();
        trusting.redirectHostsAllowed.insert("localhost");
        QVERIFY(HttpClient(trusting).sendAndWait(HttpRequest::get(m_server.url("/away"))).ok());
    }

    void thePolicyRefusesBeforeConnecting()
    {
        m_server.route("/never", Response{200, "{}"});
        NetworkPolicy strict; // no loopback http
        QVERIFY(!HttpClient(strict).sendAndWait(HttpRequest::get(m_server.url("/never"))).ok());
        QVERIFY(!m_client.sendAndWait(HttpRequest::get(QUrl("http://example.com/x"))).ok());
        QVERIFY(!m_client.sendAndWait(HttpRequest::get(QUrl("ftp://127.0.0.1/x"))).ok());
        NetworkPolicy offline = loopbackPolicy();
        offline.offline = true;
        QVERIFY(!HttpClient(offline).sendAndWait(HttpRequest::get(m_server.url("/never"))).ok());
        QCOMPARE(m_server.hits("/never"), 0);
    }

    void cancellingStopsAtOnce()
    {
        m_server.route("/forever", Response{200, "{}", "application/json", 10000});
        HttpCall *call = m_client.send(HttpRequest::get(m_server.url("/forever")));
        QSignalSpy done(call, &HttpCall::finished);
        QTimer::singleShot(100, call, &HttpCall::cancel);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(done.wait(3000));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(call->result().error().code, QStringLiteral("net.cancelled"));
        QCOMPARE(done.count(), 1);
        call->cancel(); // after the end: nothing happens
        QCOMPARE(done.count(), 1);
        delete call;
    }

    void selfSignedTlsIsRefused()
    {
        test::TestHttpServer tls(test::readData("tls/self-signed.crt"),
                                 test::readData("tls/self-signed.key"));
        tls.route("/secret", Response{200, "{}"});
        NetworkPolicy development;
        development.allowLoopbackHttp = true; // this computer allowed: TLS is what refuses
        const auto refused =
            HttpClient(development).sendAndWait(HttpRequest::get(tls.url("/secret")));
        QCOMPARE(refused.error().code, QStringLiteral("net.tls"));
        QCOMPARE(tls.hits("/secret"), 0);
    }

    void thisComputerIsNotContactedWithoutTheFlag()
    {
        // A URL a document names must not reach services on this computer, over https too:
        // refused before any connection is opened.
        test::TestHttpServer tls(test::readData("tls/self-signed.crt"),
                                 test::readData("tls/self-signed.key"));
        tls.route("/secret", Response{200, "{}"});
        for (const QString &url : {tls.url("/secret").toString(),
                                   tls.url("/secret").toString().replace("127.0.0.1", "localhost"),
                                   QStringLiteral("https://0.0.0.0:1/x")}) {
            const auto refused = HttpClient(NetworkPolicy{}).sendAndWait(HttpRequest::get(url));
            QCOMPARE(refused.error().code, QStringLiteral("net.loopback"));
        }
        QCOMPARE(tls.connections(), 0);
        // Other spellings of this computer are this computer too.
        for (const char *local :
             {"https://localhost./x", "https://LocalHost/x", "https://api.localhost/x",
              "https://localhost.localdomain/x", "https://ip6-localhost/x",
              "https://[::ffff:127.0.0.1]/x", "https://[::ffff:0.0.0.0]/x", "https://[::1]/x",
              "https://127.1/x", "https://0x7f000001/x", "https://2130706433/x", "https://0/x"})
            QCOMPARE(NetworkPolicy{}.checkUrl(QUrl(QString::fromLatin1(local))).error().code,
                     QStringLiteral("net.loopback"));
        for (const char *linkLocal :
             {"http://169.254.169.254/latest/meta-data/", "https://[fe80::1]/x"}) {
            NetworkPolicy development;
            development.allowLoopbackHttp = true;
            QCOMPARE(development.checkUrl(QUrl(QString::fromLatin1(linkLocal))).error().code,
                     QStringLiteral("net.local_address"));
        }
    }
};

QTEST_GUILESS_MAIN(HttpClientTest)
#include "tst_http_client.moc"
