#include "core/kiosk/ScannedText.h"

#include "core/jose/CompactJws.h"
#include "core/jose/SdJwt.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace vcdesk {

namespace {

Error refused(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

bool hasType(const QJsonObject &object, const QString &type)
{
    const QJsonValue value = object.value(QStringLiteral("type"));
    return value.toString() == type || value.toArray().contains(type);
}

/// Whether the claims of a JWT make it a presentation, a credential, or neither.
std::optional<ScannedText::Kind> jwtKind(const CompactJws &jws, const QJsonObject &claims)
{
    const QString typ = jws.type().toLower();
    if (claims.value(QStringLiteral("vp")).isObject() || typ == QLatin1String("vp+jwt") ||
        hasType(claims, QStringLiteral("VerifiablePresentation")))
        return ScannedText::Kind::VpJwt;
    if (claims.value(QStringLiteral("vc")).isObject() || typ == QLatin1String("vc+jwt") ||
        hasType(claims, QStringLiteral("VerifiableCredential")))
        return ScannedText::Kind::JwtVc;
    return std::nullopt;
}

} // namespace

QString ScannedText::kindName(Kind kind)
{
    switch (kind) {
    case Kind::JwtVc:
        return tr("JWT-VC");
    case Kind::SdJwtVc:
        return tr("SD-JWT VC");
    case Kind::VpJwt:
        return tr("presentation");
    case Kind::Link:
        break;
    }
    return tr("link");
}

Result<ScannedText> ScannedText::read(QByteArrayView text, qsizetype maxBytes)
{
    if (text.size() > maxBytes)
        return refused("kiosk.scan.too_large",
                       tr("The code holds %1 bytes, more than the %2 a credential may have here.")
                           .arg(text.size())
                           .arg(maxBytes));
    text = text.trimmed();
    if (text.isEmpty())
        return refused("kiosk.scan.empty", tr("The code holds no text."));
    const QByteArray bytes = text.toByteArray();
    const QByteArray lower = bytes.left(16).toLower();

    ScannedText out;
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
        const QUrl url(QString::fromUtf8(bytes), QUrl::StrictMode);
        if (bytes.size() > kMaxLinkChars || !url.isValid() || url.host().isEmpty() ||
            !url.userInfo().isEmpty())
            return refused("kiosk.scan.bad_link",
                           tr("The code holds a link this kiosk cannot use."));
        out.kind = Kind::Link;
        out.link = url;
        return out;
    }
    const qsizetype colon = bytes.indexOf(':');
    if (colon > 0 && colon < 16 && !bytes.left(colon).contains('.') &&
        (bytes.mid(colon, 3) == "://" || lower.startsWith("openid")))
        return refused("kiosk.scan.request_link",
                       tr("The code is a link for a wallet (such as a presentation request), not "
                          "a credential: show the kiosk the credential itself."));
    if (bytes.startsWith('{') || bytes.startsWith('['))
        return refused("kiosk.scan.unsupported",
                       tr("The code holds JSON; this kiosk reads JWT and SD-JWT credentials."));

    if (SdJwt::looksLikeSdJwt(bytes)) {
        auto sdJwt = SdJwt::parse(bytes);
        if (!sdJwt)
            return refused("kiosk.scan.unrecognized",
                           tr("The code looks like an SD-JWT but cannot be read: %1")
                               .arg(sdJwt.error().message));
        out.kind = Kind::SdJwtVc;
        out.token = bytes;
        return out;
    }
    auto jws = CompactJws::parse(bytes);
    if (!jws)
        return refused("kiosk.scan.unrecognized",
                       tr("The code holds no credential this kiosk can read."));
    auto claims = jws->payloadObject();
    const auto kind = claims ? jwtKind(jws.value(), claims.value()) : std::nullopt;
    if (!kind)
        return refused("kiosk.scan.not_a_credential",
                       tr("The code holds a signed token that is not a credential or a "
                          "presentation."));
    out.kind = *kind;
    out.token = bytes;
    return out;
}

} // namespace vcdesk
