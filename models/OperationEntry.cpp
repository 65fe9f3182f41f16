#include "models/OperationEntry.h"

namespace vcdesk {

namespace {

constexpr qsizetype kMaxFieldChars = 2000;

} // namespace

QJsonObject OperationEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("when"), when.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("who"), who},
                       {QStringLiteral("account"), account},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("ok"), ok},
                       {QStringLiteral("outcome"), outcome}};
}

std::optional<OperationEntry> OperationEntry::fromJson(const QJsonObject &json)
{
    OperationEntry entry;
    entry.when =
        QDateTime::fromString(json.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs);
    if (!entry.when.isValid() || !json.value(QStringLiteral("ok")).isBool())
        return std::nullopt;
    entry.ok = json.value(QStringLiteral("ok")).toBool();
    const auto text = [&json](const char *name) {
        return json.value(QLatin1String(name)).toString().left(kMaxFieldChars);
    };
    entry.who = text("who");
    entry.account = text("account");
    entry.action = text("action");
    entry.target = text("target");
    entry.outcome = text("outcome");
    if (entry.action.isEmpty())
        return std::nullopt;
    return entry;
}

} // namespace vcdesk
