#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace vcdesk {

/// One HTTP request as the services' clients describe it. `idempotent` decides whether a
/// failed attempt may be repeated: true for GET, PUT and DELETE, false for POST unless the
/// caller knows the POST only reads (the verifier's auth-status query, for one).
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType; // set with a body, e.g. "application/json"
    bool idempotent = true;
    bool followRedirects = true; // only ever to the same scheme, host and port
    /// A 4xx answer comes back as an HttpResponse (status, body, headers) for the caller to
    /// read, instead of an Error: OAuth's errors (invalid_grant, use_dpop_nonce with its
    /// DPoP-Nonce header) are part of the protocol. 5xx and network failures stay Errors.
    bool clientErrorsAsResponses = false;

    static HttpRequest get(const QUrl &url)
    {
        HttpRequest request;
        request.url = url;
        return request;
    }
    static HttpRequest postJson(const QUrl &url, const QByteArray &json)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = url;
        request.body = json;
        request.contentType = "application/json";
        request.idempotent = false;
        return request;
    }
    /// An OAuth endpoint's form POST (token, pushed authorization request): not repeated
    /// (it may spend a code), not redirected, JSON asked for, and 4xx answers read as the
    /// protocol's errors.
    static HttpRequest oauthForm(const QUrl &url, const QByteArray &formBody)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = url;
        request.body = formBody;
        request.contentType = "application/x-www-form-urlencoded";
        request.idempotent = false;
        request.followRedirects = false;
        request.clientErrorsAsResponses = true;
        request.headers.append(QPair<QByteArray, QByteArray>{"Accept", "application/json"});
        return request;
    }
};

} // namespace vcdesk
