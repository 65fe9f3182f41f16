#include "core/oid4vp/AuthorizationRequestUri.h"

#include "core/codec/FormUrlEncoding.h"

namespace vcdesk {

namespace {

const QStringList kSchemes{QStringLiteral("openid4vp"), QStringLiteral("haip-vp"),
                           QStringLiteral("openid-vc"), QStringLiteral("openid"),
                           QStringLiteral("https")};

Error invalid(const QString &code, const QString &message)
{
    return Error{QStringLiteral("oid4vp.") + code, message};
}

} // namespace

Result<AuthorizationRequestUri> AuthorizationRequestUri::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(QStringLiteral("empty"), tr("there is no request to read"));
    if (text.size() > kMaxLength)
        return invalid(QStringLiteral("too_large"),
                       tr("the request is longer than %1 KiB").arg(kMaxLength / 1024));
    for (const QChar c : text)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return invalid(QStringLiteral("malformed"),
                           tr("the request contains spaces, control or non-ASCII characters"));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return invalid(QStringLiteral("malformed"), tr("this is not a URI"));
    if (scheme.isEmpty())
        return invalid(QStringLiteral("scheme"),
                       tr("\"%1\" has no scheme: a presentation request starts with "
                          "openid4vp://, haip-vp://, openid-vc://, openid: or https://")
                           .arg(text.left(60)));
    if (scheme == QLatin1String("file"))
        return invalid(QStringLiteral("scheme"),
                       tr("a file: URL is not a presentation request (to check a file, use "
                          "vcdesk inspect FILE)"));
    if (!kSchemes.contains(scheme))
        return invalid(QStringLiteral("scheme"),
                       tr("\"%1:\" is not a presentation request (expected openid4vp://, "
                          "haip-vp://, openid-vc://, openid: or an https link)")
                           .arg(scheme.left(40)));
    if (url.hasFragment())
        return invalid(QStringLiteral("malformed"), tr("the request has a fragment"));

    AuthorizationRequestUri request;
    request.m_scheme = scheme;
    // Read as a form (RFC 6749 appendix B): '+' is a space. QUrlQuery keeps it a '+'.
    auto pairs = FormUrlEncoding::decode(url.query(QUrl::FullyEncoded).toLatin1());
    if (!pairs)
        return invalid(
            QStringLiteral("malformed"),
            tr("the request's parameters cannot be read: %1").arg(pairs.error().message));
    for (const auto &[key, value] : pairs.value()) {
        if (key.isEmpty())
            return invalid(QStringLiteral("malformed"), tr("a parameter has no name"));
        if (request.m_parameters.contains(key))
            return invalid(QStringLiteral("duplicate_parameter"),
                           tr("the parameter %1 appears more than once").arg(key.left(40)));
        request.m_parameters.insert(key, value);
    }
    const auto &p = request.m_parameters;
    request.m_clientId = p.value(QStringLiteral("client_id"));
    const bool byReference = p.contains(QStringLiteral("request_uri"));
    const bool signedByValue = p.contains(QStringLiteral("request"));
    if (byReference && signedByValue)
        return invalid(QStringLiteral("invalid_request"),
                       tr("the request has both request and request_uri"));
    if (byReference) {
        request.m_kind = Kind::ByReference;
        request.m_requestUri = QUrl(p.value(QStringLiteral("request_uri")), QUrl::StrictMode);
        const QString target = request.m_requestUri.scheme();
        if (!request.m_requestUri.isValid() || request.m_requestUri.host().isEmpty() ||
            (target != QLatin1String("https") && target != QLatin1String("http")) ||
            !request.m_requestUri.userInfo().isEmpty() || request.m_requestUri.hasFragment())
            return invalid(QStringLiteral("request_uri"),
                           tr("request_uri is not an absolute https URL"));
        if (p.contains(QStringLiteral("request_uri_method"))) {
            request.m_requestUriMethod = p.value(QStringLiteral("request_uri_method"));
            if (request.m_requestUriMethod != QLatin1String("get") &&
                request.m_requestUriMethod != QLatin1String("post"))
                return invalid(QStringLiteral("invalid_request"),
                               tr("request_uri_method is get or post, not \"%1\"")
                                   .arg(request.m_requestUriMethod.left(20)));
        }
        return request;
    }
    if (p.contains(QStringLiteral("request_uri_method")))
        return invalid(QStringLiteral("invalid_request"),
                       tr("request_uri_method without request_uri"));
    if (signedByValue) {
        request.m_kind = Kind::SignedByValue;
        request.m_requestJwt = p.value(QStringLiteral("request"));
        if (request.m_requestJwt.count(QLatin1Char('.')) != 2)
            return invalid(QStringLiteral("invalid_request"),
                           tr("request is not a signed JWT (three dot-separated parts)"));
        return request;
    }
    request.m_kind = Kind::ParametersByValue;
    for (const char *required : {"client_id", "response_type", "nonce"})
        if (p.value(QLatin1String(required)).isEmpty())
            return invalid(QStringLiteral("missing_parameter"),
                           tr("the request has no %1 (nor a request_uri or request)")
                               .arg(QLatin1String(required)));
    return request;
}

} // namespace vcdesk
