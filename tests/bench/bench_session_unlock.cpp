// The window's way into a big wallet: from a locked WalletSession to the first page of the
// credential list (WalletSession::unlock on the wallet's thread, then CredentialListModel's
// first page delivered to this thread), at 100,000 credentials, against its bare building
// block measured in the same run: the KDF alone (Argon2id with the wallet's own parameters),
// which any passphrase-protected wallet pays. The ratio says what the window adds to it.
//
//   bench_session_unlock [--count=N (100000)] [google benchmark flags]

#include "BenchArguments.h"
#include "BenchCredentials.h"
#include "RatioReporter.h"
#include "core/crypto/PassphraseKdf.h"
#include "core/store/WalletMeta.h"
#include "models/CredentialListModel.h"
#include "models/WalletSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace vcdesk;

namespace {

constexpr int kBatch = 5000;

struct Setup
{
    QTemporaryDir dir;
    QString walletPath;
    PassphraseKdf::Parameters kdf;
    qint64 profile = 0;
} setup;

void fill(int count)
{
    setup.walletPath = setup.dir.filePath("session.db");
    QByteArray passphrase = "bench";
    auto created = Wallet::create(setup.walletPath, passphrase, {}); // calibrated, as lived
    if (!created)
        qFatal("cannot create the wallet: %s", qPrintable(created.error().toString()));
    Wallet &wallet = *created.value();
    const qint64 profile = setup.profile = wallet.profiles().resolve({}).value().id;
    QList<test::Issuer> issuers;
    for (int i = 0; i < 50; ++i)
        issuers << test::Issuer::make(KeyType::Secp256k1);
    for (int start = 0; start < count; start += kBatch) {
        QList<CredentialRecord> batch;
        for (int i = start; i < qMin(count, start + kBatch); ++i)
            batch << bench::benchRecord(issuers.at(i % issuers.size()), i);
        auto added = wallet.credentials().addMany(profile, batch);
        if (!added || added->added.size() != batch.size())
            qFatal("import failed");
    }
    const auto stored = WalletMeta::get(wallet.database(), QStringLiteral("kdf"));
    setup.kdf = PassphraseKdf::Parameters::fromJson(
                    QJsonDocument::fromJson(stored.value().value()).object())
                    .value();
}

/// Locked session → unlocked → the list's first page on this thread, timed by hand: opening
/// the session (locked) and closing it stay outside, as the window opens it before anyone
/// types.
void sessionUnlockToFirstPage(benchmark::State &state)
{
    for (auto _ : state) {
        WalletSession session;
        QSignalSpy opened(&session, &WalletSession::opened);
        session.open(setup.walletPath, Wallet::Access::ReadOnly);
        if (!opened.wait(30000))
            state.SkipWithError("open failed");
        CredentialListModel *model = session.credentialModel(setup.profile, &session);
        QElapsedTimer timer;
        timer.start();
        QSignalSpy unlocked(&session, &WalletSession::unlocked);
        session.unlock("bench");
        if (!unlocked.wait(60000))
            state.SkipWithError("unlock failed");
        // The first page arrives asynchronously after the unlock's reload.
        for (int spins = 0; model->rowCount() == 0 && spins < 60000; ++spins)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 1);
        if (model->rowCount() == 0)
            state.SkipWithError("no first page");
        state.SetIterationTime(timer.nsecsElapsed() / 1e9);
    }
}

void bareKdf(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(PassphraseKdf::derive("bench", setup.kdf));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = bench::initializeWithCount(argc, argv, 100000, 100);
    fill(count);
    benchmark::RegisterBenchmark("session/unlock+firstPage", sessionUnlockToFirstPage)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(3);
    benchmark::RegisterBenchmark("baseline/bareKdf", bareKdf)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(3);
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double unlock = reporter.msPerOp["session/unlock+firstPage"];
    const double kdf = reporter.msPerOp["baseline/bareKdf"];
    if (unlock > 0 && kdf > 0)
        std::printf("%d credentials: unlock to the first page of the list %.0f ms = %.2fx the "
                    "bare KDF (%.0f ms); the window adds %.0f ms\n",
                    count, unlock, unlock / kdf, kdf, unlock - kdf);
    benchmark::Shutdown();
    return 0;
}
