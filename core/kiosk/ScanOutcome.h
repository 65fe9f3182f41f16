#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace vcdesk {

/// What the kiosk concluded of one code a person showed it (ScannedCredential).
///
/// Never "presented": nothing shown as a QR code answers a fresh challenge of this kiosk, so
/// even a verified one may be a copy of someone else's. `shownNotPresented` is therefore
/// always set, and every view must say so next to the verdict (ScannedCredential::
/// shownNotPresentedNote() has the words).
struct ScanOutcome
{
    bool verified = false;
    bool shownNotPresented = true;
    /// "kiosk.scan.verified", or why not ("kiosk.scan.bad_signature", "kiosk.scan.revoked", ...).
    QString code;
    /// Why not, in words (empty when verified). Parts come from the token: escape to show.
    QString reason;
    QString kind;       // ScannedText::kindName
    QString format;     // the inspection's format: jwt_vc_json, dc+sd-jwt, jwt_vp_json, ...
    QString issuer;     // of the credential (the first one of a presentation)
    QString issuerName; // from the trust list
    /// The subject claims when verified (a JWT-VC's credentialSubject, an SD-JWT VC's disclosed
    /// claims, the first credential's of a presentation); empty otherwise.
    QJsonObject claims;
    /// [{"name", "outcome"}, ...], a presentation's own first, then its credentials' with
    /// "of": "credential 1", ...
    QJsonArray checks;
};

} // namespace vcdesk
