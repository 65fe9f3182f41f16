#pragma once

// A private PostgreSQL server for a test: its own data folder in a temporary folder, trust
// authentication on 127.0.0.1 and a unix socket folder inside the temporary folder, a free TCP
// port. stop() and start() again keep the port and the data (an outage of the shared log);
// the destructor stops it and removes everything.
//
// The server binaries come from /usr/lib/postgresql/*/bin (the highest version; Debian
// package postgresql). initdb, pg_ctl and postgres refuse to run as root, and this machine and
// CI run as root: then they run as the unprivileged user `postgres` (made by that package)
// through runuser, with the data folder given to that user. The clients (createdb, psql, the
// tests' own connections) connect over TCP as the server's superuser `kiosk` and need no
// particular user.
//
// Should the test die before the destructor, the server notices within a minute that its data
// folder's lock file is gone once the folder is removed, and shuts itself down.

#include "core/common/Result.h"
#include "core/kiosk/KioskLog.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

namespace vcdesk::test {

class PostgresServer
{
public:
    static constexpr const char *kUser = "kiosk";
    static constexpr const char *kDatabase = "kiosklog";

    PostgresServer() = default;
    ~PostgresServer() { (void)stop(Stop::Immediate); }
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    enum class Stop {
        Fast,     // ends the sessions and shuts down cleanly
        Immediate // as if the machine went away: the next start recovers from the WAL
    };

    /// The first time: makes the cluster and the database kiosklog, then runs it. Later: runs
    /// the same data on the same port again.
    Status start()
    {
        if (m_running)
            return {};
        if (!m_initialised) {
            if (auto made = initialise(); !made)
                return made;
        }
        const QString options =
            QStringLiteral("-p %1 -k '%2' -c listen_addresses=127.0.0.1 -c fsync=off")
                .arg(m_port)
                .arg(runFolder());
        auto started = runTool(QStringLiteral("pg_ctl"),
                               {QStringLiteral("-D"), dataFolder(), QStringLiteral("-l"), logPath(),
                                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                QStringLiteral("-o"), options, QStringLiteral("start")},
                               true);
        if (!started)
            return fail(QStringLiteral("cannot start the PostgreSQL server on port %1: %2")
                            .arg(m_port)
                            .arg(started.error().message));
        m_running = true;
        if (!m_databaseMade) {
            if (auto made = createDatabase(QString::fromLatin1(kDatabase)); !made)
                return made;
            m_databaseMade = true;
        }
        return {};
    }

    Status stop(Stop how = Stop::Fast)
    {
        if (!m_running)
            return {};
        auto stopped =
            runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), dataFolder(), QStringLiteral("-m"),
                     how == Stop::Fast ? QStringLiteral("fast") : QStringLiteral("immediate"),
                     QStringLiteral("-w"), QStringLiteral("stop")},
                    true);
        if (!stopped)
            return fail(QStringLiteral("cannot stop the PostgreSQL server: %1")
                            .arg(stopped.error().message));
        m_running = false;
        return {};
    }

    bool isRunning() const { return m_running; }
    int port() const { return m_port; }

    /// Where a KioskLog finds `database` (kiosklog by default) on this server.
    KioskLog::PostgreSql where(const QString &database = QString::fromLatin1(kDatabase)) const
    {
        KioskLog::PostgreSql where;
        where.host = QStringLiteral("127.0.0.1");
        where.port = m_port;
        where.database = database;
        where.user = QString::fromLatin1(kUser);
        where.connectTimeoutSeconds = 2;
        return where;
    }

    Status createDatabase(const QString &name)
    {
        auto made = runTool(QStringLiteral("createdb"), clientArgs() << name, false);
        if (!made)
            return fail(QStringLiteral("cannot create the database %1: %2")
                            .arg(name, made.error().message));
        return {};
    }

    /// Runs `sql` with psql in `database` and returns its unaligned output (fields split by
    /// '|', one row a line).
    Result<QString> psql(const QString &sql,
                         const QString &database = QString::fromLatin1(kDatabase)) const
    {
        return runTool(QStringLiteral("psql"),
                       clientArgs() << QStringLiteral("-d") << database << QStringLiteral("-v")
                                    << QStringLiteral("ON_ERROR_STOP=1") << QStringLiteral("-X")
                                    << QStringLiteral("-A") << QStringLiteral("-t")
                                    << QStringLiteral("-c") << sql,
                       false);
    }

    /// The server's own log, for a failure's message.
    QString serverLog() const
    {
        QFile file(logPath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    QString dataFolder() const { return m_dir.filePath(QStringLiteral("data")); }
    QString runFolder() const { return m_dir.filePath(QStringLiteral("run")); }
    QString logPath() const { return m_dir.filePath(QStringLiteral("run/server.log")); }

    QStringList clientArgs() const
    {
        return {QStringLiteral("-h"),    QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_port), QStringLiteral("-U"),        QString::fromLatin1(kUser)};
    }

    static Error fail(const QString &message)
    {
        return Error{QStringLiteral("test.postgres"), message};
    }

    /// The highest /usr/lib/postgresql/VERSION/bin that has initdb.
    static Result<QString> findBinaries()
    {
        const QDir root(QStringLiteral("/usr/lib/postgresql"));
        QVersionNumber best;
        QString found;
        for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString bin = root.filePath(version + QStringLiteral("/bin"));
            const QVersionNumber number = QVersionNumber::fromString(version);
            if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() &&
                (found.isEmpty() || number > best)) {
                best = number;
                found = bin;
            }
        }
        if (found.isEmpty())
            return fail(QStringLiteral("no PostgreSQL server binaries in "
                                       "/usr/lib/postgresql/*/bin (Debian package postgresql, "
                                       "see packaging/debian-packages.txt)"));
        return found;
    }

    Status initialise()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("cannot make a temporary folder for PostgreSQL: %1")
                            .arg(m_dir.errorString()));
        auto bin = findBinaries();
        if (!bin)
            return bin.error();
        m_bin = bin.value();
        if (!QDir(m_dir.path()).mkpath(QStringLiteral("data")) ||
            !QDir(m_dir.path()).mkpath(QStringLiteral("run")))
            return fail(
                QStringLiteral("cannot make the PostgreSQL folders in %1").arg(m_dir.path()));
        if (::geteuid() == 0) {
            if (auto handed = handToServerUser(); !handed)
                return handed;
        }
        if (!QFile::setPermissions(dataFolder(),
                                   QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return fail(QStringLiteral("cannot make %1 private").arg(dataFolder()));
        auto made = runTool(
            QStringLiteral("initdb"),
            {QStringLiteral("-D"), dataFolder(), QStringLiteral("-A"), QStringLiteral("trust"),
             QStringLiteral("-U"), QString::fromLatin1(kUser), QStringLiteral("-E"),
             QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
            true);
        if (!made)
            return fail(QStringLiteral("initdb failed: %1").arg(made.error().message));
        QTcpServer probe; // a free port now; a restart takes the same one again
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(QStringLiteral("no free TCP port on 127.0.0.1"));
        m_port = probe.serverPort();
        probe.close();
        m_initialised = true;
        return {};
    }

    /// As root: the server runs as `postgres`, which must own its folders and reach them.
    Status handToServerUser()
    {
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            return fail(QStringLiteral("running as root, but there is no user postgres to run "
                                       "the PostgreSQL server as (initdb refuses root; Debian "
                                       "package postgresql makes that user)"));
        m_runuser = QStandardPaths::findExecutable(
            QStringLiteral("runuser"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
        if (m_runuser.isEmpty())
            return fail(QStringLiteral("running as root, but runuser (util-linux) is missing"));
        // The temporary folder is private to root by default; its parents must let others in.
        if (!QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) |
                                                     QFile::ExeOther | QFile::ReadOther |
                                                     QFile::ExeGroup | QFile::ReadGroup))
            return fail(QStringLiteral("cannot open %1 to the user postgres").arg(m_dir.path()));
        for (QDir parent(m_dir.path()); parent.cdUp() && !parent.isRoot();)
            if (!(QFile::permissions(parent.path()) & QFile::ExeOther))
                return fail(QStringLiteral("the user postgres cannot pass through %1 (no x for "
                                           "others); set TMPDIR to a folder it can reach")
                                .arg(parent.path()));
        for (const QString &folder : {dataFolder(), runFolder()})
            if (::chown(QFile::encodeName(folder).constData(), user->pw_uid, user->pw_gid) != 0)
                return fail(QStringLiteral("cannot give %1 to the user postgres").arg(folder));
        return {};
    }

    /// Runs a PostgreSQL program; `server`: one that refuses root (through runuser as root).
    /// Its output, or an error with its exit status and what it printed.
    Result<QString> runTool(const QString &tool, const QStringList &args, bool server) const
    {
        QString program = m_bin + QLatin1Char('/') + tool;
        QStringList arguments = args;
        if (server && !m_runuser.isEmpty()) {
            arguments = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                    QStringLiteral("--"), program} +
                        args;
            program = m_runuser;
        }
        QProcess process;
        // A working folder the server's user can read (not the build tree, maybe private).
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(90000)) {
            process.kill();
            process.waitForFinished();
            return fail(QStringLiteral("%1 did not finish (%2)").arg(tool, process.errorString()));
        }
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return fail(
                QStringLiteral("%1 exited with %2: %3\n%4")
                    .arg(tool)
                    .arg(process.exitCode())
                    .arg(output, tool == QLatin1String("pg_ctl") ? serverLog() : QString()));
        return output;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/vcdesk-pg-XXXXXX")};
    QString m_bin;
    QString m_runuser; // set when the server runs as postgres
    int m_port = 0;
    bool m_initialised = false;
    bool m_running = false;
    bool m_databaseMade = false;
};

} // namespace vcdesk::test
