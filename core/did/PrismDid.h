#pragma once

#include "core/common/Result.h"
#include "core/crypto/PublicKey.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace vcdesk {

/// One key of a did:prism creation operation, with its PRISM usage.
struct PrismKey
{
    enum class Usage {
        Unknown = 0,
        Master = 1,
        Issuing = 2,
        KeyAgreement = 3,
        Authentication = 4,
        Revocation = 5,
        CapabilityInvocation = 6,
        CapabilityDelegation = 7,
    };

    QString id;
    Usage usage = Usage::Unknown;
    QString curve;
    std::optional<PublicKey> key; // set for signature curves (secp256k1, Ed25519)
    QByteArray rawKey;            // the key bytes as encoded in the operation

    QString usageName() const;
    /// The DID document relationship for the usage, or empty for master/revocation keys,
    /// which the PRISM method keeps out of the document.
    QString relationship() const;
};

/// A long-form did:prism (did:prism:<sha256 hex>:<base64url AtalaOperation>) decoded
/// offline: the protobuf creation operation is read and its SHA-256 checked against the DID.
class PrismDid
{
    Q_DECLARE_TR_FUNCTIONS(PrismDid)
public:
    static constexpr qsizetype kMaxEncodedState = 16 * 1024;

    static Result<PrismDid> decode(const QString &methodSpecificId);

    const QString &canonicalHash() const { return m_hash; }
    const QList<PrismKey> &keys() const { return m_keys; }
    const QStringList &serviceIds() const { return m_serviceIds; }
    const QStringList &contexts() const { return m_contexts; }

private:
    Status readCreationData(QByteArrayView data);
    Status readPublicKey(QByteArrayView data);

    QString m_hash;
    QList<PrismKey> m_keys;
    QStringList m_serviceIds;
    QStringList m_contexts;
};

} // namespace vcdesk
