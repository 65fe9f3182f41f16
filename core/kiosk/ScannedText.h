#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

namespace vcdesk {

/// What the text of a QR code a person shows the kiosk is, before anything is verified or
/// fetched: a JWT-VC (VC 1.1 "vc" claim, or VC-JWT 2.0 typ vc+jwt), an SD-JWT VC with its
/// disclosures (and perhaps a key-binding JWT), a JWT VP (VC 1.1 "vp" claim, or typ vp+jwt),
/// or an http(s) link to one of these. Pure and cheap: no network, no signature check, safe
/// on the GUI thread and on hostile text.
///
/// Refused, each with its own code: empty text ("kiosk.scan.empty"), text over `maxBytes`
/// ("kiosk.scan.too_large"), a link for a wallet such as openid4vp:// or any other scheme
/// ("kiosk.scan.request_link": the person scanned the wrong way round), an http(s) link
/// without a host or with user info ("kiosk.scan.bad_link"), JSON (JSON-LD credentials are not
/// read from QR codes, "kiosk.scan.unsupported"), a signed token that is no credential or
/// presentation ("kiosk.scan.not_a_credential"), and anything else ("kiosk.scan.unrecognized").
/// Whether a link may be fetched (https, or loopback http when the policy allows it) is
/// decided where it is fetched (ScannedCredential).
class ScannedText
{
    Q_DECLARE_TR_FUNCTIONS(ScannedText)
public:
    enum class Kind { JwtVc, SdJwtVc, VpJwt, Link };

    /// Just above what one QR code holds (2,953 bytes at the lowest error correction): longer
    /// text did not come from a single code.
    static constexpr qsizetype kMaxTextBytes = 3000;
    /// A link's length, far below kMaxTextBytes.
    static constexpr qsizetype kMaxLinkChars = 2000;

    Kind kind = Kind::JwtVc;
    /// The token as shown (trimmed); empty for a link.
    QByteArray token;
    QUrl link;

    static Result<ScannedText> read(QByteArrayView text, qsizetype maxBytes = kMaxTextBytes);
    /// "JWT-VC", "SD-JWT VC", "presentation", "link": for logs and the result screen.
    static QString kindName(Kind kind);
};

} // namespace vcdesk
