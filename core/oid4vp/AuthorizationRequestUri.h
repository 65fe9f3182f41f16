#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace vcdesk {

/// What a holder scans or is handed to start a presentation (OpenID4VP): openid4vp://,
/// haip-vp://, openid-vc:// (the profile behind seed 002), openid: with or without "//", or an
/// https link. The request comes by reference (request_uri, fetched with GET or POST), by value
/// as a signed JWT (request), or by value as plain parameters. Parsing is strict: every
/// parameter at most once, request and request_uri never together, request_uri an absolute
/// http(s) URL, by-value requests complete (client_id, response_type, nonce). Whether the
/// request_uri may be fetched is the network policy's decision, not the parser's.
class AuthorizationRequestUri
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizationRequestUri)
public:
    enum class Kind { ByReference, SignedByValue, ParametersByValue };

    static constexpr qsizetype kMaxLength = 64 * 1024;

    static Result<AuthorizationRequestUri> parse(const QString &text);

    Kind kind() const { return m_kind; }
    /// openid4vp, haip-vp, openid-vc, openid or https.
    const QString &scheme() const { return m_scheme; }
    const QUrl &requestUri() const { return m_requestUri; }
    /// "get" (the default) or "post" (with wallet_nonce, OpenID4VP 1.0).
    const QString &requestUriMethod() const { return m_requestUriMethod; }
    const QString &clientId() const { return m_clientId; }
    const QString &requestJwt() const { return m_requestJwt; }
    /// Every parameter, read as a form ('+' is a space, then percent-decoded).
    const QHash<QString, QString> &parameters() const { return m_parameters; }

private:
    Kind m_kind = Kind::ByReference;
    QString m_scheme;
    QUrl m_requestUri;
    QString m_requestUriMethod = QStringLiteral("get");
    QString m_clientId;
    QString m_requestJwt;
    QHash<QString, QString> m_parameters;
};

} // namespace vcdesk
