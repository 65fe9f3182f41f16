#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

namespace vcdesk {

/// The wallet's name/value table: its uid, the KDF parameters, the wrapped wallet key and
/// settings such as the verification-log retention.
class WalletMeta
{
public:
    static Result<std::optional<QByteArray>> get(const QSqlDatabase &db, const QString &name);
    static Status set(const QSqlDatabase &db, const QString &name, const QByteArray &value);
};

} // namespace vcdesk
