#include "models/ClaimPaths.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vcdesk {

namespace {

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

void collect(const QJsonValue &value, const QString &path, int depth, QList<ClaimPaths::Row> &rows,
             bool &cut)
{
    if (rows.size() >= ClaimPaths::kMaxRows) {
        cut = true;
        return;
    }
    if (value.isObject() || value.isArray()) {
        if (depth >= ClaimPaths::kMaxDepth) {
            cut = true;
            return;
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                collect(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                        depth + 1, rows, cut);
        } else {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                collect(array.at(i), path + QStringLiteral("[%1]").arg(i), depth + 1, rows, cut);
        }
        return;
    }
    rows << ClaimPaths::Row{path, scalarText(value)};
}

} // namespace

QList<ClaimPaths::Row> ClaimPaths::of(const QJsonValue &claims)
{
    QList<Row> rows;
    if (claims.isUndefined() || claims.isNull())
        return rows;
    bool cut = false;
    collect(claims, QString(), 0, rows, cut);
    if (cut)
        rows << Row{QStringLiteral("…"),
                    QCoreApplication::translate("ClaimPaths",
                                                "more claims, or deeper ones, than a page shows: "
                                                "see the JSON report")};
    return rows;
}

} // namespace vcdesk
