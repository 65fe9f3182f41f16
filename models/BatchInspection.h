#pragma once

#include "core/common/Activity.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "core/verify/VerdictTally.h"
#include "models/BatchRow.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace vcdesk {

class JsonLinesSpool;

/// Inspects many files for the operator console without ever making the GUI wait: a worker
/// takes them a chunk at a time, and each file of a chunk is read and verified on a pool
/// thread (all cores, as BatchInspector does for tokens in memory);
/// the rows reach this object through a mailbox it drains every kDrainMs, so a fast batch
/// costs the GUI thread one short slice per tick, not one signal per token.
///
/// start() → progressed(done, total) as rows arrive (rows() grows in input order) → finished().
/// cancel() stops before the next chunk (a chunk of local checks takes milliseconds; one that
/// waits on the network ends when its waits do) and finished(true) follows with the rows so
/// far. Counts are kept as rows arrive: valid, not valid, cannot be verified, unreadable.
class BatchInspection : public QObject
{
    Q_OBJECT
public:
    /// Files verified between two hand-overs to the GUI: each chunk ends in a barrier where
    /// the cores wait for its slowest file, so larger is faster (64: 0.28 of the engine's
    /// throughput, 256: 0.36, bench_batch_gui) while a cancel still ends within tens of ms.
    static constexpr int kChunk = 256;
    static constexpr int kDrainMs = 50;
    static constexpr qsizetype kMaxInputBytes = 16 * 1024 * 1024;

    using Tally = VerdictTally;

    explicit BatchInspection(QObject *parent = nullptr);
    ~BatchInspection() override;

    /// Starts on `files` (a running batch is cancelled first). Returns at once.
    void start(const QStringList &files, const InspectOptions &options);
    /// Starts on files and folders (InputFiles), with options built from `builder`: the
    /// folders are listed and the trust list read on the worker, never on this thread. Either
    /// failing is failed(sentence), then finished(false) with no rows.
    void start(const QStringList &inputs, const InspectOptionsBuilder &builder);
    void cancel();
    bool isRunning() const { return !m_running.isNull(); }

    const QList<BatchRow> &rows() const { return m_rows; }
    const Tally &tally() const { return m_tally; }
    int total() const { return m_total; }
    /// How long the last batch took (ms), from start() to its last row.
    qint64 elapsedMs() const { return m_elapsedMs; }
    /// The last batch's report in `vcdesk inspect --json-lines` form (InspectionJson): every
    /// row's full inspection, in row order, written by the workers to a temporary file (10,000
    /// inspections would not fit in memory as JSON) and ending in the summary line. Empty
    /// until the batch has finished; written to `path` atomically, off this thread.
    Activity<void> *saveJsonLines(const QString &path, QObject *parent) const;

signals:
    /// New rows were appended at [first, rows().size()).
    void rowsAdded(int first);
    void progressed(int done, int total);
    /// Nothing could be inspected (a folder with no files, a trust list that cannot be read).
    void failed(const QString &message);
    /// The batch ended: every row in, or cancelled with the rows so far.
    void finished(bool cancelled);

private:
    struct Mailbox;
    using Prepare = std::function<Result<std::pair<QStringList, InspectOptions>>()>;
    void begin(Prepare prepare);
    void drain();

    std::shared_ptr<Mailbox> m_mailbox;
    std::shared_ptr<JsonLinesSpool> m_spool;
    QPointer<ActivityBase> m_running;
    QTimer m_drainTimer;
    QElapsedTimer m_clock;
    QList<BatchRow> m_rows;
    Tally m_tally;
    int m_total = 0;
    QString m_failure;
    qint64 m_elapsedMs = 0;
    bool m_workDone = false;
    bool m_cancelled = false;
};

} // namespace vcdesk
