#include "core/did/PrismDid.h"

#include "core/codec/Base64Url.h"
#include "core/codec/ProtobufReader.h"
#include "core/crypto/Digest.h"

#include <QSet>

namespace vcdesk {

namespace {

using Wire = ProtobufField::WireType;

Error invalid(const QString &why)
{
    return Error{QStringLiteral("did.prism.invalid"),
                 PrismDid::tr("invalid did:prism: %1").arg(why)};
}

/// Finds the single length-delimited field `number` in a message (AtalaOperation and
/// CreateDIDOperation wrap one message each).
Result<QByteArrayView> onlyMessage(QByteArrayView data, quint32 number, const char *what)
{
    ProtobufReader reader(data);
    std::optional<QByteArrayView> found;
    while (!reader.atEnd()) {
        auto field = reader.next();
        if (!field)
            return invalid(field.error().message);
        if (field->fieldNumber == number) {
            if (field->wireType != Wire::LengthDelimited)
                return invalid(PrismDid::tr("%1 has the wrong wire type").arg(QLatin1String(what)));
            found = field->bytes;
        }
    }
    if (!found)
        return invalid(PrismDid::tr("the operation has no %1").arg(QLatin1String(what)));
    return *found;
}

} // namespace

QString PrismKey::usageName() const
{
    switch (usage) {
    case Usage::Master:
        return QStringLiteral("MASTER_KEY");
    case Usage::Issuing:
        return QStringLiteral("ISSUING_KEY");
    case Usage::KeyAgreement:
        return QStringLiteral("KEY_AGREEMENT_KEY");
    case Usage::Authentication:
        return QStringLiteral("AUTHENTICATION_KEY");
    case Usage::Revocation:
        return QStringLiteral("REVOCATION_KEY");
    case Usage::CapabilityInvocation:
        return QStringLiteral("CAPABILITY_INVOCATION_KEY");
    case Usage::CapabilityDelegation:
        return QStringLiteral("CAPABILITY_DELEGATION_KEY");
    case Usage::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN_KEY");
}

QString PrismKey::relationship() const
{
    switch (usage) {
    case Usage::Issuing:
        return QStringLiteral("assertionMethod");
    case Usage::KeyAgreement:
        return QStringLiteral("keyAgreement");
    case Usage::Authentication:
        return QStringLiteral("authentication");
    case Usage::CapabilityInvocation:
        return QStringLiteral("capabilityInvocation");
    case Usage::CapabilityDelegation:
        return QStringLiteral("capabilityDelegation");
    default:
        return {};
    }
}

Result<PrismDid> PrismDid::decode(const QString &msid)
{
    const QStringList parts = msid.split(QLatin1Char(':'));
    if (parts.size() == 1)
        return Error{QStringLiteral("did.prism.short_form"),
                     tr("a short-form did:prism can only be resolved by a PRISM node; vcdesk "
                        "reads long-form DIDs offline")};
    if (parts.size() != 2)
        return invalid(tr("expected <hash>:<encoded state>"));
    PrismDid did;
    did.m_hash = parts[0];
    if (did.m_hash.size() != 64)
        return invalid(tr("the hash part must be 64 hex characters"));
    if (parts[1].size() > kMaxEncodedState)
        return invalid(tr("the encoded state is larger than %1 characters").arg(kMaxEncodedState));
    auto state = Base64Url::decode(parts[1].toLatin1());
    if (!state)
        return invalid(state.error().message);
    const QString digest = QString::fromLatin1(Digest::sha256(state.value()).toHex());
    if (digest != did.m_hash)
        return Error{QStringLiteral("did.prism.hash_mismatch"),
                     tr("the DID's hash does not match its encoded creation operation "
                        "(expected %1)")
                         .arg(digest)};

    auto create = onlyMessage(state.value(), 1, "create_did operation");
    if (!create)
        return create.error();
    auto data = onlyMessage(create.value(), 1, "did_data");
    if (!data)
        return data.error();
    if (auto read = did.readCreationData(data.value()); !read)
        return read.error();

    QSet<QString> ids;
    bool hasMaster = false;
    for (const PrismKey &key : did.m_keys) {
        if (ids.contains(key.id))
            return invalid(tr("key id \"%1\" is used twice").arg(key.id.left(64)));
        ids.insert(key.id);
        hasMaster = hasMaster || (key.usage == PrismKey::Usage::Master &&
                                  key.curve == QLatin1String("secp256k1"));
    }
    if (!hasMaster)
        return invalid(tr("the creation operation has no secp256k1 master key"));
    return did;
}

Status PrismDid::readCreationData(QByteArrayView data)
{
    ProtobufReader reader(data);
    while (!reader.atEnd()) {
        auto field = reader.next();
        if (!field)
            return invalid(field.error().message);
        if (field->wireType != Wire::LengthDelimited)
            continue;
        if (field->fieldNumber == 2) {
            if (m_keys.size() >= 64)
                return invalid(tr("more than 64 keys"));
            if (auto key = readPublicKey(field->bytes); !key)
                return key;
        } else if (field->fieldNumber == 3) {
            auto id = onlyMessage(field->bytes, 1, "service id");
            if (id)
                m_serviceIds << QString::fromUtf8(id->toByteArray());
        } else if (field->fieldNumber == 4) {
            m_contexts << QString::fromUtf8(field->bytes.toByteArray());
        }
    }
    return {};
}

Status PrismDid::readPublicKey(QByteArrayView data)
{
    PrismKey key;
    QByteArray x, y;
    ProtobufReader reader(data);
    while (!reader.atEnd()) {
        auto field = reader.next();
        if (!field)
            return invalid(field.error().message);
        if (field->fieldNumber == 1 && field->wireType == Wire::LengthDelimited) {
            key.id = QString::fromUtf8(field->bytes.toByteArray());
        } else if (field->fieldNumber == 2 && field->wireType == Wire::Varint) {
            key.usage =
                field->number <= 7 ? PrismKey::Usage(field->number) : PrismKey::Usage::Unknown;
        } else if ((field->fieldNumber == 8 || field->fieldNumber == 9) &&
                   field->wireType == Wire::LengthDelimited) {
            const bool compressed = field->fieldNumber == 9;
            ProtobufReader inner(field->bytes);
            while (!inner.atEnd()) {
                auto part = inner.next();
                if (!part)
                    return invalid(part.error().message);
                if (part->wireType != Wire::LengthDelimited)
                    continue;
                if (part->fieldNumber == 1)
                    key.curve = QString::fromUtf8(part->bytes.toByteArray());
                else if (part->fieldNumber == 2)
                    x = part->bytes.toByteArray();
                else if (part->fieldNumber == 3 && !compressed)
                    y = part->bytes.toByteArray();
            }
            key.rawKey = compressed ? x : (y.isEmpty() ? x : QByteArray(1, '\x04') + x + y);
        }
    }
    if (key.id.isEmpty())
        return invalid(tr("a key has no id"));
    if (key.rawKey.isEmpty())
        return invalid(tr("key \"%1\" has no key data").arg(key.id.left(64)));
    if (key.curve == QLatin1String("secp256k1") || key.curve == QLatin1String("Ed25519")) {
        const KeyType type =
            key.curve == QLatin1String("Ed25519") ? KeyType::Ed25519 : KeyType::Secp256k1;
        auto pub = PublicKey::fromEncoded(type, key.rawKey);
        if (!pub)
            return invalid(tr("key \"%1\": %2").arg(key.id.left(64), pub.error().message));
        key.key = pub.value();
    }
    m_keys.append(key);
    return {};
}

} // namespace vcdesk
