#pragma once

#include "core/common/Result.h"
#include "core/crypto/PrivateKey.h"
#include "core/jsonld/DocumentLoader.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// Makes Data Integrity proofs (W3C VC Data Integrity, "add proof"): the proof options are
/// hashed with the document exactly as DataIntegrityCheck hashes them to verify, signed with
/// the key, and the signature becomes the multibase proofValue. Used for the holder's own
/// presentations (eddsa-rdfc-2022 with an Ed25519 key, ecdsa-rdfc-2019 with P-256) and by the
/// local agent and the tests to issue.
class DataIntegritySigner
{
    Q_DECLARE_TR_FUNCTIONS(DataIntegritySigner)
public:
    /// The RDFC-1.0 cryptosuite a key of `type` signs with: eddsa-rdfc-2022 (Ed25519),
    /// ecdsa-rdfc-2019 (P-256, P-384); empty for secp256k1, which no W3C suite takes.
    static QString rdfcSuiteFor(KeyType type);

    /// The proof `key` makes over `document` with these options (type DataIntegrityProof, the
    /// cryptosuite and everything else the proof says; no proofValue). A document that already
    /// carries proofs keeps them: the new proof signs those its previousProof names. The
    /// result is the proof alone; "di.suite" when the options name no suite vcdesk knows,
    /// "di.key_type" when the key does not fit it.
    static Result<QJsonObject> proof(const QJsonObject &document, QJsonObject options,
                                     const PrivateKey &key, const DocumentLoader &loader = {});
    /// `document` with an eddsa-jcs-2022 proof made by `key` as its only proof.
    static Result<QJsonObject> signEddsaJcs2022(const QJsonObject &document,
                                                QJsonObject proofOptions, const PrivateKey &key);
};

} // namespace vcdesk
