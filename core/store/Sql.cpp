#include "core/store/Sql.h"

#include <QSqlError>

namespace vcdesk {

Error Sql::error(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    // SQLITE_BUSY (5) / SQLITE_LOCKED (6): another connection is writing.
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        return Error{QStringLiteral("wallet.busy"),
                     tr("the wallet is busy with another writer; try again")};
    if (native == QLatin1String("13"))
        return Error{QStringLiteral("wallet.disk_full"),
                     tr("the disk is full; nothing was changed")};
    return Error{QStringLiteral("wallet.sql"),
                 tr("wallet database error: %1").arg(error.text().left(300))};
}

QVariant Sql::bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

Result<QSqlQuery> Sql::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return error(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return error(query.lastError());
    return query;
}

Status Sql::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    return {};
}

Result<QVariant> Sql::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

} // namespace vcdesk
