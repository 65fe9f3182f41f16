#pragma once

#include "core/common/Result.h"
#include "core/crypto/PublicKey.h"
#include "core/did/DidResolver.h"
#include "core/verify/ValidationReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace vcdesk {

class CompactJws;

struct InspectOptions
{
    /// A key the operator trusts (vcdesk inspect --key); otherwise keys come from DIDs.
    std::optional<PublicKey> key;
    /// "Now" for validity checks; invalid means the current time.
    QDateTime at;
    qint64 clockSkewSeconds = 60;
    std::shared_ptr<DidResolver> resolver;
};

/// What inspecting one token found: its decoded parts, the signer, and the checks.
struct Inspection
{
    QString format; // jws, jwt_vc_json, jwt_vp_json
    QJsonObject header;
    QJsonValue payload; // the claims object, or the payload text when it is not JSON
    QJsonObject signer; // keyId, did, relationships, source (empty when unknown)
    ValidationReport report;

    QJsonObject toJson() const;
};

/// Decodes a JWS/JWT, finds who signed it, and runs the checks that apply:
/// SignatureVerification always (first), IssuerIsSigner when the token names an issuer,
/// ValidityPeriod when it carries exp/nbf/iat. Input that is not a JWS at all is an Error
/// ("cannot read"); everything else ends in a report.
///
/// May resolve did:web over the network: run it off the GUI thread.
class JwsInspector
{
    Q_DECLARE_TR_FUNCTIONS(JwsInspector)
public:
    static Result<Inspection> inspect(QByteArrayView input, const InspectOptions &options);

private:
    static void checkSignature(const CompactJws &jws, const QString &issuer,
                               const QString &relationship, const InspectOptions &options,
                               Inspection &out);
    static void checkValidityPeriod(const QJsonObject &claims, const InspectOptions &options,
                                    Inspection &out);
};

} // namespace vcdesk
