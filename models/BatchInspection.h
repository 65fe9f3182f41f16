#pragma once

#include "core/verify/InspectOptionsBuilder.h"
#include "models/BatchRow.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace vcdesk {

class ActivityBase;

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
    static constexpr int kChunk = 64;
    static constexpr int kDrainMs = 50;
    static constexpr qsizetype kMaxInputBytes = 16 * 1024 * 1024;

    struct Tally
    {
        int valid = 0, invalid = 0, unverifiable = 0, unreadable = 0;
        int total() const { return valid + invalid + unverifiable + unreadable; }
    };

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
