#include "agent/AgentHttp.h"

#include "core/codec/StrictJson.h"

#include <QJsonDocument>
#include <QSet>

#include <optional>

namespace vcdesk {

using StatusCode = QHttpServerResponse::StatusCode;

QHttpServerResponse AgentHttp::json(const QJsonObject &body, StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse AgentHttp::error(StatusCode status, const QString &message)
{
    return json(
        QJsonObject{{QStringLiteral("status"), int(status)}, {QStringLiteral("message"), message}},
        status);
}

Status AgentHttp::contentType(const QHttpServerRequest &request, QByteArrayView expected)
{
    // A media type, optionally with parameters (charset=utf-8).
    auto sent = header(request, "Content-Type");
    if (!sent)
        return sent.error();
    const QByteArray type = sent->split(';').first().trimmed().toLower();
    if (type != expected)
        return Error{QStringLiteral("415"), tr("the request body must be sent as %1")
                                                .arg(QString::fromLatin1(expected.toByteArray()))};
    return {};
}

Result<QJsonObject> AgentHttp::body(const QHttpServerRequest &request)
{
    // A web page can post text/plain anywhere without asking; it cannot send JSON that way.
    if (auto typed = contentType(request, "application/json"); !typed)
        return typed.error();
    const QByteArray bytes = request.body();
    if (bytes.size() > kMaxBodyBytes)
        return Error{QStringLiteral("413"),
                     tr("the request body is larger than %1 KiB").arg(kMaxBodyBytes / 1024)};
    auto parsed = StrictJson::parseObject(bytes);
    if (!parsed)
        return Error{QStringLiteral("400"),
                     tr("the request body is not a JSON object: %1").arg(parsed.error().message)};
    return parsed;
}

Result<QUrlQuery> AgentHttp::form(const QHttpServerRequest &request)
{
    if (auto typed = contentType(request, "application/x-www-form-urlencoded"); !typed)
        return typed.error();
    if (request.body().size() > kMaxBodyBytes)
        return Error{QStringLiteral("413"),
                     tr("the request body is larger than %1 KiB").arg(kMaxBodyBytes / 1024)};
    // application/x-www-form-urlencoded: '+' is a space (QUrlQuery alone keeps it as '+').
    QByteArray body = request.body();
    body.replace('+', "%20");
    QUrlQuery form(QString::fromUtf8(body));
    // A field given twice (state=a&state=b) is ambiguous: which one a check read and which
    // one was stored could differ.
    QSet<QString> seen;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        Q_UNUSED(value);
        if (seen.contains(key))
            return Error{QStringLiteral("400"),
                         tr("the form gives \"%1\" more than once").arg(key.left(40))};
        seen.insert(key);
    }
    return form;
}

QHttpServerResponse AgentHttp::refuse(const Error &error)
{
    bool numeric = false;
    const int status = error.code.toInt(&numeric);
    return AgentHttp::error(numeric && status >= 400 && status < 600 ? StatusCode(status)
                                                                     : StatusCode::BadRequest,
                            error.message);
}

Result<QByteArray> AgentHttp::header(const QHttpServerRequest &request, const QByteArray &name)
{
    std::optional<QByteArray> found;
    for (const auto &header : request.headers()) {
        if (header.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            return Error{QStringLiteral("400"),
                         tr("the %1 header is sent more than once").arg(QString::fromLatin1(name))};
        found = header.second.trimmed();
    }
    return found.value_or(QByteArray());
}

} // namespace vcdesk
