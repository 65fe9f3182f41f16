#include "core/store/WalletMeta.h"

#include "core/store/Sql.h"

namespace vcdesk {

Result<std::optional<QByteArray>> WalletMeta::get(const QSqlDatabase &db, const QString &name)
{
    auto value = Sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE name = ?"), {name});
    if (!value)
        return value.error();
    if (!value->isValid())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(value->toByteArray());
}

Status WalletMeta::set(const QSqlDatabase &db, const QString &name, const QByteArray &value)
{
    return Sql::exec(db,
                     QStringLiteral("INSERT INTO meta(name, value) VALUES (?, ?)"
                                    " ON CONFLICT(name) DO UPDATE SET value = excluded.value"),
                     {name, value});
}

} // namespace vcdesk
