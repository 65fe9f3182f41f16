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
/// - ecdsa-jcs-2019, ecdsa-rdfc-2019 (W3C vc-di-ecdsa): P-256 keys with SHA-256. P-384 (with
///   SHA-384) is not among vcdesk's key types yet: such a proof cannot be checked (unknown).
///   A secp256k1 key is not one these suites allow: the proof fails.
class DataIntegritySuite
{
    Q_DECLARE_TR_FUNCTIONS(DataIntegritySuite)
public:
    enum class Canonicalization { Jcs, Rdfc };

    QString name;
    Canonicalization canonicalization = Canonicalization::Jcs;
    bool ecdsa = false;

    /// The suite of a proof, or nullptr when vcdesk does not verify it (another proof type,
    /// another or no cryptosuite).
    static const DataIntegritySuite *of(const QJsonObject &proof);
    /// Every suite vcdesk verifies, by name.
    static QStringList names();

    /// Whether `type` may sign under this suite ("di.key_type" otherwise).
    Status acceptsKey(KeyType type) const;
    /// The hash of the proof configuration and of the document for a key of `type`.
    static QByteArray hash(KeyType type, QByteArrayView data);
};

} // namespace vcdesk
