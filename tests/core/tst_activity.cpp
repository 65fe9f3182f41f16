// Work a person waits for, without blocking the thread they wait on: Activity starts and
// returns at once, reports progress on its owner's thread, can be cancelled in the middle of
// a network wait or a pause, and survives being deleted while it runs. The engine's blocking
// calls wait on a promise, never on a nested event loop, so nothing of the caller's runs
// while they wait. WalletHost keeps a wallet on one thread of its own.

#include "core/common/Activity.h"
#include "core/common/CancelToken.h"
#include "core/common/Deadline.h"
#include "core/common/ServiceThread.h"
#include "core/net/HttpClient.h"
#include "core/store/WalletHost.h"
#include "support/LoopbackPolicy.h"
#include "support/TestHttpServer.h"
#include "support/WalletFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <thread>

using namespace vcdesk;
using Response = test::TestHttpServer::Response;
using namespace std::chrono_literals;

namespace {

NetworkPolicy loopback()
{
    NetworkPolicy policy = test::loopbackPolicy();
    policy.totalTimeoutMs = 30000; // longer than any wait here: only cancel() ends them
    return policy;
}

} // namespace

class ActivityTest : public QObject
{
    Q_OBJECT

    test::TestHttpServer m_server;
    QTemporaryDir m_dir;

private slots:
    void startReturnsBeforeTheAnswerArrives()
    {
        m_server.route("/slow", Response{200, R"({"ok":true})", "application/json", 400});
        Activity<HttpResponse> activity;
        QSignalSpy finished(&activity, &ActivityBase::finished);
        const QUrl url = m_server.url("/slow");
        QElapsedTimer clock;
        clock.start();
        activity.start([url](const ActivityBase::Context &) {
            return HttpClient(loopback()).sendAndWait(HttpRequest::get(url));
        });
        // start() came back before the server's answer could have (400 ms later).
        QVERIFY(clock.elapsed() < 400);
        QVERIFY(activity.isRunning());
        QCOMPARE(finished.count(), 0);
        QCOMPARE(activity.result().error().code, QStringLiteral("activity.pending"));
        QVERIFY(finished.wait(10000));
        QVERIFY(clock.elapsed() >= 400);
        QCOMPARE(activity.state(), ActivityBase::State::Finished);
        VCDESK_VERIFY_OK(activity.result());
        QCOMPARE(activity.result()->body, QByteArray(R"({"ok":true})"));
        QCOMPARE(finished.count(), 1);
    }

    void aBlockingCallNeverRunsTheCallersEvents()
    {
        // The old sendAndWait() spun a nested QEventLoop: a timer of the caller's fired in the
        // middle of the call (re-entrancy). Waiting on a promise, nothing of ours runs.
        m_server.route("/wait", Response{200, "{}", "application/json", 300});
        bool fired = false;
        QTimer::singleShot(0, this, [&] { fired = true; });
        auto answer = HttpClient(loopback()).sendAndWait(HttpRequest::get(m_server.url("/wait")));
        VCDESK_VERIFY_OK(answer);
        QVERIFY(!fired);
        QCoreApplication::processEvents();
        QVERIFY(fired); // it was only waiting for its turn
    }

    void cancelStopsANetworkWaitAtOnce()
    {
        m_server.route("/never", Response{200, "{}", "application/json", 20000});
        Activity<HttpResponse> activity;
        QSignalSpy finished(&activity, &ActivityBase::finished);
        const QUrl url = m_server.url("/never");
        activity.start([url](const ActivityBase::Context &) {
            return HttpClient(loopback()).sendAndWait(HttpRequest::get(url));
        });
        QTRY_COMPARE(m_server.hits("/never"), 1);
        QElapsedTimer clock;
        clock.start();
        activity.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() < 2000, QByteArray::number(clock.elapsed()));
        QCOMPARE(activity.result().error().code, QStringLiteral("activity.cancelled"));
    }

    void aDeadlineStopsANetworkWait()
    {
        m_server.route("/slow", Response{200, "{}", "application/json", 20000});
        Result<HttpResponse> answer = Error{};
        bool expired = false;
        {
            Deadline deadline{300ms};
            answer = HttpClient(loopback()).sendAndWait(HttpRequest::get(m_server.url("/slow")));
            expired = deadline.expired();
        }
        QVERIFY(expired);
        // Stopped by the deadline (cancelled), not answered after the server's 20 s delay.
        QCOMPARE(answer.error().code, QStringLiteral("net.cancelled"));
        // Work that ends in time: not expired, and the thread's token is as before.
        {
            Deadline deadline{5s};
            QVERIFY(!CancelToken::current().isCancelled());
            QVERIFY(!deadline.expired());
        }
        // A cancel of the surrounding work reaches through the deadline.
        CancelToken outer;
        CancelToken::Scope scope(outer);
        Deadline deadline{60s};
        outer.cancel();
        QVERIFY(CancelToken::current().isCancelled());
        QVERIFY(!deadline.expired());
    }

    void cancelCutsAPauseShort()
    {
        Activity<int> activity;
        QSignalSpy finished(&activity, &ActivityBase::finished);
        activity.start([](const ActivityBase::Context &) -> Result<int> {
            if (!CancelToken::current().sleepFor(60s))
                return Error{QStringLiteral("test.stopped"), QStringLiteral("stopped")};
            return 1;
        });
        QTest::qWait(50);
        QElapsedTimer clock;
        clock.start();
        activity.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(activity.result().error().code, QStringLiteral("activity.cancelled"));
    }

    void progressArrivesOnTheOwnersThread()
    {
        Activity<QString> activity;
        QStringList steps;
        QList<QThread *> threads;
        connect(&activity, &ActivityBase::progress, this, [&](const QString &step) {
            steps << step;
            threads << QThread::currentThread();
        });
        QSignalSpy finished(&activity, &ActivityBase::finished);
        activity.start([](const ActivityBase::Context &context) -> Result<QString> {
            context.report(QStringLiteral("one"));
            context.report(QStringLiteral("two"));
            return QStringLiteral("worker");
        });
        QVERIFY(finished.wait(5000));
        QCOMPARE(steps, QStringList({"one", "two"}));
        QCOMPARE(threads, QList<QThread *>({thread(), thread()}));
        QCOMPARE(activity.step(), QStringLiteral("two"));
        QCOMPARE(activity.result().value(), QStringLiteral("worker"));
    }

    void aFailureIsTheWorksOwnError()
    {
        Activity<int> activity;
        QSignalSpy finished(&activity, &ActivityBase::finished);
        activity.start([](const ActivityBase::Context &) -> Result<int> {
            return Error{QStringLiteral("test.failed"), QStringLiteral("it failed")};
        });
        QVERIFY(finished.wait(5000));
        QCOMPARE(activity.result().error().code, QStringLiteral("test.failed"));
    }

    void deletingARunningActivityIsSafe()
    {
        m_server.route("/abandoned", Response{200, "{}", "application/json", 20000});
        const QUrl url = m_server.url("/abandoned");
        auto done = std::make_shared<std::atomic<bool>>(false);
        auto *activity = new Activity<HttpResponse>;
        activity->start([url, done](const ActivityBase::Context &) {
            auto answer = HttpClient(loopback()).sendAndWait(HttpRequest::get(url));
            *done = true;
            return answer;
        });
        QTRY_COMPARE(m_server.hits("/abandoned"), 1);
        delete activity; // cancels: the request is aborted, the result dropped
        QTRY_VERIFY_WITH_TIMEOUT(done->load(), 5000);
        QTest::qWait(50); // a result posted to the dead activity must go nowhere
    }

    void theServiceThreadRefusesToWaitForItself()
    {
        ServiceThread *service = ServiceThread::instance();
        QVERIFY(service);
        QVERIFY(!service->isCurrent());
        // From inside the service thread, a blocking call returns an error instead of hanging.
        std::promise<QString> code;
        QMetaObject::invokeMethod(service->context(), [&] {
            code.set_value(HttpClient(loopback())
                               .sendAndWait(HttpRequest::get(m_server.url("/x")))
                               .error()
                               .code);
        });
        QCOMPARE(code.get_future().get(), QStringLiteral("thread.unavailable"));
    }

    void aWaiterIsReleasedWhenTheServingThreadGoesAway()
    {
        // The thread that should run the work never does (it is not running); its context is
        // deleted while the caller waits: the caller gets "unavailable", it does not hang.
        QThread idle;
        auto *context = new QObject;
        context->moveToThread(&idle);
        std::thread deleter([context] {
            std::this_thread::sleep_for(100ms);
            delete context; // drops the posted call, and with it the only promise
        });
        const QString code = ServiceThread::runOn<Status>(
                                 context, [](std::function<void(Status)> done) { done(Status()); },
                                 Status(ServiceThread::unavailable()))
                                 .error()
                                 .code;
        deleter.join();
        QCOMPARE(code, QStringLiteral("thread.unavailable"));
    }

    void cancelTokenWakesFromAnyThread()
    {
        CancelToken token;
        int calls = 0;
        const int id = token.onCancel([&] { ++calls; });
        const int removed = token.onCancel([&] { calls += 100; });
        token.removeCallback(removed);
        std::thread other([token] {
            std::this_thread::sleep_for(50ms);
            token.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!token.sleepFor(30s));
        QVERIFY(clock.elapsed() < 5000);
        other.join();
        QVERIFY(token.isCancelled());
        QCOMPARE(calls, 1);
        token.cancel(); // twice is once
        QCOMPARE(calls, 1);
        token.onCancel([&] { ++calls; }); // already cancelled: runs at once
        QCOMPARE(calls, 2);
        Q_UNUSED(id);
        QVERIFY(!CancelToken::current().isCancelled()); // no scope here
    }

    void theWalletLivesOnOneThreadOfItsOwn()
    {
        const QString path = m_dir.filePath("hosted.db");
        test::createWallet(path); // made here, closed again
        WalletHost host;
        auto *notOpen = host.withWallet<int>(
            [](Wallet &, const ActivityBase::Context &) -> Result<int> { return 1; }, this);
        QSignalSpy notOpenDone(notOpen, &ActivityBase::finished);
        QVERIFY(notOpenDone.wait(5000));
        QCOMPARE(notOpen->result().error().code, QStringLiteral("wallet.not_open"));

        auto *open = host.open(path, Wallet::Access::ReadWrite, this);
        QSignalSpy opened(open, &ActivityBase::finished);
        QVERIFY(opened.wait(5000));
        VCDESK_VERIFY_OK(open->result());

        QSet<QThread *> threads;
        for (int i = 0; i < 3; ++i) {
            auto *unlock = host.withWallet<int>(
                [&threads](Wallet &wallet, const ActivityBase::Context &) -> Result<int> {
                    threads << QThread::currentThread();
                    if (!wallet.isUnlocked()) {
                        QByteArray passphrase = "pass";
                        if (auto done = wallet.unlock(passphrase); !done)
                            return done.error();
                    }
                    auto profiles = wallet.profiles().list();
                    if (!profiles)
                        return profiles.error();
                    return int(profiles->size());
                },
                this);
            QSignalSpy done(unlock, &ActivityBase::finished);
            QVERIFY(done.wait(10000));
            QCOMPARE(unlock->result().value(), 1);
        }
        QCOMPARE(threads.size(), 1); // always the same thread: its Qt Sql connection's
        QVERIFY(!threads.contains(thread()));
    }
};

QTEST_GUILESS_MAIN(ActivityTest)
#include "tst_activity.moc"
