#include "models/KioskLogWriter.h"

#include "core/kiosk/KioskLog.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QSemaphore>

#include <atomic>

namespace vcdesk {

namespace {

constexpr int kFlushBatch = 200;
/// After the shared database could not be reached: the first wait before trying again, and
/// the longest (each failure doubles it). A connection attempt blocks the writer's thread for
/// up to the connect timeout, so it is not made on every append while the server is away.
constexpr qint64 kFirstReconnectMs = 2000;
constexpr qint64 kMaxReconnectMs = 60000;
/// Retention is applied at most this often (a DELETE over the log on every entry is waste).
constexpr qint64 kPruneEveryMs = 3600 * 1000;

QString outboxPathFor(const QString &logPath)
{
    const QFileInfo info(logPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-outbox.db"));
}

} // namespace

/// The open logs, on the writer's thread.
struct KioskLogWriter::Sinks
{
    std::unique_ptr<KioskLog> local; // the log (Sqlite), or the outbox (PostgreSql)
    std::unique_ptr<KioskLog> shared;
    /// Why the log or outbox cannot be written, and why the shared database cannot take the
    /// outbox's entries: kept apart, so a good local write does not hide an absent server.
    QString localProblem;
    QString sharedProblem;
    std::atomic<int> connectAttempts{0};
    /// Waits measured on a monotonic clock: a wall clock set back would stall them.
    QElapsedTimer sinceFailure; // invalid: no failure to wait out
    qint64 reconnectDelayMs = 0;
    QElapsedTimer sincePrune;

    /// Whether retention is due now; pruned() once it went through.
    bool pruneDue() const { return !sincePrune.isValid() || sincePrune.elapsed() >= kPruneEveryMs; }
    void pruned() { sincePrune.start(); }
    bool waitingToReconnect() const
    {
        return sinceFailure.isValid() && sinceFailure.elapsed() < reconnectDelayMs;
    }
    /// The shared database failed (connect, write or check): wait longer before the next try.
    void sharedFailed(const QString &why)
    {
        sharedProblem = why;
        shared.reset();
        reconnectDelayMs =
            reconnectDelayMs == 0 ? kFirstReconnectMs : qMin(kMaxReconnectMs, reconnectDelayMs * 2);
        sinceFailure.start();
    }
};

KioskLogWriter::Targets KioskLogWriter::targetsOf(const KioskConfig &config)
{
    Targets targets;
    targets.target = config.logTarget;
    const QString path = config.logPath.isEmpty() ? KioskLog::defaultSqlitePath() : config.logPath;
    targets.sqlitePath =
        config.logTarget == KioskConfig::LogTarget::PostgreSql ? outboxPathFor(path) : path;
    targets.postgres = config.postgres;
    targets.retentionDays = config.retentionDays;
    return targets;
}

KioskLogWriter::KioskLogWriter(Targets targets, QObject *parent)
    : QObject(parent)
    , m_targets(std::move(targets))
    , m_sinks(std::make_shared<Sinks>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // one thread for the writer's life: its connections live there
    m_flushTimer.setInterval(m_targets.flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &KioskLogWriter::flush);
    if (m_targets.target == KioskConfig::LogTarget::PostgreSql)
        m_flushTimer.start();
}

KioskLogWriter::~KioskLogWriter()
{
    m_flushTimer.stop();
    // The connections close on the thread that opened them.
    std::shared_ptr<Sinks> sinks = m_sinks;
    m_pool.start([sinks] {
        sinks->shared.reset();
        sinks->local.reset();
    });
    m_pool.waitForDone();
}

void KioskLogWriter::run(std::function<void(Sinks &)> task)
{
    std::shared_ptr<Sinks> sinks = m_sinks;
    QPointer<KioskLogWriter> self(this);
    const Targets targets = m_targets;
    m_pool.start([sinks, task = std::move(task), self, targets] {
        Sinks &s = *sinks;
        QString problem;
        if (!s.local) {
            auto local = KioskLog::openSqlite(targets.sqlitePath);
            if (local)
                s.local = std::move(local).value();
            else
                problem = local.error().message;
        }
        if (s.local)
            task(s);
        if (problem.isEmpty())
            problem = !s.localProblem.isEmpty() ? s.localProblem : s.sharedProblem;
        else
            s.localProblem = problem;
        qint64 pending = 0;
        if (targets.target == KioskConfig::LogTarget::PostgreSql && s.local) {
            const auto waiting = s.local->count();
            pending = waiting.value_or(-1); // -1: unknown, and said as a problem
            if (!waiting && problem.isEmpty())
                problem = waiting.error().message;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, problem, pending, targets] {
                if (!self)
                    return;
                emit self->problem(problem);
                if (targets.target == KioskConfig::LogTarget::PostgreSql)
                    emit self->pending(pending);
            },
            Qt::QueuedConnection);
    });
}

void KioskLogWriter::append(const KioskLogEntry &entry)
{
    const Targets targets = m_targets;
    run([entry, targets](Sinks &s) {
        s.localProblem.clear();
        if (targets.target == KioskConfig::LogTarget::Sqlite) {
            if (auto kept = s.local->append(entry); !kept)
                s.localProblem = kept.error().message;
            else if (s.pruneDue() &&
                     s.local->prune(targets.retentionDays, QDateTime::currentMSecsSinceEpoch()))
                s.pruned();
            return;
        }
        // Always through the outbox: an entry leaves it only once the server has it.
        if (auto kept = s.local->append(entry); !kept) {
            s.localProblem = kept.error().message;
            return;
        }
    });
    flush();
}

void KioskLogWriter::flush()
{
    flushNow(false);
}

void KioskLogWriter::flushNow(bool evenIfWaiting)
{
    if (m_targets.target != KioskConfig::LogTarget::PostgreSql)
        return;
    const Targets targets = m_targets;
    run([targets, evenIfWaiting](Sinks &s) {
        if (s.local->count().value_or(1) == 0)
            return;
        if (s.shared && !s.shared->isReachable())
            s.sharedFailed(KioskLogWriter::tr("the shared log stopped answering"));
        if (!s.shared) {
            if (!evenIfWaiting && s.waitingToReconnect())
                return; // the server was away a moment ago: the entries wait in the outbox
            ++s.connectAttempts;
            auto shared = KioskLog::openPostgreSql(targets.postgres);
            if (!shared) {
                s.sharedFailed(shared.error().message);
                return;
            }
            s.shared = std::move(shared).value();
            s.reconnectDelayMs = 0;
            s.sinceFailure.invalidate();
        }
        for (;;) {
            auto batch = s.local->since(0, kFlushBatch);
            if (!batch || batch->isEmpty())
                break;
            QStringList sent;
            for (const KioskLogEntry &entry : batch.value()) {
                if (auto kept = s.shared->append(entry); !kept) {
                    s.sharedFailed(kept.error().message);
                    break;
                }
                sent << entry.uid;
            }
            (void)s.local->remove(sent);
            if (!s.shared || sent.size() < kFlushBatch)
                break;
        }
        if (s.shared) {
            s.sharedProblem.clear();
            if (s.pruneDue() &&
                s.shared->prune(targets.retentionDays, QDateTime::currentMSecsSinceEpoch()))
                s.pruned();
        }
    });
}

int KioskLogWriter::connectAttempts() const
{
    return m_sinks->connectAttempts.load();
}

void KioskLogWriter::waitForIdle()
{
    QSemaphore done;
    m_pool.start([&done] { done.release(); });
    done.acquire();
}

} // namespace vcdesk
