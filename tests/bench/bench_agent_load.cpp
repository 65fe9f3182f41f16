// Load on the verifier API: N AuthStatusPollers (default 200) polling their own auth requests
// on one vcdesk-agent (its own thread) for S seconds (default 60), loopback only, a bounded
// interval each. Prints requests/s, p50/p99 latency, errors and memory growth, against the
// baseline of one poller alone measured in the same run.
//
//   bench_agent_load [POLLERS] [SECONDS]

#include "agent/AgentServer.h"
#include "core/api/AuthStatusPoller.h"
#include "core/common/HeapPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace vcdesk;

namespace {

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

struct Run
{
    std::vector<int> latencies;
    int errors = 0;
    double seconds = 0;
};

/// `count` pollers for `ms` milliseconds, each on its own open auth request.
Run load(const QString &baseUrl, const QByteArray &token, int count, int ms)
{
    NetworkPolicy policy;
    policy.allowLoopbackHttp = true;
    VerifierApiClient setup(QUrl(baseUrl), token, policy);
    Run run;
    std::vector<std::unique_ptr<AuthStatusPoller>> pollers;
    for (int i = 0; i < count; ++i) {
        auto request = setup.createAuthRequest(QStringLiteral("membershipCredential"));
        if (!request) {
            std::fprintf(stderr, "cannot create an auth request: %s\n",
                         qPrintable(request.error().toString()));
            std::exit(1);
        }
        auto poller =
            std::make_unique<AuthStatusPoller>(VerifierApiClient(QUrl(baseUrl), token, policy),
                                               AuthStatusPoller::Timing{200, 200, ms});
        QObject::connect(poller.get(), &AuthStatusPoller::answered,
                         [&run](int latency) { run.latencies.push_back(latency); });
        QObject::connect(poller.get(), &AuthStatusPoller::failed,
                         [&run](const QString &code, const QString &message) {
                             if (code != QLatin1String("api.deadline")) {
                                 ++run.errors;
                                 std::fprintf(stderr, "poller failed: %s\n", qPrintable(message));
                             }
                         });
        poller->start(request->correlationId, request->definitionId);
        pollers.push_back(std::move(poller));
    }
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer::singleShot(ms + 500, &loop, &QEventLoop::quit);
    loop.exec();
    run.seconds = clock.elapsed() / 1000.0;
    return run;
}

int percentile(std::vector<int> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    HeapPolicy::apply(); // as vcdesk and vcdesk-agent do at start-up
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const int seconds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 60;

    // The agent lives in its own thread with its own event loop, as a separate service would.
    QTemporaryDir dir;
    QThread agentThread;
    agentThread.start();
    QObject context;
    context.moveToThread(&agentThread);
    std::unique_ptr<AgentServer> agent;
    QMetaObject::invokeMethod(
        &context,
        [&] { agent = AgentServer::start(QHostAddress::LocalHost, 0, dir.path()).value(); },
        Qt::BlockingQueuedConnection);
    const QString baseUrl = agent->baseUrl();
    const QByteArray token = agent->description()
                                 .value(QStringLiteral("verifierTokens"))
                                 .toObject()
                                 .value(QStringLiteral("Verifier_User"))
                                 .toString()
                                 .toLatin1();

    const Run alone = load(baseUrl, token, 1, std::min(2000, seconds * 1000));
    const double before = rssMiB();
    const Run loaded = load(baseUrl, token, count, seconds * 1000);
    const double after = rssMiB();

    QMetaObject::invokeMethod(
        &context, [&] { agent.reset(); }, Qt::BlockingQueuedConnection);
    agentThread.quit();
    agentThread.wait();

    const int p99alone = percentile(alone.latencies, 0.99);
    const int p99 = percentile(loaded.latencies, 0.99);
    std::printf("auth-status load: %d pollers for %d s against one vcdesk-agent (loopback)\n"
                "  requests      %zu (%.0f/s)\n"
                "  latency       p50 %d ms, p99 %d ms (one poller alone: p99 %d ms; ratio %.1f)\n"
                "  errors        %d\n"
                "  memory        RSS %.0f MiB before, %.0f MiB after (%+.1f MiB)\n",
                count, seconds, loaded.latencies.size(),
                double(loaded.latencies.size()) / std::max(0.001, loaded.seconds),
                percentile(loaded.latencies, 0.5), p99, p99alone,
                double(p99) / std::max(1, p99alone), loaded.errors, before, after, after - before);
    return loaded.errors == 0 && !loaded.latencies.empty() ? 0 : 1;
}
