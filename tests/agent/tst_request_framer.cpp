// RequestFramer, the guard's reading of one HTTP request: where the head and body end however
// the bytes are split, the limits applied as early as the bytes allow (a Content-Length from
// the head, a chunk size before its data), and every ambiguous framing refused.

#include "agent/RequestFramer.h"

#include <QtTest>

using namespace vcdesk;
using State = RequestFramer::State;

namespace {

RequestFramer framer(qint64 maxBody = 1000)
{
    return RequestFramer({256, maxBody}, {"127.0.0.1:8080", "localhost:8080"});
}

/// Feeds `bytes` in pieces of `step`; the state after the last piece.
State feedInPieces(RequestFramer &f, const QByteArray &bytes, qsizetype step)
{
    State state = f.state();
    for (qsizetype at = 0; at < bytes.size(); at += step)
        state = f.feed(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)));
    return state;
}

int refusal(const RequestFramer &f)
{
    return f.refusal() ? f.refusal()->code.toInt() : 0;
}

} // namespace

class RequestFramerTest : public QObject
{
    Q_OBJECT

private slots:
    void completeRequestsHoweverSplit_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("no body") << QByteArray("GET /x HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n");
        QTest::newRow("length") << QByteArray(
            "POST /x HTTP/1.1\r\nHost: localhost:8080\r\nContent-Length: 2\r\n\r\n{}");
        QTest::newRow("chunked") << QByteArray(
            "POST /x HTTP/1.1\r\nHost: LOCALHOST:8080\r\nTransfer-Encoding: Chunked\r\n\r\n"
            "3;ext=1\r\n{\"a\r\n4\r\n\":1}\r\n0\r\n\r\n");
        QTest::newRow("blank lines first, bare LF")
            << QByteArray("\r\n\nGET / HTTP/1.0\nHost: 127.0.0.1:8080\n\n");
    }
    void completeRequestsHoweverSplit()
    {
        QFETCH(QByteArray, request);
        for (qsizetype step : {qsizetype(1), qsizetype(2), qsizetype(5), request.size()}) {
            RequestFramer f = framer();
            QCOMPARE(feedInPieces(f, request, step), State::Complete);
        }
        // What follows a complete request is not part of it.
        RequestFramer f = framer();
        QCOMPARE(f.feed(request + "GET / HTTP/1.1\r\nHost: evil\r\n\r\n"), State::Complete);
        QVERIFY(!f.refusal());
    }

    void incompleteRequestsWait()
    {
        RequestFramer f = framer();
        QCOMPARE(f.feed("POST /x HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Length: 5\r\n\r\n{}"),
                 State::Body);
        RequestFramer chunked = framer();
        QCOMPARE(chunked.feed("POST /x HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n"),
                 State::ChunkSize);
        QCOMPARE(chunked.feed("0\r\n"), State::LastChunkEnd);
        QCOMPARE(chunked.feed("\r\n"), State::Complete);
    }

    void limitsApplyAsEarlyAsPossible()
    {
        // The length alone refuses the request.
        RequestFramer length = framer();
        QCOMPARE(length.feed("POST /x HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                             "Content-Length: 1500000000\r\n\r\n"),
                 State::Refused);
        QCOMPARE(refusal(length), 413);
        // A chunk announcing too much, before any of its data.
        RequestFramer big = framer();
        QCOMPARE(big.feed("POST /x HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n3e9\r\n"),
                 State::Refused);
        QCOMPARE(refusal(big), 413);
        // Small chunks adding up past the limit.
        RequestFramer many = framer();
        many.feed("POST /x HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nTransfer-Encoding: chunked\r\n\r\n");
        State state = State::ChunkSize;
        int chunks = 0;
        while (state != State::Refused && chunks < 1000) {
            state = many.feed("64\r\n" + QByteArray(100, 'x') + "\r\n");
            ++chunks;
        }
        QCOMPARE(refusal(many), 413);
        QCOMPARE(chunks, 11); // 1100 bytes > 1000
        // Tiny chunks: the framing counts too.
        RequestFramer tiny = framer();
        tiny.feed("POST /x HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nTransfer-Encoding: chunked\r\n\r\n");
        state = State::ChunkSize;
        chunks = 0;
        while (state != State::Refused && chunks < 100000) {
            state = tiny.feed("1;" + QByteArray(500, 'e') + "\r\nx\r\n");
            ++chunks;
        }
        QCOMPARE(refusal(tiny), 413);
        QVERIFY(chunks < 1000);
        // A head that never ends.
        RequestFramer head = framer();
        QCOMPARE(head.feed("GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nX: " + QByteArray(300, 'a')),
                 State::Refused);
        QCOMPARE(refusal(head), 431);
    }

    void ambiguityIsRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("other host")
            << QByteArray("GET / HTTP/1.1\r\nHost: evil:8080\r\n\r\n") << 421;
        QTest::newRow("other port")
            << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1:80\r\n\r\n") << 421;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                                                 "Host: 127.0.0.1:8080\r\n\r\n")
                                   << 400;
        QTest::newRow("length and chunked")
            << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Length: 1\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n")
            << 400;
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                                                   "Content-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                     << 400;
        QTest::newRow("signed length") << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                                                     "Content-Length: +1\r\n\r\n")
                                       << 400;
        QTest::newRow("chunked, gzip") << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                                                     "Transfer-Encoding: gzip, chunked\r\n\r\n")
                                       << 400;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                                                     " folded\r\n\r\n")
                                       << 400;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400;
        QTest::newRow("trailers") << QByteArray(
                                         "POST / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                                         "Transfer-Encoding: chunked\r\n\r\n0\r\nX: 1\r\n\r\n")
                                  << 400;
        QTest::newRow("chunk without CRLF")
            << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX")
            << 400;
        QTest::newRow("chunk size not hex")
            << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n0x2\r\n")
            << 400;
    }
    void ambiguityIsRefused()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        RequestFramer f = framer();
        QCOMPARE(f.feed(head), State::Refused);
        QCOMPARE(refusal(f), status);
        QVERIFY(!f.refusal()->message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RequestFramerTest)
#include "tst_request_framer.moc"
