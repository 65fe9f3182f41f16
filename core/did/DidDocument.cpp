#include "core/did/DidDocument.h"

#include "core/did/DidUrl.h"

#include "core/codec/Multibase.h"
#include "core/crypto/Jwk.h"
#include "core/did/Multikey.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

namespace vcdesk {

namespace {

Result<PublicKey> keyFromBase58(const QString &type, const QString &text)
{
    auto raw = Multibase::decodeBase58(text.toLatin1());
    if (!raw)
        return raw.error();
    if (type.startsWith(QLatin1String("Ed25519")))
        return PublicKey::fromEncoded(KeyType::Ed25519, raw.value());
    if (type.startsWith(QLatin1String("EcdsaSecp256k1")))
        return PublicKey::fromEncoded(KeyType::Secp256k1, raw.value());
    if (type == QLatin1String("P256Key2021") ||
        type == QLatin1String("EcdsaSecp256r1VerificationKey2019"))
        return PublicKey::fromEncoded(KeyType::P256, raw.value());
    return Error{QStringLiteral("did.unsupported_key"),
                 DidDocument::tr("publicKeyBase58 of type %1 is not a supported signature key")
                     .arg(type.left(64))};
}

/// Members that carry a private key in the wild (Multikey's secretKeyMultibase, and the
/// privateKey* forms some libraries write next to the public one).
constexpr std::array kPrivateKeyMembers{"secretKeyMultibase", "privateKeyMultibase",
                                        "privateKeyJwk",      "privateKeyBase58",
                                        "privateKeyHex",      "privateKeyPem"};

VerificationMethod readMethod(const QJsonObject &json, const QString &id)
{
    VerificationMethod vm;
    vm.id = id;
    vm.type = json.value(QStringLiteral("type")).toString();
    vm.controller = json.value(QStringLiteral("controller")).toString();
    vm.json = json;
    Result<PublicKey> key = Error{QStringLiteral("did.no_key"),
                                  DidDocument::tr("the method carries no public key vcdesk reads")};
    // A published private key lets anyone sign as this DID: nothing it signs is proof.
    const QJsonObject jwk = json.value(QStringLiteral("publicKeyJwk")).toObject();
    const bool privateMember =
        Jwk::hasPrivatePart(jwk) ||
        std::any_of(kPrivateKeyMembers.begin(), kPrivateKeyMembers.end(),
                    [&](const char *member) { return json.contains(QLatin1String(member)); });
    if (privateMember) {
        key = Error{QStringLiteral("did.private_key_published"),
                    DidDocument::tr("the method publishes private key material; refusing its key")};
    } else if (json.value(QStringLiteral("publicKeyJwk")).isObject()) {
        // Only a key meant for signatures ("use", "key_ops", "alg"): DID keys here only
        // ever verify, and one published for encryption must not vouch for anything.
        key = Jwk::toVerificationKey(jwk);
    } else if (json.value(QStringLiteral("publicKeyMultibase")).isString()) {
        auto decoded = Multibase::decode(
            json.value(QStringLiteral("publicKeyMultibase")).toString().toLatin1());
        key = decoded ? Multikey::decode(decoded.value()) : Result<PublicKey>(decoded.error());
    } else if (json.value(QStringLiteral("publicKeyBase58")).isString()) {
        key = keyFromBase58(vm.type, json.value(QStringLiteral("publicKeyBase58")).toString());
    }
    if (key)
        vm.key = key.value();
    else {
        vm.keyProblem = key.error().message;
        vm.keyProblemCode = key.error().code;
    }
    return vm;
}

} // namespace

QStringList DidDocument::relationshipNames()
{
    return {kAuthentication, kAssertionMethod, kKeyAgreement, kCapabilityInvocation,
            kCapabilityDelegation};
}

QString DidDocument::absolute(const QString &reference) const
{
    if (reference.startsWith(QLatin1Char('#')))
        return m_id + reference;
    return reference;
}

Result<DidDocument> DidDocument::fromJson(const QJsonObject &json, const QString &expectedDid)
{
    DidDocument doc;
    doc.m_json = json;
    doc.m_id = json.value(QStringLiteral("id")).toString();
    if (doc.m_id != expectedDid)
        return Error{QStringLiteral("did.document_id_mismatch"),
                     tr("the DID document is for \"%1\", not for the DID that was resolved")
                         .arg(doc.m_id.left(120))};

    QSet<QString> seen;
    auto addMethod = [&](const QJsonObject &vmJson) -> Status {
        const QString id = doc.absolute(vmJson.value(QStringLiteral("id")).toString());
        if (id.isEmpty())
            return Error{QStringLiteral("did.document_invalid"),
                         tr("a verification method has no id")};
        if (seen.contains(id))
            return Error{QStringLiteral("did.document_invalid"),
                         tr("verification method %1 appears twice").arg(id.left(120))};
        seen.insert(id);
        VerificationMethod method = readMethod(vmJson, id);
        // A document speaks for its own DID only: a method it names with another DID's key id
        // ("did:key:victim#key") is never that key, whatever material it carries.
        if (DidUrl::didOf(id) != doc.m_id) {
            method.key.reset();
            method.keyProblem = tr("the method's id belongs to another DID");
        }
        doc.m_methods.append(method);
        return {};
    };

    const QJsonValue methods = json.value(QStringLiteral("verificationMethod"));
    if (!methods.isUndefined() && !methods.isArray())
        return Error{QStringLiteral("did.document_invalid"),
                     tr("\"verificationMethod\" must be an array")};
    for (const QJsonValue &vm : methods.toArray()) {
        if (!vm.isObject())
            return Error{QStringLiteral("did.document_invalid"),
                         tr("a verification method is not an object")};
        if (auto added = addMethod(vm.toObject()); !added)
            return added.error();
    }
    for (const QString &name : relationshipNames()) {
        const QJsonValue refs = json.value(name);
        if (refs.isUndefined())
            continue;
        if (!refs.isArray())
            return Error{QStringLiteral("did.document_invalid"),
                         tr("\"%1\" must be an array").arg(name)};
        QStringList ids;
        for (const QJsonValue &ref : refs.toArray()) {
            if (ref.isString()) {
                ids << doc.absolute(ref.toString());
            } else if (ref.isObject()) {
                // Embedded methods belong to this relationship only, but are still methods.
                const QString id =
                    doc.absolute(ref.toObject().value(QStringLiteral("id")).toString());
                if (!seen.contains(id)) {
                    if (auto added = addMethod(ref.toObject()); !added)
                        return added.error();
                }
                ids << id;
            } else {
                return Error{QStringLiteral("did.document_invalid"),
                             tr("\"%1\" holds something that is neither a reference nor a method")
                                 .arg(name)};
            }
        }
        doc.m_relationships.insert(name, ids);
    }
    for (VerificationMethod &vm : doc.m_methods) {
        vm.relationships = doc.scanRelationships(vm.id);
        vm.relationshipsText = vm.relationships.join(QStringLiteral(", "));
        vm.provenance = QJsonObject{
            {QStringLiteral("source"), QStringLiteral("did")},
            {QStringLiteral("keyId"), vm.id},
            {QStringLiteral("did"), doc.m_id},
            {QStringLiteral("relationships"), QJsonArray::fromStringList(vm.relationships)}};
    }
    return doc;
}

const VerificationMethod *DidDocument::method(const QString &idOrFragment) const
{
    const QString id = absolute(idOrFragment);
    for (const VerificationMethod &vm : m_methods) {
        if (vm.id == id)
            return &vm;
    }
    return nullptr;
}

QList<const VerificationMethod *> DidDocument::methodsFor(const QString &relationship) const
{
    QList<const VerificationMethod *> out;
    for (const QString &id : m_relationships.value(relationship)) {
        if (const VerificationMethod *vm = method(id))
            out << vm;
    }
    return out;
}

QStringList DidDocument::relationshipsOf(const QString &methodId) const
{
    if (const VerificationMethod *vm = method(methodId))
        return vm->relationships;
    // A relationship may name a method the document does not define.
    return scanRelationships(absolute(methodId));
}

QStringList DidDocument::scanRelationships(const QString &id) const
{
    QStringList out;
    for (const QString &name : relationshipNames()) {
        if (m_relationships.value(name).contains(id))
            out << name;
    }
    return out;
}

} // namespace vcdesk
