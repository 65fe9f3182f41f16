#include "core/verify/InspectionJson.h"

#include "core/common/DisplayText.h"
#include "core/crypto/Digest.h"

#include <QJsonDocument>

namespace vcdesk {

QJsonObject InspectionJson::of(const QString &input, const QByteArray &token,
                               const Result<Inspection> &inspection)
{
    QJsonObject object;
    if (inspection) {
        object = inspection->toJson();
    } else {
        object.insert(QStringLiteral("verdict"), QStringLiteral("unreadable"));
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), inspection.error().code},
                                  {QStringLiteral("message"), inspection.error().message}});
    }
    object.insert(QStringLiteral("input"), input);
    if (!token.isEmpty())
        object.insert(QStringLiteral("sha256"), sha256Hex(token));
    return object;
}

QByteArray InspectionJson::line(const QJsonObject &object)
{
    return DisplayText::escapeJson(QJsonDocument(object).toJson(QJsonDocument::Compact)) + '\n';
}

QByteArray InspectionJson::summaryLine(const VerdictTally &tally)
{
    return line(QJsonObject{{QStringLiteral("summary"), tally.toJson()}});
}

QString InspectionJson::sha256Hex(const QByteArray &token)
{
    return QString::fromLatin1(Digest::sha256(token).toHex());
}

} // namespace vcdesk
