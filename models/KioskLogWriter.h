#pragma once

#include "core/kiosk/KioskConfig.h"
#include "core/kiosk/KioskLogEntry.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace vcdesk {

/// Writes the kiosk's outcomes into its verification log, off the GUI thread, on a thread of
/// its own (where the log's database connections live).
///
/// With the PostgreSQL target, an entry the shared database cannot take (the server is down,
/// the network gone) is kept in a local SQLite outbox and sent when the server answers again
/// (tried every `flushIntervalMs` and after each append). The shared log is idempotent on the
/// entry's uid and an entry leaves the outbox only after the server took it, so none is lost
/// and none doubled, whatever fails in between.
class KioskLogWriter : public QObject
{
    Q_OBJECT
public:
    struct Targets
    {
        KioskConfig::LogTarget target = KioskConfig::LogTarget::Sqlite;
        QString sqlitePath; // the log (Sqlite), or the outbox (PostgreSql)
        KioskConfig::PostgreSql postgres;
        int retentionDays = 30;
        int flushIntervalMs = 10000;
    };

    static Targets targetsOf(const KioskConfig &config);

    explicit KioskLogWriter(Targets targets, QObject *parent = nullptr);
    ~KioskLogWriter() override;

    void append(const KioskLogEntry &entry);
    /// Sends what waits in the outbox (the timer does it too). After the server could not be
    /// reached, it is tried again only once a growing wait has passed (2 s doubling to a
    /// minute): a connection attempt holds the writer for up to its timeout.
    void flush();
    /// The same, trying the server now whatever the wait (before quitting, and tests).
    void flushNow(bool evenIfWaiting = true);
    /// Blocks until everything queued so far has been tried (tests, and before quitting).
    void waitForIdle();
    /// How often the shared database was tried (tests: the wait between attempts).
    int connectAttempts() const;

signals:
    /// A sentence for the operator when the log cannot be written (entries stay queued where
    /// possible); `problem(QString())` when it works again.
    void problem(const QString &message);
    /// How many entries wait in the outbox after a write or a flush (-1: the outbox cannot be
    /// read, which problem() says).
    void pending(qint64 count);

private:
    struct Sinks;
    void run(std::function<void(Sinks &)> task);

    Targets m_targets;
    QThreadPool m_pool;
    std::shared_ptr<Sinks> m_sinks; // touched only by tasks on m_pool
    QTimer m_flushTimer;
};

} // namespace vcdesk
