#include "models/KioskLogWriter.h"

#include "core/kiosk/KioskLog.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSemaphore>

namespace vcdesk {

namespace {

constexpr int kFlushBatch = 200;

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
    QString lastProblem;
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
            problem = s.lastProblem;
        else
            s.lastProblem = problem;
        qint64 pending = 0;
        if (targets.target == KioskConfig::LogTarget::PostgreSql && s.local)
            pending = s.local->count().value_or(0);
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
        s.lastProblem.clear();
        if (targets.target == KioskConfig::LogTarget::Sqlite) {
            if (auto kept = s.local->append(entry); !kept)
                s.lastProblem = kept.error().message;
            else
                (void)s.local->prune(targets.retentionDays, QDateTime::currentMSecsSinceEpoch());
            return;
        }
        // Always through the outbox: an entry leaves it only once the server has it.
        if (auto kept = s.local->append(entry); !kept) {
            s.lastProblem = kept.error().message;
            return;
        }
    });
    flush();
}

void KioskLogWriter::flush()
{
    if (m_targets.target != KioskConfig::LogTarget::PostgreSql)
        return;
    const Targets targets = m_targets;
    run([targets](Sinks &s) {
        if (s.local->count().value_or(0) == 0)
            return;
        if (s.shared && !s.shared->isReachable())
            s.shared.reset();
        if (!s.shared) {
            auto shared = KioskLog::openPostgreSql(targets.postgres);
            if (!shared) {
                s.lastProblem = shared.error().message;
                return;
            }
            s.shared = std::move(shared).value();
        }
        for (;;) {
            auto batch = s.local->since(0, kFlushBatch);
            if (!batch || batch->isEmpty())
                break;
            QStringList sent;
            for (const KioskLogEntry &entry : batch.value()) {
                if (auto kept = s.shared->append(entry); !kept) {
                    s.lastProblem = kept.error().message;
                    s.shared.reset();
                    break;
                }
                sent << entry.uid;
            }
            (void)s.local->remove(sent);
            if (!s.shared || sent.size() < kFlushBatch)
                break;
        }
        if (s.shared) {
            s.lastProblem.clear();
            (void)s.shared->prune(targets.retentionDays, QDateTime::currentMSecsSinceEpoch());
        }
    });
}

void KioskLogWriter::waitForIdle()
{
    QSemaphore done;
    m_pool.start([&done] { done.release(); });
    done.acquire();
}

} // namespace vcdesk
