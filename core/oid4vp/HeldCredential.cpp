#include "core/oid4vp/HeldCredential.h"

#include "core/common/Clock.h"

#include "core/codec/StrictJson.h"
#include "core/credential/CredentialParser.h"
#include "core/oid4vp/ClaimsPath.h"

namespace vcdesk {

namespace {

constexpr int kMaxDepth = 32;

const QStringList kNeverShown{QStringLiteral("_sd"), QStringLiteral("_sd_alg"),
                              QStringLiteral("cnf")};

} // namespace

Result<HeldCredential> HeldCredential::fromRecord(const CredentialRecord &record)
{
    HeldCredential held;
    held.m_record = record;
    const QByteArrayView raw = QByteArrayView(record.raw).trimmed();
    if (raw.isEmpty())
        return Error{QStringLiteral("wallet.locked"),
                     tr("the credential's content is not open (wallet locked?)")};
    Result<Credential> credential = Error{};
    if (record.format == QLatin1String("dc+sd-jwt") ||
        record.format == QLatin1String("vc+sd-jwt")) {
        auto sdJwt = SdJwt::parse(raw);
        if (!sdJwt)
            return sdJwt.error();
        credential = CredentialParser::fromSdJwt(sdJwt.value());
    } else if (raw.startsWith('{')) {
        auto json = StrictJson::parseObject(raw);
        if (!json)
            return json.error();
        credential = CredentialParser::fromJsonLd(json.value());
    } else {
        auto jws = CompactJws::parse(raw);
        if (!jws)
            return jws.error();
        auto claims = jws->payloadObject();
        if (!claims)
            return claims.error();
        credential = CredentialParser::fromJwt(jws.value(), claims.value());
    }
    if (!credential)
        return credential.error();
    held.m_credential = credential.value();
    const Credential &c = held.m_credential;
    if (c.sdJwt) {
        if (!c.disclosureError.isEmpty())
            return Error{QStringLiteral("sdjwt.invalid_disclosure"), c.disclosureError};
        auto claims = c.sdJwt->resolveClaims(c.jwtClaims);
        if (!claims)
            return claims.error();
        held.m_matchDocument = claims.value();
        held.m_claimsDocument = claims.value();
        for (qsizetype i = 0; i < c.sdJwt->disclosures().size(); ++i)
            held.m_byDigest.insert(SdJwt::digest(c.sdJwt->disclosures().at(i).encoded), int(i));
        held.mapDisclosures(c.jwtClaims.object(), QJsonArray{}, 0);
    } else if (c.jws) {
        held.m_matchDocument = c.jwtClaims;
        held.m_claimsDocument = c.document.isEmpty() ? c.jwtClaims : c.document;
    } else {
        held.m_matchDocument = c.document;
        held.m_claimsDocument = c.document;
    }
    return held;
}

Result<HeldCredential> HeldCredential::presented(const CredentialRecord &record)
{
    auto held = fromRecord(record);
    if (held)
        held.value().m_presented = true;
    return held;
}

void HeldCredential::mapDisclosures(const QJsonValue &value, const QJsonArray &path, int depth)
{
    if (depth > kMaxDepth)
        return;
    const auto &disclosures = m_credential.sdJwt->disclosures();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &digest : object.value(QStringLiteral("_sd")).toArray()) {
            const int index = m_byDigest.value(digest.toString().toLatin1(), -1);
            if (index < 0)
                continue; // a decoy
            QJsonArray child = path;
            child.append(disclosures.at(index).name);
            m_sites.append(DisclosureSite{index, child});
            mapDisclosures(disclosures.at(index).value, child, depth + 1);
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("_sd") || it.key() == QLatin1String("_sd_alg"))
                continue;
            QJsonArray child = path;
            child.append(it.key());
            mapDisclosures(it.value(), child, depth + 1);
        }
    } else if (value.isArray()) {
        int position = 0; // decoys are dropped, so positions count only real elements
        for (const QJsonValue &element : value.toArray()) {
            const QJsonObject wrapper = element.toObject();
            QJsonArray child = path;
            if (element.isObject() && wrapper.size() == 1 &&
                wrapper.contains(QStringLiteral("..."))) {
                const int index = m_byDigest.value(
                    wrapper.value(QStringLiteral("...")).toString().toLatin1(), -1);
                if (index < 0)
                    continue;
                child.append(position++);
                m_sites.append(DisclosureSite{index, child});
                mapDisclosures(disclosures.at(index).value, child, depth + 1);
            } else {
                child.append(position++);
                mapDisclosures(element, child, depth + 1);
            }
        }
    }
}

QList<int> HeldCredential::disclosuresFor(const QList<QJsonArray> &paths) const
{
    QList<int> chosen;
    for (const DisclosureSite &site : m_sites) {
        const bool needed = std::any_of(paths.cbegin(), paths.cend(), [&](const QJsonArray &path) {
            return ClaimsPath::startsWith(path, site.path) ||
                   ClaimsPath::startsWith(site.path, path);
        });
        if (needed && !chosen.contains(site.index))
            chosen.append(site.index);
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

MatchCandidate HeldCredential::candidate(const FoundClaims &found) const
{
    MatchCandidate candidate;
    candidate.credentialId = id();
    candidate.title = m_record.title;
    candidate.format = format();
    candidate.issuer = m_record.issuer;
    candidate.requestedClaims = found.paths;
    candidate.revealsWholeCredential = !isSdJwt();
    candidate.notValidReason = notValidReason(Clock::now());
    candidate.valid = candidate.notValidReason.isEmpty();
    candidate.alsoRevealed = alwaysDisclosed();
    if (isSdJwt()) {
        candidate.disclosures = disclosuresFor(found.paths);
        candidate.optionalClaims = found.optional;
    }
    return candidate;
}

QString HeldCredential::notValidReason(const QDateTime &now) const
{
    if (m_record.expiresAt.isValid() && m_record.expiresAt <= now)
        return tr("expired on %1").arg(m_record.expiresAt.toUTC().toString(Qt::ISODate));
    switch (m_record.verdict) {
    case Verdict::Valid:
        return {};
    case Verdict::Invalid:
        return tr("the wallet found it not valid when it last checked it");
    case Verdict::Unverifiable:
        return tr("the wallet could not verify it when it last checked it");
    case Verdict::Unknown:
        break;
    }
    return tr("the wallet has not verified it");
}

QList<QJsonArray> HeldCredential::alwaysDisclosed() const
{
    QList<QJsonArray> shown;
    if (!isSdJwt()) {
        for (auto it = m_claimsDocument.begin(); it != m_claimsDocument.end(); ++it)
            shown.append(QJsonArray{it.key()});
        return shown;
    }
    const QJsonObject &claims = m_credential.jwtClaims;
    for (auto it = claims.begin(); it != claims.end(); ++it)
        if (!kNeverShown.contains(it.key()))
            shown.append(QJsonArray{it.key()});
    return shown;
}

} // namespace vcdesk
