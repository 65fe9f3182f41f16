#include "models/BatchInspection.h"

#include "core/common/Activity.h"
#include "core/common/BoundedRead.h"
#include "core/common/InputFiles.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/InspectionJson.h"
#include "models/JsonLinesSpool.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QtConcurrent>

namespace vcdesk {

namespace {

Result<QByteArray> readInput(const QString &path)
{
    // Regular files only: a FIFO or a device would block the batch or read forever.
    if (!QFileInfo(path).isFile())
        return Error{QStringLiteral("input.unreadable"),
                     BatchInspection::tr("it is not a file that can be read")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("input.unreadable"),
                     BatchInspection::tr("cannot open it: %1").arg(file.errorString())};
    // Never more than one byte past the cap, however large the file (or grown since listed).
    const QByteArray bytes = BoundedRead::upTo(file, BatchInspection::kMaxInputBytes);
    if (bytes.size() > BatchInspection::kMaxInputBytes)
        return Error{QStringLiteral("input.too_large"),
                     BatchInspection::tr("it is larger than %1 MiB")
                         .arg(BatchInspection::kMaxInputBytes / (1024 * 1024))};
    return bytes;
}

} // namespace

/// Rows on their way from the worker to the GUI thread.
struct BatchInspection::Mailbox
{
    QMutex mutex;
    QList<BatchRow> rows;
    int total = -1; // known once the folders are listed
};

BatchInspection::BatchInspection(QObject *parent)
    : QObject(parent)
{
    m_drainTimer.setInterval(kDrainMs);
    connect(&m_drainTimer, &QTimer::timeout, this, &BatchInspection::drain);
}

// A running activity is a child: deleting it cancels it and drops what it brings.
BatchInspection::~BatchInspection() = default;

void BatchInspection::start(const QStringList &files, const InspectOptions &options)
{
    begin([files, options]() -> Result<std::pair<QStringList, InspectOptions>> {
        return std::pair{files, options};
    });
}

void BatchInspection::start(const QStringList &inputs, const InspectOptionsBuilder &builder)
{
    begin([inputs, builder]() -> Result<std::pair<QStringList, InspectOptions>> {
        auto files = InputFiles::expand(inputs);
        if (!files)
            return files.error();
        auto options = builder.build();
        if (!options)
            return options.error();
        return std::pair{files.value(), options.value()};
    });
}

void BatchInspection::begin(Prepare prepare)
{
    if (m_running) {
        m_running->disconnect(this);
        m_running->cancel();
        m_running = nullptr;
    }
    m_rows.clear();
    m_tally = {};
    m_total = 0;
    m_elapsedMs = 0;
    m_workDone = false;
    m_cancelled = false;
    m_failure.clear();
    auto mailbox = std::make_shared<Mailbox>(); // a cancelled batch's late rows go to the old one
    m_mailbox = mailbox;
    auto spool = std::make_shared<JsonLinesSpool>();
    m_spool = spool;
    m_clock.start();
    auto *activity = new Activity<int>(this);
    m_running = activity;
    connect(activity, &ActivityBase::finished, this, [this, activity] {
        activity->deleteLater();
        m_running = nullptr;
        m_workDone = true;
        const Result<int> result = activity->result();
        m_cancelled = !result && result.error().code == QLatin1String("activity.cancelled");
        if (!result && !m_cancelled)
            m_failure = result.error().message;
        drain();
    });
    activity->start([prepare = std::move(prepare), mailbox,
                     spool](const ActivityBase::Context &context) -> Result<int> {
        auto prepared = prepare();
        if (!prepared)
            return prepared.error();
        const auto &[files, options] = prepared.value();
        {
            QMutexLocker lock(&mailbox->mutex);
            mailbox->total = int(files.size());
        }
        for (qsizetype start = 0; start < files.size(); start += kChunk) {
            if (context.token.isCancelled())
                return Activity<int>::cancelled();
            // Each file read, verified and summed up on a pool thread (all cores): reading
            // in parallel too keeps the cores busy while files come off the disk.
            // Each also gives its line of the JSON report, kept on disk (JsonLinesSpool).
            const QList<std::pair<BatchRow, QByteArray>> results = QtConcurrent::blockingMapped(
                files.mid(start, kChunk), [&options](const QString &file) {
                    const Result<QByteArray> bytes = readInput(file);
                    const Result<Inspection> inspection =
                        bytes ? CredentialInspector::inspect(bytes.value(), options)
                              : Result<Inspection>(bytes.error());
                    const QByteArray token = bytes ? bytes.value() : QByteArray();
                    return std::pair{
                        BatchRow::of(file, token, inspection),
                        InspectionJson::line(InspectionJson::of(file, token, inspection))};
                });
            QList<BatchRow> rows;
            QByteArray lines;
            for (const auto &[row, line] : results) {
                rows << row;
                lines += line;
            }
            spool->append(lines);
            QMutexLocker lock(&mailbox->mutex);
            mailbox->rows << rows;
        }
        return int(files.size());
    });
    m_drainTimer.start();
    emit progressed(0, 0);
}

Activity<void> *BatchInspection::saveJsonLines(const QString &path, QObject *parent) const
{
    auto *save = new Activity<void>(parent);
    if (isRunning() || !m_spool) {
        save->start([](const ActivityBase::Context &) -> Status {
            return Error{QStringLiteral("report.not_ready"),
                         tr("the batch has not finished: export it when it has")};
        });
        return save;
    }
    save->start([spool = m_spool, path, trailer = InspectionJson::summaryLine(m_tally)](
                    const ActivityBase::Context &) { return spool->copyTo(path, trailer); });
    return save;
}

void BatchInspection::cancel()
{
    if (m_running)
        m_running->cancel(); // finished() comes, then the last drain
}

void BatchInspection::drain()
{
    QList<BatchRow> arrived;
    int total = -1;
    {
        QMutexLocker lock(&m_mailbox->mutex);
        arrived.swap(m_mailbox->rows);
        total = m_mailbox->total;
    }
    if (total >= 0 && total != m_total) {
        m_total = total;
        emit progressed(int(m_rows.size()), m_total);
    }
    if (!arrived.isEmpty()) {
        const int first = int(m_rows.size());
        for (const BatchRow &row : arrived) {
            if (row.readable)
                m_tally.add(row.verdict);
            else
                m_tally.addUnreadable();
        }
        m_rows << arrived;
        m_elapsedMs = m_clock.elapsed();
        emit rowsAdded(first);
        emit progressed(int(m_rows.size()), m_total);
    }
    if (m_workDone) {
        m_drainTimer.stop();
        m_workDone = false;
        if (!m_failure.isEmpty())
            emit failed(m_failure);
        emit finished(m_cancelled);
    }
}

} // namespace vcdesk
