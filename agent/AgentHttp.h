#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QUrlQuery>

namespace vcdesk {

/// How every agent endpoint reads requests and answers: JSON bodies (Content-Type
/// application/json, else 415) parsed strictly with a size cap, form bodies likewise, and
/// errors as {"status", "message"} with a 4xx/5xx status, so a malformed request always gets a
/// readable answer and changes nothing.
class AgentHttp
{
    Q_DECLARE_TR_FUNCTIONS(AgentHttp)
public:
    static constexpr qsizetype kMaxBodyBytes = 256 * 1024;

    static QHttpServerResponse
    json(const QJsonObject &body,
         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
    static QHttpServerResponse error(QHttpServerResponse::StatusCode status,
                                     const QString &message);
    /// The request's JSON object body, or the 4xx answer to send instead.
    static Result<QJsonObject> body(const QHttpServerRequest &request);
    /// The request's application/x-www-form-urlencoded body, or the 4xx answer.
    static Result<QUrlQuery> form(const QHttpServerRequest &request);
    static QHttpServerResponse refuse(const Error &error);
    /// The value of a header that comes once (apikey, Authorization, Content-Type), trimmed;
    /// empty when absent. Sent twice is a 400: which copy counts would depend on who reads it.
    static Result<QByteArray> header(const QHttpServerRequest &request, const QByteArray &name);

private:
    static Status contentType(const QHttpServerRequest &request, QByteArrayView expected);
};

} // namespace vcdesk
