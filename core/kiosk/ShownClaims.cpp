#include "core/kiosk/ShownClaims.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

QList<ShownClaims::Line> ShownClaims::pick(const QJsonObject &subject,
                                           const QList<KioskConfig::ShownClaim> &shown)
{
    QList<Line> lines;
    for (const KioskConfig::ShownClaim &claim : shown)
        lines << Line{claim.label, valueAt(subject, claim.claim)};
    return lines;
}

QString ShownClaims::valueAt(const QJsonObject &subject, const QString &path)
{
    QJsonValue value = subject;
    for (const QString &part : path.split(QLatin1Char('.')))
        value = value.toObject().value(part);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace vcdesk
