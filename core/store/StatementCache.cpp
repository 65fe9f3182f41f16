#include "core/store/StatementCache.h"

#include "core/store/Sql.h"

#include <QHash>
#include <QSqlError>

namespace vcdesk {

namespace {

thread_local QHash<QString, QHash<QString, QSqlQuery>> statements;

} // namespace

Result<QSqlQuery *> StatementCache::get(const QSqlDatabase &db, const QString &sql)
{
    QHash<QString, QSqlQuery> &mine = statements[db.connectionName()];
    auto found = mine.find(sql);
    if (found == mine.end()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return Sql::error(query.lastError());
        found = mine.insert(sql, query);
    }
    found->finish();
    return &found.value();
}

Result<QSqlQuery *> StatementCache::run(const QSqlDatabase &db, const QString &sql,
                                        const QVariantList &values)
{
    auto query = get(db, sql);
    if (!query)
        return query;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.value()->bindValue(int(i), Sql::bindable(values.at(i)));
    if (!query.value()->exec())
        return Sql::error(query.value()->lastError());
    return query;
}

void StatementCache::forget(const QString &connectionName)
{
    statements.remove(connectionName);
}

} // namespace vcdesk
