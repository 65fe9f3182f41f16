#pragma once

#include "core/common/Result.h"
#include "core/jose/CompactJws.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace vcdesk {

/// One SD-JWT disclosure: [salt, name, value] for an object member, [salt, value] for an
/// array element. `encoded` is the base64url text exactly as received (digests are over it).
struct SdJwtDisclosure
{
    QByteArray encoded;
    QString salt;
    QString name; // empty for array elements
    QJsonValue value;
    bool isArrayElement = false;
};

/// Selective Disclosure JWT (IETF SD-JWT; SD-JWT VC): issuer JWT ~ disclosures ~ [KB-JWT].
///
/// resolveClaims() rebuilds the disclosed claims: every "_sd" digest (sha-256) and array
/// {"...": digest} is matched against the disclosures, recursively; digests with no
/// disclosure are decoys and are dropped; a disclosure no digest refers to, a digest used
/// twice, a disclosed name that already exists, or the reserved names "_sd" and "..." are
/// errors. Limits: the JWS size cap and kMaxDisclosures.
class SdJwt
{
    Q_DECLARE_TR_FUNCTIONS(SdJwt)
public:
    static constexpr qsizetype kMaxDisclosures = 1024;

    static bool looksLikeSdJwt(QByteArrayView text);
    static Result<SdJwt> parse(QByteArrayView text, const JwsLimits &limits = {});

    const CompactJws &issuerJwt() const { return m_issuerJwt; }
    const QList<SdJwtDisclosure> &disclosures() const { return m_disclosures; }
    const std::optional<CompactJws> &keyBindingJwt() const { return m_keyBinding; }
    /// Everything before the KB-JWT, final '~' included: the input of the KB-JWT's sd_hash.
    const QByteArray &presentationWithoutKeyBinding() const { return m_withoutKeyBinding; }

    /// The issuer payload with disclosures applied and "_sd"/"_sd_alg" removed.
    Result<QJsonObject> resolveClaims(const QJsonObject &issuerClaims) const;

    static QByteArray digest(QByteArrayView encodedDisclosure);

private:
    QJsonValue resolve(const QJsonValue &value, int depth, QSet<QByteArray> &used,
                       const QHash<QByteArray, int> &byDigest, Error &error) const;

    CompactJws m_issuerJwt;
    QList<SdJwtDisclosure> m_disclosures;
    std::optional<CompactJws> m_keyBinding;
    QByteArray m_withoutKeyBinding;
};

} // namespace vcdesk
