#include "core/store/SqliteStatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace vcdesk {

struct SqliteStatement::Handle
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    ~Handle() { sqlite3_finalize(statement); }
};

Result<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    const QVariant native = db.driver() ? db.driver()->handle() : QVariant();
    if (!native.isValid() || qstrcmp(native.typeName(), "sqlite3*") != 0)
        return Error{QStringLiteral("wallet.sql"), tr("not an SQLite connection")};
    auto handle = std::make_shared<Handle>();
    handle->db = *static_cast<sqlite3 *const *>(native.constData());
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(handle->db, text.constData(), int(text.size()), &handle->statement,
                           nullptr) != SQLITE_OK)
        return Error{QStringLiteral("wallet.sql"),
                     tr("wallet database error: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(handle->db)).left(300))};
    SqliteStatement out;
    out.m_handle = std::move(handle);
    return out;
}

Error SqliteStatement::lastError() const
{
    return Error{QStringLiteral("wallet.sql"),
                 tr("wallet database error: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(m_handle->db)).left(300))};
}

Status SqliteStatement::bind(int index, const QVariant &value)
{
    sqlite3_stmt *s = m_handle->statement;
    const int position = index + 1;
    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(s, position);
    } else {
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(s, position, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(s, position, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob(s, position, bytes.constData(), int(bytes.size()),
                                   SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(s, position, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
        }
        }
    }
    if (rc != SQLITE_OK)
        return lastError();
    return {};
}

Status SqliteStatement::bind(int index, const QCborValue &value)
{
    sqlite3_stmt *s = m_handle->statement;
    const int position = index + 1;
    int rc = SQLITE_OK;
    if (value.isInteger()) {
        rc = sqlite3_bind_int64(s, position, value.toInteger());
    } else if (value.isDouble()) {
        rc = sqlite3_bind_double(s, position, value.toDouble());
    } else if (value.isByteArray()) {
        const QByteArray bytes = value.toByteArray();
        rc = sqlite3_bind_blob(s, position, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    } else if (value.isString()) {
        const QByteArray text = value.toString().toUtf8();
        rc = sqlite3_bind_text(s, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    } else if (value.isNull() || value.isUndefined()) {
        rc = sqlite3_bind_null(s, position);
    } else {
        return Error{QStringLiteral("wallet.corrupt"), tr("a stored value has an unknown type")};
    }
    if (rc != SQLITE_OK)
        return lastError();
    return {};
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_handle->statement);
    if (rc == SQLITE_ROW)
        return true;
    sqlite3_reset(m_handle->statement);
    if (rc == SQLITE_DONE)
        return false;
    return lastError();
}

Status SqliteStatement::run()
{
    auto stepped = step();
    if (!stepped)
        return stepped.error();
    if (stepped.value()) {
        sqlite3_reset(m_handle->statement);
        return Error{QStringLiteral("wallet.sql"), tr("the statement returned rows")};
    }
    return {};
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_handle->statement);
}

QString SqliteStatement::columnName(int index) const
{
    return QString::fromUtf8(sqlite3_column_name(m_handle->statement, index));
}

QVariant SqliteStatement::column(int index) const
{
    sqlite3_stmt *s = m_handle->statement;
    switch (sqlite3_column_type(s, index)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(s, index));
    case SQLITE_FLOAT:
        return sqlite3_column_double(s, index);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, index)),
                                 sqlite3_column_bytes(s, index));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(s, index)),
                          sqlite3_column_bytes(s, index));
    default:
        return QVariant();
    }
}

} // namespace vcdesk
