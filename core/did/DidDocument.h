#pragma once

#include "core/common/Result.h"
#include "core/crypto/PublicKey.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace vcdesk {

/// One verification method of a DID document. `key` is set when the method carries a
/// signature key vcdesk can use (publicKeyJwk or publicKeyMultibase/Base58 of a supported
/// curve); otherwise `keyProblem` says why not.
struct VerificationMethod
{
    QString id; // absolute DID URL
    QString type;
    QString controller;
    std::optional<PublicKey> key;
    QString keyProblem;
    /// The error code behind keyProblem (e.g. "multikey.unsupported" for a curve vcdesk lacks).
    QString keyProblemCode;
    QJsonObject json;
    /// The relationships that reference this method, in relationshipNames() order.
    QStringList relationships;
    /// The same joined with ", ", as messages list them.
    QString relationshipsText;
    /// Where a key from this method comes from, as reports name a signer: {"source": "did",
    /// "did", "keyId", "relationships"}. Built once when the document is read: a batch
    /// verifies many tokens against one cached document, and building this object per token
    /// cost more than a tenth of a signature check.
    QJsonObject provenance;
};

/// A resolved DID document: its verification methods and which relationships
/// (authentication, assertionMethod, keyAgreement, capabilityInvocation,
/// capabilityDelegation) reference them.
class DidDocument
{
    Q_DECLARE_TR_FUNCTIONS(DidDocument)
public:
    static inline const QString kAuthentication = QStringLiteral("authentication");
    static inline const QString kAssertionMethod = QStringLiteral("assertionMethod");
    static inline const QString kKeyAgreement = QStringLiteral("keyAgreement");
    static inline const QString kCapabilityInvocation = QStringLiteral("capabilityInvocation");
    static inline const QString kCapabilityDelegation = QStringLiteral("capabilityDelegation");
    static QStringList relationshipNames();

    /// Reads a DID document; its "id" must equal `expectedDid` (a document for another DID
    /// is refused, since it could redirect trust).
    static Result<DidDocument> fromJson(const QJsonObject &json, const QString &expectedDid);

    const QString &id() const { return m_id; }
    const QList<VerificationMethod> &methods() const { return m_methods; }
    const QJsonObject &json() const { return m_json; }

    /// The method with this id; relative references ("#key-1") are resolved against id().
    const VerificationMethod *method(const QString &idOrFragment) const;
    /// Methods referenced by a relationship, in document order.
    QList<const VerificationMethod *> methodsFor(const QString &relationship) const;
    /// Relationships that reference the method with this id.
    QStringList relationshipsOf(const QString &methodId) const;

    /// Set by resolvers whose document may be incomplete (e.g. a long-form did:prism read
    /// offline does not know later updates); empty when the document is authoritative.
    const QString &caveat() const { return m_caveat; }
    void setCaveat(const QString &caveat) { m_caveat = caveat; }

private:
    QString absolute(const QString &reference) const;
    QStringList scanRelationships(const QString &absoluteId) const;

    QString m_id;
    QList<VerificationMethod> m_methods;
    QHash<QString, QStringList> m_relationships; // name -> method ids
    QJsonObject m_json;
    QString m_caveat;
};

} // namespace vcdesk
