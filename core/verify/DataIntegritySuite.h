#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeyType.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace vcdesk {

/// A Data Integrity cryptosuite vcdesk verifies (a DataIntegrityProof with one of these
/// `cryptosuite` names): how the document is put in canonical form, which keys may sign,
/// and the hash that goes with the key.
///
/// - eddsa-jcs-2022, eddsa-rdfc-2022 (W3C vc-di-eddsa): Ed25519 keys, SHA-256.
/// - ecdsa-jcs-2019, ecdsa-rdfc-2019 (W3C vc-di-ecdsa): P-256 keys with SHA-256, P-384 keys
///   with SHA-384 (canonicalization keeps SHA-256 inside RDFC-1.0). A secp256k1 key is not one
///   these suites allow: the proof fails.
/// - Ed25519Signature2020 (W3C CCG, the proof type itself): Ed25519 keys, RDFC-1.0 and
///   SHA-256, hashed as eddsa-rdfc-2022 is (proof options with the document's @context).
///   Its context, https://w3id.org/security/suites/ed25519-2020/v1, is one vcdesk carries.
class DataIntegritySuite
{
    Q_DECLARE_TR_FUNCTIONS(DataIntegritySuite)
public:
    enum class Canonicalization { Jcs, Rdfc };

    QString name;
    Canonicalization canonicalization = Canonicalization::Jcs;
    bool ecdsa = false;
    /// A suite older than DataIntegrityProof, named by the proof's `type` itself
    /// (Ed25519Signature2020) rather than by its `cryptosuite`.
    bool namedByProofType = false;

    /// The suite of a proof, or nullptr when vcdesk does not verify it (another proof type,
    /// another or no cryptosuite, or a cryptosuite beside a type that names its own suite).
    static const DataIntegritySuite *of(const QJsonObject &proof);
    /// Every suite vcdesk verifies, by name.
    static QStringList names();

    /// Whether `type` may sign under this suite ("di.key_type" otherwise).
    Status acceptsKey(KeyType type) const;
    /// The hash of the proof configuration and of the document for a key of `type`.
    static QByteArray hash(KeyType type, QByteArrayView data);
};

} // namespace vcdesk
