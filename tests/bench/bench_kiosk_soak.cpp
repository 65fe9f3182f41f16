// Soak of the kiosk's cycle against vcdesk-agent (its own thread, loopback): CYCLES times
// (default 1000) request -> a holder scans and shares -> verified (the kiosk's own check
// included) -> reset. Prints the resident memory's slope after warm-up (KiB per 100 cycles;
// it must not grow; printed beside the same cycles without the kiosk, which is what the
// agent and the holder's wallet in this process keep), and the latency from the verifier recording
// "verified" to the kiosk showing it, p50/p95, against the polling interval measured in the same
// run.
//
//   bench_kiosk_soak [CYCLES]

#include "core/api/VerifierApiClient.h"
#include "core/common/HeapPolicy.h"
#include "models/KioskController.h"
#include "support/KioskFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace vcdesk;

namespace {

double rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble();
    return 0;
}

template<typename Condition> bool spinUntil(Condition done, int ms = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}

/// Least-squares slope of y over x.
double slope(const QList<double> &x, const QList<double> &y)
{
    const qsizetype n = x.size();
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sx += x[i];
        sy += y[i];
        sxx += x[i] * x[i];
        sxy += x[i] * y[i];
    }
    const double d = n * sxx - sx * sx;
    return d == 0 ? 0 : (n * sxy - sx * sy) / d;
}

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values.at(qMin(values.size() - 1, qsizetype(p * values.size()))));
}

/// The same cycles without the kiosk: the holder answers requests made directly, polled
/// directly. What the agent and the holder's wallet (in this process) keep per cycle.
bool baseline(test::KioskFixture &world, const KioskConfig &config, int cycles, QList<double> &at,
              QList<double> &rss)
{
    VerifierApiClient client(config.verifierUrl, config.bearerToken, test::loopbackPolicy());
    for (int i = 0; i < cycles; ++i) {
        auto created = client.createAuthRequest(config.definitionId);
        if (!created) {
            std::fprintf(stderr, "baseline %d: %s\n", i, qPrintable(created.error().toString()));
            return false;
        }
        auto holder = world.scan(created->authRequestUri);
        auto status = holder->present(PresentationBuilder::defaultSelection(holder->match()))
                          ? client.authStatus(created->correlationId, config.definitionId)
                          : Result<AuthStatus>(Error{});
        if (!status || status->state != AuthStatus::State::Verified) {
            std::fprintf(stderr, "baseline %d: not verified\n", i);
            return false;
        }
        at << i;
        rss << rssKiB();
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    HeapPolicy::apply(); // as vcdesk does at start-up
    QCoreApplication app(argc, argv);
    const int cycles = argc > 1 ? qMax(10, QByteArray(argv[1]).toInt()) : 1000;
    test::KioskFixture world;
    if (auto started = world.start(); !started) {
        std::fprintf(stderr, "bench_kiosk_soak: %s\n", qPrintable(started.error().toString()));
        return 1;
    }
    KioskConfig config = world.config();
    config.pollIntervalMs = 100;
    config.pollMaxIntervalMs = 100; // a fixed interval: the baseline the latency is read against
    config.resetSeconds = 600;      // the bench taps to reset, as the next person would
    // Warm-up: the agent's and the wallet's stores and caches grow at first; then the kiosk;
    // then the same cycles without it, the baseline its memory slope is read against.
    QList<double> ignoredAt, ignoredRss;
    if (!baseline(world, config, qMax(10, cycles / 2), ignoredAt, ignoredRss))
        return 1;
    KioskController kiosk(config);
    kiosk.start();
    QList<qint64> latencies;
    QList<double> at, rss;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < cycles; ++i) {
        if (!spinUntil([&] { return kiosk.state() == KioskController::State::Ready; })) {
            std::fprintf(stderr, "cycle %d: never ready (%s)\n", i, qPrintable(kiosk.trouble()));
            return 1;
        }
        auto holder = world.scan(kiosk.link());
        if (!spinUntil([&] { return kiosk.knowsRequest(); })) {
            std::fprintf(stderr, "cycle %d: the kiosk never read its request\n", i);
            return 1;
        }
        if (auto sent = holder->present(PresentationBuilder::defaultSelection(holder->match()));
            !sent) {
            std::fprintf(stderr, "cycle %d: %s\n", i, qPrintable(sent.error().toString()));
            return 1;
        }
        if (!spinUntil([&] { return kiosk.state() == KioskController::State::Verified; })) {
            std::fprintf(stderr, "cycle %d: not verified: %s\n", i,
                         qPrintable(kiosk.outcome().reason));
            return 1;
        }
        latencies << kiosk.lastVerifiedLatencyMs();
        holder.reset();
        kiosk.resetNow();
        at << i;
        rss << rssKiB();
    }
    const double perCycleMs = double(total.elapsed()) / cycles;
    std::printf("Kiosk soak, %d cycles request -> scanned -> shared -> verified -> reset "
                "(%.0f ms a cycle):\n",
                cycles, perCycleMs);
    kiosk.stop();
    QList<double> baseAt, baseRss;
    if (!baseline(world, config, cycles, baseAt, baseRss))
        return 1;
    const double kioskSlope = slope(at, rss) * 100;
    const double baseSlope = slope(baseAt, baseRss) * 100;
    std::printf("  resident memory with the kiosk: %.0f KiB -> %.0f KiB, slope %+.1f KiB per 100 "
                "cycles\n",
                rss.isEmpty() ? 0 : rss.first(), rss.isEmpty() ? 0 : rss.last(), kioskSlope);
    std::printf("  the same cycles without the kiosk (agent + holder alone): slope %+.1f KiB per "
                "100 cycles\n  the kiosk's own: %+.1f KiB per 100 cycles\n",
                baseSlope, kioskSlope - baseSlope);
    std::printf("  verified recorded -> shown: p50 %.0f ms, p95 %.0f ms; polling interval %d ms "
                "(ratio p50/interval %.2f, p95/interval %.2f)\n",
                percentile(latencies, 0.5), percentile(latencies, 0.95), config.pollIntervalMs,
                percentile(latencies, 0.5) / config.pollIntervalMs,
                percentile(latencies, 0.95) / config.pollIntervalMs);
    return 0;
}
