// The operator console's batch inspection as the window runs it (BatchInspection: files read
// and verified off the GUI thread, rows drained into the GUI every 50 ms) against the engine's
// BatchInspector alone on the same tokens in memory, and on the same files read first, in
// the same run. Mixed credentials: valid
// JWT-VCs of 20 issuers on three curves, tampered ones, expired ones and files that are no
// token at all. Prints throughput as a ratio, the GUI thread's longest stall (a 1 ms timer's
// largest gap while the batch runs), and how long a cancel takes to end the batch.
// Usage: bench_batch_gui [count (10000)]. Exit 2 when a count is wrong.

#include "core/common/HeapPolicy.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/BatchInspector.h"
#include "models/BatchInspection.h"
#include "models/ReportWriter.h"
#include "support/TokenFactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace vcdesk;

namespace {

/// Runs the batch with a 1 ms timer ticking beside it; the largest gap between ticks is the
/// longest time the GUI thread could not answer.
struct Run
{
    double seconds = 0;
    qint64 longestStallMs = 0;
    BatchInspection::Tally tally;
};

Run runBatch(BatchInspection &batch, const QStringList &files, const InspectOptions &options)
{
    QEventLoop loop;
    QObject::connect(&batch, &BatchInspection::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    tick.setInterval(1);
    tick.setTimerType(Qt::PreciseTimer);
    QElapsedTimer sinceTick;
    Run run;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        run.longestStallMs = std::max(run.longestStallMs, sinceTick.restart());
    });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    tick.start();
    batch.start(files, options);
    loop.exec();
    run.seconds = clock.nsecsElapsed() / 1e9;
    run.tally = batch.tally();
    return run;
}

/// Saves the batch's report to `path` and says how long that took (seconds), or -1.
double timeExport(const BatchInspection &batch, const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    Activity<void> *save = ReportWriter::writeBatch(batch, ReportContext{}, path, nullptr);
    QEventLoop loop;
    QObject::connect(save, &ActivityBase::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = bool(save->result());
    delete save;
    return ok ? clock.nsecsElapsed() / 1e9 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    HeapPolicy::apply();             // as vcdesk and vcdesk-agent do at start-up
    QGuiApplication app(argc, argv); // a PDF report lays out text
    const int count = argc > 1 ? std::max(12, std::atoi(argv[1])) : 10000;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QTemporaryDir dir;
    QList<test::Issuer> issuers;
    const KeyType curves[] = {KeyType::P256, KeyType::Ed25519, KeyType::Secp256k1};
    for (int i = 0; i < 20; ++i)
        issuers << test::Issuer::make(curves[i % 3]);
    QList<QByteArray> tokens;
    QStringList files;
    int expectValid = 0, expectInvalid = 0, expectUnreadable = 0;
    for (int i = 0; i < count; ++i) {
        const test::Issuer &issuer = issuers.at(i % issuers.size());
        const bool expired = i % 4 == 1;
        QJsonObject claims =
            test::credentialClaims(issuer.did, now - 7200, expired ? now - 3600 : now + 86400);
        claims.insert("jti", QStringLiteral("urn:uuid:%1").arg(i));
        QByteArray token = test::sign(issuer.key, claims, QJsonObject{{"kid", issuer.kid}});
        if (i % 4 == 2) { // tampered
            const qsizetype at = token.lastIndexOf('.') + 5;
            token[at] = token[at] == 'A' ? 'B' : 'A';
        }
        if (i % 4 == 3)
            token = "not a token " + QByteArray::number(i);
        (i % 4 == 0 ? expectValid : i % 4 == 3 ? expectUnreadable : expectInvalid)++;
        tokens << token;
        const QString path = dir.filePath(QStringLiteral("%1.jwt").arg(i, 6, 10, QChar('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(token) != token.size())
            return 1;
        files << path;
    }

    InspectOptions options;
    options.resolver = MultiMethodDidResolver::createDefault();
    // Baseline: the engine alone on the tokens in memory (no files, no GUI thread).
    QElapsedTimer clock;
    clock.start();
    const auto baseline = BatchInspector::inspectAll(tokens, options);
    const double engineSeconds = clock.nsecsElapsed() / 1e9;

    // The same with the files read first (one thread), as a command-line batch would.
    options.resolver = MultiMethodDidResolver::createDefault();
    clock.restart();
    {
        QList<QByteArray> read;
        for (const QString &path : files) {
            QFile file(path);
            read << (file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        }
        (void)BatchInspector::inspectAll(read, options);
    }
    const double engineFilesSeconds = clock.nsecsElapsed() / 1e9;

    options.resolver = MultiMethodDidResolver::createDefault(); // a fresh DID cache
    BatchInspection batch;
    const Run gui = runBatch(batch, files, options);
    std::printf("batch of %d mixed credentials (files): %d valid, %d not valid, %d unreadable\n",
                count, gui.tally.valid, gui.tally.invalid, gui.tally.unreadable);
    std::printf("engine alone (BatchInspector, in memory): %8.0f tokens/s\n",
                count / engineSeconds);
    std::printf("engine alone, files read first:          %8.0f tokens/s\n",
                count / engineFilesSeconds);
    std::printf("console (BatchInspection, files, GUI):    %8.0f tokens/s  ratio %.2f against "
                "the engine in memory, %.2f against the engine with the same files\n",
                count / gui.seconds, engineSeconds / gui.seconds, engineFilesSeconds / gui.seconds);
    std::printf("longest GUI-thread stall during the batch: %lld ms (drain every %d ms)\n",
                gui.longestStallMs, BatchInspection::kDrainMs);

    // Reports of the whole batch, against the time the batch itself took.
    for (const char *suffix : {"jsonl", "csv", "pdf"}) {
        const QString path = dir.filePath(QStringLiteral("report.%1").arg(QLatin1String(suffix)));
        const double seconds = timeExport(batch, path);
        std::printf("report %-5s of %d rows: %6.2f s (%.2f of the batch's own time), %lld KiB\n",
                    suffix, count, seconds, seconds / gui.seconds, QFileInfo(path).size() / 1024);
        if (seconds < 0)
            return 3;
    }

    // Cancel: once a tenth of the rows are in, how long until finished() says so.
    {
        BatchInspection batch;
        QEventLoop loop;
        QElapsedTimer sinceCancel;
        qint64 cancelMs = -1;
        QObject::connect(&batch, &BatchInspection::progressed, [&](int done, int) {
            if (!sinceCancel.isValid() && done >= count / 10) {
                sinceCancel.start();
                batch.cancel();
            }
        });
        QObject::connect(&batch, &BatchInspection::finished, [&](bool) {
            cancelMs = sinceCancel.isValid() ? sinceCancel.elapsed() : -1;
            loop.quit();
        });
        options.resolver = MultiMethodDidResolver::createDefault();
        batch.start(files, options);
        loop.exec();
        std::printf("cancel: ended %lld ms after cancel() with %lld of %d rows in\n", cancelMs,
                    qint64(batch.rows().size()), count);
    }
    int baselineValid = 0;
    for (const auto &result : baseline)
        baselineValid += result && result->report.verdict() == Verdict::Valid;
    const bool right = gui.tally.valid == expectValid && gui.tally.invalid == expectInvalid &&
                       gui.tally.unreadable == expectUnreadable && baselineValid == expectValid;
    if (!right)
        std::fprintf(stderr, "wrong counts: expected %d valid, %d not valid, %d unreadable\n",
                     expectValid, expectInvalid, expectUnreadable);
    return right ? 0 : 2;
}
