#pragma once

#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace vcdesk {

/// What a kiosk's result screen shows for one person: the same shape whether it came from a
/// presentation answered through the verifier service (KioskController) or from a code the
/// person showed the kiosk's camera (KioskScanVerifier).
struct KioskOutcome
{
    struct ShownClaim
    {
        QString label;
        QString value; // untrusted text: shown escaped
    };

    bool verified = false;
    QString title;
    QString reason; // why not, in words; empty when verified
    QString code;
    QString issuer;
    QString issuerName; // from the trust list
    QList<ShownClaim> claims;
    /// Nothing ties the credential to whoever holds it up: it could be a copy.
    bool possiblyCopied = false;
    /// The service said verified; the kiosk's own check did not agree.
    bool notConfirmed = false;
    /// Shown to the camera, not presented to a fresh challenge (always with possiblyCopied).
    bool shownNotPresented = false;
    /// A sentence the screen shows under the verdict (the shown-not-presented caveat).
    QString note;
    QJsonArray checks; // [{"name", "outcome"}] of the kiosk's own verification
};

} // namespace vcdesk

Q_DECLARE_METATYPE(vcdesk::KioskOutcome)
