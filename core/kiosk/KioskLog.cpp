#include "core/kiosk/KioskLog.h"

#include "core/crypto/SecureRandom.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace vcdesk {

namespace {

// The key of the PostgreSQL advisory lock that serialises migrations ("vcdklog").
constexpr qint64 kMigrationLock = 0x7663646b6c6f67;

// One statement per step; step N takes the schema from version N-1 to N. Never edit a step
// that shipped: add one. Plain SQL both SQLite and PostgreSQL read the same way.
const char *const kSteps[] = {
    "CREATE TABLE IF NOT EXISTS kiosk_log ("
    " uid TEXT PRIMARY KEY,"
    " at_ms BIGINT NOT NULL,"
    " station TEXT NOT NULL,"
    " definition_id TEXT NOT NULL,"
    " outcome TEXT NOT NULL,"
    " code TEXT NOT NULL,"
    " reason TEXT NOT NULL,"
    " checks TEXT NOT NULL,"
    " issuer TEXT NOT NULL,"
    " issuer_name TEXT NOT NULL,"
    " claims TEXT NOT NULL)",
};

// Export (--since) and retention read and delete by time; without this index both scan the
// whole table, which a site's shared log makes large. Made at every open, outside the version
// steps: an index changes no reader, so it must not lock kiosks of an older vcdesk out of a
// log they share with a newer one (a version step would). Idempotent; built once.
const char *const kTimeIndex = "CREATE INDEX IF NOT EXISTS kiosk_log_at ON kiosk_log (at_ms)";

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString KioskLogEntry::newUid(const QString &station)
{
    return station.left(64) + QLatin1Char('/') +
           QUuid::fromRfc4122(SecureRandom::bytes(16)).toString(QUuid::WithoutBraces);
}

KioskLog::~KioskLog()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString KioskLog::defaultSqlitePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("kiosk-log.db"));
}

Result<std::unique_ptr<KioskLog>> KioskLog::openSqlite(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{
            QStringLiteral("kiosk.log_unavailable"),
            tr("cannot make the folder of the kiosk log %1").arg(QDir::toNativeSeparators(path))};
    auto log = std::unique_ptr<KioskLog>(new KioskLog);
    log->m_connection = QStringLiteral("kiosk-log-") + QUuid::createUuid().toString();
    log->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), log->m_connection);
    log->m_db.setDatabaseName(path);
    log->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!log->m_db.open())
        return log->sqlError(
            tr("cannot open the kiosk log %1").arg(QDir::toNativeSeparators(path)));
    QSqlQuery(log->m_db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    return finishOpening(std::move(log));
}

Result<std::unique_ptr<KioskLog>> KioskLog::openPostgreSql(const PostgreSql &where)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{QStringLiteral("kiosk.log_unavailable"),
                     tr("this computer has no PostgreSQL driver for Qt (Debian package "
                        "libqt6sql6-psql)")};
    auto log = std::unique_ptr<KioskLog>(new KioskLog);
    log->m_postgres = true;
    log->m_connection = QStringLiteral("kiosk-log-") + QUuid::createUuid().toString();
    log->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), log->m_connection);
    log->m_db.setHostName(where.host);
    log->m_db.setPort(where.port);
    log->m_db.setDatabaseName(where.database);
    log->m_db.setUserName(where.user);
    log->m_db.setPassword(where.password);
    log->m_db.setConnectOptions(
        QStringLiteral("connect_timeout=%1").arg(qMax(1, where.connectTimeoutSeconds)));
    if (!log->m_db.open())
        return log->sqlError(tr("cannot reach the PostgreSQL log %1 on %2:%3")
                                 .arg(where.database, where.host)
                                 .arg(where.port));
    // libpq prints the server's notices on stderr, such as "relation kiosk_log_schema already
    // exists, skipping" at every connection: a kiosk's output is for what goes wrong.
    QSqlQuery(log->m_db).exec(QStringLiteral("SET client_min_messages TO WARNING"));
    return finishOpening(std::move(log));
}

Result<std::unique_ptr<KioskLog>> KioskLog::finishOpening(std::unique_ptr<KioskLog> log)
{
    if (auto migrated = log->migrate(); !migrated)
        return migrated.error();
    return log;
}

Status KioskLog::migrate()
{
    QSqlQuery q(m_db);
    if (!m_db.transaction())
        return sqlError(tr("cannot prepare the kiosk log"));
    const auto fail = [this, &q](const QString &what) {
        const Error error = sqlError(what, q.lastError());
        m_db.rollback();
        return error;
    };
    // Kiosks sharing one PostgreSQL database may start together: one migrates, the others
    // wait for its transaction and then find the work done. The lock must come before the
    // first CREATE TABLE: two CREATE TABLE IF NOT EXISTS racing on an empty database do not
    // skip, one of them fails ("duplicate key value violates unique constraint
    // pg_type_typname_nsp_index"; tst_kiosk_shared_log opens an empty database from four
    // kiosks at once), so a LOCK TABLE on the version table, which needs the table first, came
    // too late. A transaction-scoped advisory lock needs no table and ends with the commit.
    if (m_postgres) {
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))
            return fail(tr("cannot prepare the kiosk log"));
        q.finish();
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS kiosk_log_schema (version INTEGER "
                               "NOT NULL)")))
        return fail(tr("cannot prepare the kiosk log"));
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM kiosk_log_schema")))
        return fail(tr("cannot read the kiosk log's version"));
    const int version = q.next() && !q.value(0).isNull() ? q.value(0).toInt() : 0;
    q.finish(); // an open SELECT would keep the commit from going through
    if (version > kSchemaVersion) {
        m_db.rollback();
        return Error{QStringLiteral("kiosk.log_schema"),
                     tr("the kiosk log was written by a newer vcdesk (version %1); this one "
                        "knows up to %2")
                         .arg(version)
                         .arg(kSchemaVersion)};
    }
    for (int step = version; step < kSchemaVersion; ++step)
        if (!q.exec(QString::fromLatin1(kSteps[step])))
            return fail(tr("cannot move the kiosk log to version %1").arg(step + 1));
    // In the same transaction, so under the same lock: kiosks opening an empty PostgreSQL log
    // together would race on it as on CREATE TABLE.
    if (!q.exec(QString::fromLatin1(kTimeIndex)))
        return fail(tr("cannot prepare the kiosk log"));
    if (version < kSchemaVersion) {
        q.prepare(version == 0 ? QStringLiteral("INSERT INTO kiosk_log_schema (version) VALUES (?)")
                               : QStringLiteral("UPDATE kiosk_log_schema SET version = ?"));
        q.addBindValue(kSchemaVersion);
        if (!q.exec())
            return fail(tr("cannot record the kiosk log's version"));
    }
    q.finish();
    if (!m_db.commit())
        return fail(tr("cannot prepare the kiosk log"));
    return {};
}

Status KioskLog::append(const KioskLogEntry &entry)
{
    if (entry.uid.isEmpty())
        return Error{QStringLiteral("kiosk.log_entry"), tr("a log entry needs its uid")};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO kiosk_log (uid, at_ms, station, definition_id, outcome, code, reason, "
        "checks, issuer, issuer_name, claims) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (uid) DO NOTHING"));
    for (const QVariant &value :
         QVariantList{entry.uid, entry.atMs, entry.station, entry.definitionId, entry.outcome,
                      entry.code, entry.reason, compact(entry.checks), entry.issuer,
                      entry.issuerName, compact(entry.claims)})
        q.addBindValue(value.typeId() == QMetaType::QString && value.toString().isNull()
                           ? QVariant(QString(QLatin1String("")))
                           : value);
    if (!q.exec())
        return sqlError(tr("cannot write to the kiosk log"), q.lastError());
    return {};
}

Result<QList<KioskLogEntry>> KioskLog::since(qint64 sinceMs, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT uid, at_ms, station, definition_id, outcome, code, reason, checks, issuer, "
        "issuer_name, claims FROM kiosk_log WHERE at_ms >= ? ORDER BY at_ms, uid LIMIT ?"));
    q.addBindValue(sinceMs);
    q.addBindValue(qMax(0, limit));
    if (!q.exec())
        return sqlError(tr("cannot read the kiosk log"), q.lastError());
    QList<KioskLogEntry> out;
    while (q.next()) {
        KioskLogEntry e;
        e.uid = q.value(0).toString();
        e.atMs = q.value(1).toLongLong();
        e.station = q.value(2).toString();
        e.definitionId = q.value(3).toString();
        e.outcome = q.value(4).toString();
        e.code = q.value(5).toString();
        e.reason = q.value(6).toString();
        e.checks = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array();
        e.issuer = q.value(8).toString();
        e.issuerName = q.value(9).toString();
        e.claims = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
        out << e;
    }
    return out;
}

Result<qint64> KioskLog::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM kiosk_log")) || !q.next())
        return sqlError(tr("cannot read the kiosk log"), q.lastError());
    return q.value(0).toLongLong();
}

Status KioskLog::remove(const QStringList &uids)
{
    if (!m_db.transaction())
        return sqlError(tr("cannot write to the kiosk log"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM kiosk_log WHERE uid = ?"));
    for (const QString &uid : uids) {
        q.addBindValue(uid);
        if (!q.exec()) {
            const Error error = sqlError(tr("cannot write to the kiosk log"), q.lastError());
            m_db.rollback();
            return error;
        }
    }
    if (!m_db.commit())
        return sqlError(tr("cannot write to the kiosk log"));
    return {};
}

Result<qint64> KioskLog::prune(int days, qint64 nowMs)
{
    QSqlQuery q(m_db);
    // On the shared log "now" is the earlier of this kiosk's clock and the server's: one kiosk
    // whose clock runs ahead (a flat clock battery, a wrong date typed in) would otherwise
    // delete every other kiosk's entries too.
    q.prepare(m_postgres ? QStringLiteral("DELETE FROM kiosk_log WHERE at_ms < LEAST(?, CAST("
                                          "EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS "
                                          "BIGINT)) - ?")
                         : QStringLiteral("DELETE FROM kiosk_log WHERE at_ms < ? - ?"));
    q.addBindValue(nowMs);
    q.addBindValue(qint64(qMax(1, days)) * 86400000);
    if (!q.exec())
        return sqlError(tr("cannot apply the kiosk log's retention"), q.lastError());
    return qint64(q.numRowsAffected());
}

bool KioskLog::isReachable() const
{
    QSqlQuery q(m_db);
    return m_db.isOpen() && q.exec(QStringLiteral("SELECT 1")) && q.next();
}

Error KioskLog::sqlError(const QString &what, const QSqlError &error) const
{
    const QString detail = (error.isValid() ? error : m_db.lastError()).text().trimmed();
    return Error{QStringLiteral("kiosk.log_unavailable"),
                 detail.isEmpty() ? what : tr("%1: %2").arg(what, detail)};
}

} // namespace vcdesk
