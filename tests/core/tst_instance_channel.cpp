// One vcdesk per user: a second start hands its argument to the running one over a real
// local socket and the running one receives it; a socket left by a crash is taken over;
// a second listener is refused; silent, oversized and garbage clients are dropped without
// stopping the channel.

#include "core/net/InstanceChannel.h"

#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace vcdesk;

namespace {

/// hand() blocks, so it runs on a thread of its own while the test's loop serves.
Status handFromAnotherThread(const QString &path, const QString &argument)
{
    Status status = Error{QStringLiteral("test.not_run"), QStringLiteral("not run")};
    std::unique_ptr<QThread> thread(
        QThread::create([&] { status = InstanceChannel::hand(path, argument, 3000); }));
    thread->start();
    if (!QTest::qWaitFor([&thread] { return thread->isFinished(); }, 10000))
        return Error{QStringLiteral("test.hung"), QStringLiteral("hand() did not return")};
    thread->wait();
    return status;
}

} // namespace

class TestInstanceChannel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void aLinkReachesTheRunningInstance()
    {
        const QString path = m_dir.filePath("a.socket");
        InstanceChannel running;
        QVERIFY(running.listen(path).ok());
        QSignalSpy received(&running, &InstanceChannel::received);
        const QString link = QStringLiteral("openid4vp://?client_id=x&request_uri=https%3A%2F%2Fv");
        QVERIFY(handFromAnotherThread(path, link).ok());
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toString(), link);
        // Started without an argument: the running one is told so (it raises its window).
        QVERIFY(handFromAnotherThread(path, QString()).ok());
        QTRY_COMPARE(received.count(), 2);
        QCOMPARE(received.last().first().toString(), QString());
    }

    void nobodyListening()
    {
        const Status status = InstanceChannel::hand(m_dir.filePath("none.socket"), "x", 500);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, QStringLiteral("instance.none"));
    }

    void aSecondListenerIsRefusedAndAStaleSocketTakenOver()
    {
        const QString path = m_dir.filePath("b.socket");
        auto first = std::make_unique<InstanceChannel>();
        QVERIFY(first->listen(path).ok());
        InstanceChannel second;
        const Status refused = second.listen(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("instance.running"));

        // A socket file nobody serves (as after a crash): the next one takes the path over.
        first.reset(); // Qt removes the socket file on close; a crash would leave it
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        InstanceChannel next;
        QVERIFY2(next.listen(path).ok(), "a stale socket file blocks the next start");
    }

    void badClientsAreDropped()
    {
        const QString path = m_dir.filePath("c.socket");
        InstanceChannel running;
        QVERIFY(running.listen(path).ok());
        QSignalSpy received(&running, &InstanceChannel::received);

        // Too long without a newline: cut off, nothing received.
        QLocalSocket flood;
        flood.connectToServer(path);
        QVERIFY(flood.waitForConnected(2000));
        flood.write(QByteArray(InstanceChannel::kMaxBytes + 100, 'a'));
        QTRY_COMPARE_WITH_TIMEOUT(flood.state(), QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(received.count(), 0);

        // Silent: dropped after the serve timeout.
        QLocalSocket silent;
        silent.connectToServer(path);
        QVERIFY(silent.waitForConnected(2000));
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QLocalSocket::UnconnectedState, 6000);
        QCOMPARE(received.count(), 0);

        // The channel still serves.
        QVERIFY(handFromAnotherThread(path, "after").ok());
        QTRY_COMPARE(received.count(), 1);

        // Too long to hand over at all.
        const Status tooLong =
            InstanceChannel::hand(path, QString(InstanceChannel::kMaxBytes, 'x'), 500);
        QCOMPARE(tooLong.error().code, QStringLiteral("instance.too_large"));
    }
};

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instance_channel.moc"
