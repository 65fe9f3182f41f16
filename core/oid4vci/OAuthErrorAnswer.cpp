#include "core/oid4vci/OAuthErrorAnswer.h"

#include "core/codec/StrictJson.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace vcdesk {

namespace {

QJsonObject bodyOf(const HttpResponse &response)
{
    auto json = StrictJson::parseObject(response.body.left(64 * 1024));
    return json ? json.value() : QJsonObject();
}

} // namespace

QString OAuthErrorAnswer::errorName(const HttpResponse &response)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]{0,47}$"));
    const QString error = bodyOf(response).value(QStringLiteral("error")).toString();
    return name.match(error).hasMatch() ? error : QString();
}

Error OAuthErrorAnswer::toError(const HttpResponse &response, const QString &step,
                                const QString &what)
{
    const QString name = errorName(response);
    QString description =
        bodyOf(response).value(QStringLiteral("error_description")).toString().simplified();
    if (description.size() > 300)
        description = description.left(299) + QChar(0x2026);
    Error error;
    error.code = QStringLiteral("vci.") + step + QLatin1Char('_') +
                 (name.isEmpty() ? QStringLiteral("error") : name);
    error.httpStatus = response.status;
    error.serverMessage = description;
    const QString said = name.isEmpty() ? tr("HTTP %1").arg(response.status) : name;
    error.message = description.isEmpty()
                        ? tr("the issuer refused %1 (%2)").arg(what, said)
                        : tr("the issuer refused %1 (%2): %3").arg(what, said, description);
    return error;
}

} // namespace vcdesk
