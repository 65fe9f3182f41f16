#pragma once

#include "core/common/Result.h"
#include "core/credential/Credential.h"
#include "core/crypto/PrivateKey.h"
#include "core/jsonld/DocumentLoader.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/ValidationReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vcdesk {

class DataIntegritySuite;

/// Embedded Data Integrity proofs (W3C VC Data Integrity) of the cryptosuites
/// DataIntegritySuite names: the document and the proof options in canonical form (JCS, or
/// JSON-LD expanded to RDF and put in RDFC-1.0 form with the contexts the loader has), a hash
/// of each, the signature over the two hashes, the key taken from the DID document and bound
/// to the proof purpose. Every proof of a set is checked; a proof that follows others
/// (`previousProof`, a chain) signs them too. A context that cannot be had, or terms defined
/// inline (only contexts known by their address are trusted for what a term means), make the
/// check unknown; anything JSON-LD would drop (a term no context defines) makes it fail: it
/// would be shown but not signed. Every other suite (BbsBlsSignature2020,
/// Ed25519Signature2018, ...) is reported as unknown, never as valid.
class DataIntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(DataIntegrityCheck)
public:
    static void run(const Credential &credential, const InspectOptions &options,
                    ValidationReport &report, QJsonObject *signer, PublicKey *signerKey = nullptr);

    /// The bytes a proof of `suite` by a key of type `key` signs: hash(canonical proof
    /// options) || hash(canonical document without its proof, or with the proofs this one
    /// follows). Fails when the proof's @context is not a prefix of the document's, when it
    /// follows a proof the document does not carry, and (RDFC) when a context is defined
    /// inline. `loader` empty: the bundled contexts.
    static Result<QByteArray> hashData(const DataIntegritySuite &suite, KeyType key,
                                       const QJsonObject &securedDocument, const QJsonObject &proof,
                                       const DocumentLoader &loader = {});
    /// The proof's own times: "expires" passed (beyond the clock skew) or "created" in the
    /// future fail, and so does either when it is not a date and time.
    static Status checkProofTimes(const QJsonObject &proof, const InspectOptions &options);
    /// Verifies one proof of `securedDocument` with `key`: its suite must be one vcdesk knows
    /// ("di.suite") and take this kind of key ("di.key_type").
    static Status verifyProof(const QJsonObject &securedDocument, const QJsonObject &proof,
                              const PublicKey &key, const DocumentLoader &loader = {});

    /// The document without its proof, and the proof options without proofValue, each with
    /// the @context the proof was made under (what hashData canonicalizes).
    static Result<QPair<QJsonObject, QJsonObject>>
    documentAndOptions(const QJsonObject &securedDocument, const QJsonObject &proof);

private:
    static Result<QByteArray> proofSignature(const QJsonObject &proof);
    /// The proofs `proof` names in previousProof, from the document's own ("di.previous_proof"
    /// when one is not there); empty when it names none.
    static Result<QJsonArray> previousProofs(const QJsonObject &securedDocument,
                                             const QJsonObject &proof);
    /// Every @context of the document is an address (no inline definitions, none nested but
    /// those of its proofs and of a presentation's credentials): di.inline_context otherwise.
    static Status checkContextsArePinned(const QJsonObject &securedDocument);
};

} // namespace vcdesk
