#include "core/jose/SdJwt.h"

#include "core/codec/Base64Url.h"
#include "core/codec/StrictJson.h"
#include "core/crypto/Digest.h"

#include <QSet>

namespace vcdesk {

namespace {

constexpr int kMaxDepth = 32;

Error invalid(const QString &code, const QString &message)
{
    return Error{code, message};
}

} // namespace

bool SdJwt::looksLikeSdJwt(QByteArrayView text)
{
    return text.contains('~');
}

QByteArray SdJwt::digest(QByteArrayView encodedDisclosure)
{
    return Base64Url::encode(Digest::sha256(encodedDisclosure));
}

Result<SdJwt> SdJwt::parse(QByteArrayView text, const JwsLimits &limits)
{
    text = text.trimmed();
    if (text.size() > limits.maxTokenBytes)
        return invalid(QStringLiteral("sdjwt.too_large"),
                       tr("the SD-JWT has %1 bytes, more than the limit of %2")
                           .arg(text.size())
                           .arg(limits.maxTokenBytes));
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> out;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i == text.size() || text[i] == '~') {
                out << text.sliced(start, i - start);
                start = i + 1;
            }
        }
        return out;
    }();
    if (parts.size() < 2)
        return invalid(QStringLiteral("sdjwt.structure"),
                       tr("an SD-JWT has a '~' after the issuer JWT"));
    if (parts.size() - 2 > kMaxDisclosures)
        return invalid(QStringLiteral("sdjwt.too_many_disclosures"),
                       tr("the SD-JWT has more than %1 disclosures").arg(kMaxDisclosures));

    SdJwt sd;
    auto issuer = CompactJws::parse(parts.first(), limits);
    if (!issuer)
        return Error{issuer.error().code, tr("issuer JWT: %1").arg(issuer.error().message)};
    sd.m_issuerJwt = issuer.value();

    JsonLimits disclosureLimits = limits.json;
    disclosureLimits.maxDepth = 16;
    QSet<QByteArray> seen;
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        const QByteArrayView part = parts.at(i);
        if (part.isEmpty())
            return invalid(QStringLiteral("sdjwt.structure"), tr("disclosure %1 is empty").arg(i));
        if (seen.contains(part.toByteArray()))
            return invalid(QStringLiteral("sdjwt.duplicate_disclosure"),
                           tr("disclosure %1 appears twice").arg(i));
        seen.insert(part.toByteArray());
        auto bytes = Base64Url::decode(part);
        if (!bytes)
            return invalid(QStringLiteral("sdjwt.disclosure"),
                           tr("disclosure %1: %2").arg(i).arg(bytes.error().message));
        auto json = StrictJson::parse(bytes.value(), disclosureLimits);
        if (!json || !json->isArray())
            return invalid(QStringLiteral("sdjwt.disclosure"),
                           tr("disclosure %1 is not a JSON array").arg(i));
        const QJsonArray array = json->toArray();
        SdJwtDisclosure disclosure;
        disclosure.encoded = part.toByteArray();
        if (array.size() == 3 && array.at(0).isString() && array.at(1).isString()) {
            disclosure.salt = array.at(0).toString();
            disclosure.name = array.at(1).toString();
            disclosure.value = array.at(2);
            if (disclosure.name == QLatin1String("_sd") || disclosure.name == QLatin1String("..."))
                return invalid(
                    QStringLiteral("sdjwt.reserved_name"),
                    tr("disclosure %1 uses the reserved name \"%2\"").arg(i).arg(disclosure.name));
        } else if (array.size() == 2 && array.at(0).isString()) {
            disclosure.salt = array.at(0).toString();
            disclosure.value = array.at(1);
            disclosure.isArrayElement = true;
        } else {
            return invalid(QStringLiteral("sdjwt.disclosure"),
                           tr("disclosure %1 is not [salt, name, value] or [salt, value]").arg(i));
        }
        sd.m_disclosures << disclosure;
    }
    const QByteArrayView last = parts.last();
    sd.m_withoutKeyBinding = text.first(text.size() - last.size()).toByteArray();
    if (!last.isEmpty()) {
        auto kb = CompactJws::parse(last, limits);
        if (!kb)
            return Error{kb.error().code, tr("key-binding JWT: %1").arg(kb.error().message)};
        sd.m_keyBinding = kb.value();
    }
    return sd;
}

Result<QJsonObject> SdJwt::resolveClaims(const QJsonObject &issuerClaims) const
{
    const QJsonValue algValue = issuerClaims.value(QStringLiteral("_sd_alg"));
    if (!algValue.isUndefined() && !algValue.isString())
        return invalid(QStringLiteral("sdjwt.sd_alg"),
                       tr("\"_sd_alg\" must name the digest algorithm in a string"));
    const QString alg = algValue.toString(QStringLiteral("sha-256"));
    if (alg != QLatin1String("sha-256"))
        return invalid(
            QStringLiteral("sdjwt.sd_alg"),
            tr("disclosure digests use \"%1\"; vcdesk supports sha-256").arg(alg.left(32)));
    QHash<QByteArray, int> byDigest;
    for (int i = 0; i < m_disclosures.size(); ++i)
        byDigest.insert(digest(m_disclosures.at(i).encoded), i);
    QSet<QByteArray> used;
    Error error;
    QJsonObject claims = issuerClaims;
    claims.remove(QStringLiteral("_sd_alg"));
    const QJsonValue resolved = resolve(claims, 0, used, byDigest, error);
    if (!error.code.isEmpty())
        return error;
    if (used.size() != byDigest.size()) {
        for (const SdJwtDisclosure &disclosure : m_disclosures) {
            if (!used.contains(digest(disclosure.encoded)))
                return invalid(QStringLiteral("sdjwt.unreferenced_disclosure"),
                               tr("disclosure \"%1\" is not referenced by the issuer's digests "
                                  "(changed or foreign)")
                                   .arg(disclosure.isArrayElement ? tr("array element")
                                                                  : disclosure.name.left(60)));
        }
    }
    return resolved.toObject();
}

QJsonValue SdJwt::resolve(const QJsonValue &value, int depth, QSet<QByteArray> &used,
                          const QHash<QByteArray, int> &byDigest, Error &error) const
{
    if (!error.code.isEmpty())
        return {};
    if (depth > kMaxDepth) {
        error = invalid(QStringLiteral("sdjwt.too_deep"), tr("disclosures nest too deeply"));
        return {};
    }
    auto take = [&](const QByteArray &digestValue) -> const SdJwtDisclosure * {
        const auto it = byDigest.constFind(digestValue);
        if (it == byDigest.constEnd())
            return nullptr; // a decoy
        if (used.contains(digestValue)) {
            error = invalid(QStringLiteral("sdjwt.digest_reused"),
                            tr("a disclosure digest is used twice"));
            return nullptr;
        }
        used.insert(digestValue);
        return &m_disclosures.at(it.value());
    };
    if (value.isObject()) {
        const QJsonObject in = value.toObject();
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (it.key() != QLatin1String("_sd"))
                out.insert(it.key(), resolve(it.value(), depth + 1, used, byDigest, error));
        }
        const QJsonValue sd = in.value(QStringLiteral("_sd"));
        if (!sd.isUndefined() && !sd.isArray()) {
            error = invalid(QStringLiteral("sdjwt.sd_invalid"),
                            tr("\"_sd\" must be an array of digests"));
            return {};
        }
        for (const QJsonValue &digestValue : sd.toArray()) {
            if (!digestValue.isString()) {
                error = invalid(QStringLiteral("sdjwt.sd_invalid"),
                                tr("\"_sd\" holds something that is not a digest"));
                return {};
            }
            const SdJwtDisclosure *disclosure = take(digestValue.toString().toLatin1());
            if (!error.code.isEmpty())
                return {};
            if (!disclosure)
                continue;
            if (disclosure->isArrayElement) {
                error = invalid(QStringLiteral("sdjwt.disclosure_kind"),
                                tr("an array-element disclosure is referenced from an object"));
                return {};
            }
            if (out.contains(disclosure->name)) {
                error = invalid(
                    QStringLiteral("sdjwt.name_clash"),
                    tr("disclosed claim \"%1\" already exists").arg(disclosure->name.left(60)));
                return {};
            }
            out.insert(disclosure->name,
                       resolve(disclosure->value, depth + 1, used, byDigest, error));
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : value.toArray()) {
            const QJsonObject object = element.toObject();
            if (element.isObject() && object.size() == 1 &&
                object.contains(QStringLiteral("..."))) {
                const QJsonValue digestValue = object.value(QStringLiteral("..."));
                // Dropped silently, a non-string digest would hide an element as a decoy does.
                if (!digestValue.isString()) {
                    error = invalid(QStringLiteral("sdjwt.sd_invalid"),
                                    tr("an array element's \"...\" is not a digest"));
                    return {};
                }
                const SdJwtDisclosure *disclosure = take(digestValue.toString().toLatin1());
                if (!error.code.isEmpty())
                    return {};
                if (!disclosure)
                    continue; // decoy or not disclosed: the element is left out
                if (!disclosure->isArrayElement) {
                    error = invalid(QStringLiteral("sdjwt.disclosure_kind"),
                                    tr("an object-member disclosure is referenced from an array"));
                    return {};
                }
                out.append(resolve(disclosure->value, depth + 1, used, byDigest, error));
            } else {
                out.append(resolve(element, depth + 1, used, byDigest, error));
            }
        }
        return out;
    }
    return value;
}

} // namespace vcdesk
