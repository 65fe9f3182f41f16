#include "core/oid4vp/PresentationBuilder.h"

#include "core/oid4vp/ClaimsPath.h"
#include "core/oid4vp/DataIntegrityPresentation.h"

#include "core/common/Clock.h"

#include "core/codec/Base64Url.h"
#include "core/crypto/Digest.h"
#include "core/jose/CompactJws.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace vcdesk {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString compactText(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : compact(value.toObject()));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The formats an input descriptor allows: its own, else the definition's.
QJsonObject formatsFor(const QJsonObject &definition, const QString &descriptorId)
{
    for (const QJsonValue &value :
         definition.value(QStringLiteral("input_descriptors")).toArray()) {
        const QJsonObject descriptor = value.toObject();
        if (descriptor.value(QStringLiteral("id")).toString() == descriptorId &&
            descriptor.value(QStringLiteral("format")).isObject())
            return descriptor.value(QStringLiteral("format")).toObject();
    }
    return definition.value(QStringLiteral("format")).toObject();
}

Error unsupported(const QString &message)
{
    return Error{QStringLiteral("oid4vp.unsupported_format"), message};
}

} // namespace

PresentationBuilder::Selection PresentationBuilder::defaultSelection(const PresentationMatch &match)
{
    Selection selection;
    for (const RequestedPart &part : match.parts) {
        if (!part.required)
            continue;
        // Only a credential the wallet holds as valid is ever chosen for the person.
        const auto valid = std::find_if(part.candidates.cbegin(), part.candidates.cend(),
                                        [](const MatchCandidate &c) { return c.valid; });
        if (valid != part.candidates.cend())
            selection.insert(part.id, {valid->credentialId});
    }
    return selection;
}

Result<QList<PresentationBuilder::Chosen>>
PresentationBuilder::resolveSelection(const PresentationMatch &match, const Selection &selection,
                                      const Withheld &withheld, const QList<HeldCredential> &wallet)
{
    QList<Chosen> chosen;
    for (const RequestedPart &part : match.parts) {
        const QList<qint64> ids = selection.value(part.id);
        if (ids.isEmpty()) {
            if (part.required)
                return Error{QStringLiteral("oid4vp.selection_incomplete"),
                             tr("no credential was chosen for the required part %1").arg(part.id)};
            continue;
        }
        if (ids.size() > 1 && !part.multiple)
            return Error{QStringLiteral("oid4vp.invalid_selection"),
                         tr("part %1 takes one credential").arg(part.id)};
        for (const qint64 id : ids) {
            const auto candidate =
                std::find_if(part.candidates.cbegin(), part.candidates.cend(),
                             [&](const MatchCandidate &c) { return c.credentialId == id; });
            const auto held = std::find_if(wallet.cbegin(), wallet.cend(),
                                           [&](const HeldCredential &h) { return h.id() == id; });
            if (candidate == part.candidates.cend() || held == wallet.cend())
                return Error{QStringLiteral("oid4vp.invalid_selection"),
                             tr("credential %1 does not answer part %2").arg(id).arg(part.id)};
            chosen.append(Chosen{&part, &*held, &*candidate,
                                 disclosuresKept(*held, *candidate, withheld.value(id))});
        }
    }
    return chosen;
}

QList<int> PresentationBuilder::disclosuresKept(const HeldCredential &held,
                                                const MatchCandidate &candidate,
                                                const QStringList &withheld)
{
    if (withheld.isEmpty() || candidate.optionalClaims.isEmpty())
        return candidate.disclosures;
    // Only what the request does without can be kept back; a required claim always goes.
    QList<QJsonArray> kept;
    for (const QJsonArray &path : candidate.requestedClaims)
        if (!candidate.optionalClaims.contains(path) ||
            !withheld.contains(ClaimsPath::toDisplay(path)))
            kept << path;
    return held.disclosuresFor(kept);
}

const HolderKeyring::Signer *PresentationBuilder::signerFor(const HeldCredential &held,
                                                            const HolderKeyring &keys)
{
    if (const auto *bound = keys.forDid(held.credential().subject))
        return bound;
    return keys.defaultSigner();
}

Result<QByteArray>
PresentationBuilder::jwtPresentation(const QList<const HeldCredential *> &credentials,
                                     const HolderKeyring::Signer &signer,
                                     const AuthorizationRequest &request, qint64 now)
{
    QJsonArray embedded;
    for (const HeldCredential *held : credentials)
        embedded.append(QString::fromLatin1(held->record().raw.trimmed()));
    const QJsonObject payload{
        {QStringLiteral("iss"), signer.did},
        {QStringLiteral("aud"), request.client.clientId()},
        {QStringLiteral("nonce"), request.nonce},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + kLifetimeSeconds},
        {QStringLiteral("jti"), QStringLiteral("urn:uuid:") + newId()},
        {QStringLiteral("vp"),
         QJsonObject{{QStringLiteral("@context"),
                      QJsonArray{QStringLiteral("https://www.w3.org/2018/credentials/v1")}},
                     {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiablePresentation")}},
                     {QStringLiteral("holder"), signer.did},
                     {QStringLiteral("verifiableCredential"), embedded}}}};
    return CompactJws::sign(QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
                                        {QStringLiteral("kid"), signer.kid}},
                            compact(payload), signer.key);
}

Result<QByteArray> PresentationBuilder::envelopedPresentation(const HeldCredential &credential,
                                                              const HolderKeyring::Signer &signer,
                                                              const AuthorizationRequest &request,
                                                              qint64 now)
{
    const QString v2 = QStringLiteral("https://www.w3.org/ns/credentials/v2");
    const QJsonObject enveloped{
        {QStringLiteral("@context"), v2},
        {QStringLiteral("id"), QStringLiteral("data:application/vc+jwt,") +
                                   QString::fromLatin1(credential.record().raw.trimmed())},
        {QStringLiteral("type"), QStringLiteral("EnvelopedVerifiableCredential")}};
    const QJsonObject payload{
        {QStringLiteral("@context"), QJsonArray{v2}},
        {QStringLiteral("id"), QStringLiteral("urn:uuid:") + newId()},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiablePresentation")}},
        {QStringLiteral("holder"), signer.did},
        {QStringLiteral("verifiableCredential"), QJsonArray{enveloped}},
        {QStringLiteral("iss"), signer.did},
        {QStringLiteral("aud"), request.client.clientId()},
        {QStringLiteral("nonce"), request.nonce},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + kLifetimeSeconds}};
    return CompactJws::sign(QJsonObject{{QStringLiteral("typ"), QStringLiteral("vp+jwt")},
                                        {QStringLiteral("kid"), signer.kid}},
                            compact(payload), signer.key);
}

Result<QByteArray> PresentationBuilder::sdJwtPresentation(const HeldCredential &credential,
                                                          const QList<int> &disclosures,
                                                          const HolderKeyring &keys,
                                                          const AuthorizationRequest &request,
                                                          qint64 now)
{
    const SdJwt &sdJwt = *credential.credential().sdJwt;
    const QJsonObject cnf =
        credential.credential().jwtClaims.object().value(QStringLiteral("cnf")).toObject();
    const HolderKeyring::Signer *signer = keys.forConfirmation(cnf);
    if (!signer)
        return Error{QStringLiteral("oid4vp.no_binding_key"),
                     tr("the SD-JWT credential is bound to a key this wallet does not hold")};
    const QByteArray raw = credential.record().raw.trimmed();
    QByteArray presentation = raw.left(raw.indexOf('~')) + '~';
    for (const int index : disclosures)
        presentation += sdJwt.disclosures().at(index).encoded + '~';
    const QJsonObject payload{{QStringLiteral("iat"), now},
                              {QStringLiteral("aud"), request.client.clientId()},
                              {QStringLiteral("nonce"), request.nonce},
                              {QStringLiteral("sd_hash"), QString::fromLatin1(Base64Url::encode(
                                                              Digest::sha256(presentation)))}};
    auto keyBinding =
        CompactJws::sign(QJsonObject{{QStringLiteral("typ"), QStringLiteral("kb+jwt")}},
                         compact(payload), signer->key);
    if (!keyBinding)
        return keyBinding.error();
    return presentation + keyBinding.value();
}

Result<QByteArray> PresentationBuilder::idToken(const HolderKeyring::Signer &signer,
                                                const AuthorizationRequest &request, qint64 now)
{
    const QJsonObject payload{{QStringLiteral("iss"), signer.did},
                              {QStringLiteral("sub"), signer.did},
                              {QStringLiteral("aud"), request.client.clientId()},
                              {QStringLiteral("nonce"), request.nonce},
                              {QStringLiteral("iat"), now},
                              {QStringLiteral("exp"), now + kLifetimeSeconds}};
    return CompactJws::sign(QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
                                        {QStringLiteral("kid"), signer.kid}},
                            compact(payload), signer.key);
}

Result<QJsonValue> PresentationBuilder::presentationOf(const Chosen &chosen,
                                                       const HolderKeyring &keys,
                                                       const AuthorizationRequest &request,
                                                       qint64 now)
{
    const HeldCredential &held = *chosen.held;
    Result<QByteArray> token = Error{};
    if (held.isSdJwt()) {
        token = sdJwtPresentation(held, chosen.disclosures, keys, request, now);
    } else if (held.format() == QLatin1String("jwt_vc_json")) {
        token = jwtPresentation({&held}, *signerFor(held, keys), request, now);
    } else if (held.format() == QLatin1String("vc+jwt")) {
        token = envelopedPresentation(held, *signerFor(held, keys), request, now);
    } else if (held.format() == QLatin1String("ldp_vc")) {
        auto vp = DataIntegrityPresentation::build(held, *signerFor(held, keys), request, now);
        if (!vp)
            return vp.error();
        return QJsonValue(vp.value());
    } else {
        return unsupported(tr("vcdesk cannot yet present %1 credentials").arg(held.format()));
    }
    if (!token)
        return token.error();
    return QJsonValue(QString::fromLatin1(token.value()));
}

QPair<QString, QString> PresentationBuilder::submissionFormats(const Chosen &chosen,
                                                               const QJsonObject &definition)
{
    const HeldCredential &held = *chosen.held;
    if (held.isSdJwt())
        return {formatsFor(definition, chosen.part->id).contains(QStringLiteral("vc+sd-jwt"))
                    ? QStringLiteral("vc+sd-jwt")
                    : QStringLiteral("dc+sd-jwt"),
                QString()};
    if (held.format() == QLatin1String("ldp_vc"))
        return {QStringLiteral("ldp_vp"), QStringLiteral("ldp_vc")};
    return {QStringLiteral("vp+jwt"), held.format()};
}

Result<QString> PresentationBuilder::dcqlToken(const QList<Chosen> &chosen,
                                               const HolderKeyring &keys,
                                               const AuthorizationRequest &request, qint64 now)
{
    QJsonObject token;
    for (const Chosen &c : chosen) {
        auto presentation = presentationOf(c, keys, request, now);
        if (!presentation)
            return presentation.error();
        QJsonArray list = token.value(c.part->id).toArray();
        list.append(presentation.value());
        token.insert(c.part->id, list);
    }
    return compactText(token);
}

Status PresentationBuilder::presentationExchange(const QList<Chosen> &chosen,
                                                 const HolderKeyring &keys,
                                                 const AuthorizationRequest &request, qint64 now,
                                                 const QString &definitionId,
                                                 AuthorizationResponse &response)
{
    // JWT-VCs (1.1) share one JWT-VP; every other credential is presented on its own.
    QList<const HeldCredential *> jwtCredentials;
    QList<const Chosen *> jwtChosen;
    for (const Chosen &c : chosen) {
        if (c.held->isSdJwt() || c.held->format() != QLatin1String("jwt_vc_json"))
            continue;
        jwtChosen << &c;
        if (!jwtCredentials.contains(c.held))
            jwtCredentials << c.held;
    }
    QJsonArray tokens;
    QList<QPair<const Chosen *, qsizetype>> where; // chosen -> index in tokens
    if (!jwtCredentials.isEmpty()) {
        auto vp = jwtPresentation(jwtCredentials, *signerFor(*jwtCredentials.first(), keys),
                                  request, now);
        if (!vp)
            return vp.error();
        tokens.append(QString::fromLatin1(vp.value()));
    }
    for (const Chosen &c : chosen) {
        if (jwtChosen.contains(&c))
            continue;
        auto presentation = presentationOf(c, keys, request, now);
        if (!presentation)
            return presentation.error();
        where.append({&c, tokens.size()});
        tokens.append(presentation.value());
    }
    const bool single = tokens.size() == 1;
    const auto pathOf = [&](qsizetype index) {
        return single ? QStringLiteral("$") : QStringLiteral("$[%1]").arg(index);
    };
    QJsonArray descriptorMap;
    for (const Chosen *c : std::as_const(jwtChosen)) {
        // Drafts named JWT formats jwt_vp / jwt_vc; later ones jwt_vp_json / jwt_vc_json.
        const QJsonObject formats = formatsFor(request.presentationDefinition, c->part->id);
        const bool draftNames = formats.contains(QStringLiteral("jwt_vp")) ||
                                formats.contains(QStringLiteral("jwt_vc"));
        const QString vpFormat =
            draftNames ? QStringLiteral("jwt_vp") : QStringLiteral("jwt_vp_json");
        const QString vcFormat =
            draftNames ? QStringLiteral("jwt_vc") : QStringLiteral("jwt_vc_json");
        descriptorMap.append(QJsonObject{
            {QStringLiteral("id"), c->part->id},
            {QStringLiteral("format"), vpFormat},
            {QStringLiteral("path"), pathOf(0)},
            {QStringLiteral("path_nested"),
             QJsonObject{{QStringLiteral("id"), c->part->id},
                         {QStringLiteral("format"), vcFormat},
                         {QStringLiteral("path"), QStringLiteral("$.vp.verifiableCredential[%1]")
                                                      .arg(jwtCredentials.indexOf(c->held))}}}});
    }
    for (const auto &[c, index] : std::as_const(where)) {
        const auto [format, nestedFormat] = submissionFormats(*c, request.presentationDefinition);
        QJsonObject entry{{QStringLiteral("id"), c->part->id},
                          {QStringLiteral("format"), format},
                          {QStringLiteral("path"), pathOf(index)}};
        if (!nestedFormat.isEmpty())
            entry.insert(
                QStringLiteral("path_nested"),
                QJsonObject{{QStringLiteral("id"), c->part->id},
                            {QStringLiteral("format"), nestedFormat},
                            {QStringLiteral("path"), QStringLiteral("$.verifiableCredential[0]")}});
        descriptorMap.append(entry);
    }
    // One presentation goes as itself (a JWT as its text, a JSON VP as JSON), several in an
    // array.
    const QJsonValue first = single ? tokens.first() : QJsonValue();
    response.fields.append({QStringLiteral("vp_token"), !single            ? compactText(tokens)
                                                        : first.isString() ? first.toString()
                                                                           : compactText(first)});
    response.fields.append(
        {QStringLiteral("presentation_submission"),
         compactText(QJsonObject{{QStringLiteral("id"), newId()},
                                 {QStringLiteral("definition_id"), definitionId},
                                 {QStringLiteral("descriptor_map"), descriptorMap}})});
    return {};
}

Result<AuthorizationResponse>
PresentationBuilder::build(const AuthorizationRequest &request, const PresentationMatch &match,
                           const Selection &selection, const QList<HeldCredential> &wallet,
                           const HolderKeyring &keys, const Withheld &withheld)
{
    if (keys.isEmpty())
        return Error{QStringLiteral("wallet.no_key"), tr("there is no holder key to sign with")};
    const qint64 now = Clock::nowSeconds();
    AuthorizationResponse response = AuthorizationResponse::to(request);
    if (request.wantsVpToken()) {
        if (!match.satisfiable)
            return Error{QStringLiteral("oid4vp.no_match"), match.unsatisfiedReason};
        auto chosen = resolveSelection(match, selection, withheld, wallet);
        if (!chosen)
            return chosen.error();
        if (request.queryLanguage == AuthorizationRequest::QueryLanguage::Dcql) {
            auto token = dcqlToken(chosen.value(), keys, request, now);
            if (!token)
                return token.error();
            response.fields.append({QStringLiteral("vp_token"), token.value()});
        } else if (auto built = presentationExchange(chosen.value(), keys, request, now,
                                                     match.definitionId, response);
                   !built) {
            return built.error();
        }
    }
    if (request.wantsIdToken()) {
        auto token = idToken(*keys.defaultSigner(), request, now);
        if (!token)
            return token.error();
        response.fields.append({QStringLiteral("id_token"), QString::fromLatin1(token.value())});
    }
    if (!request.state.isEmpty())
        response.fields.append({QStringLiteral("state"), request.state});
    return response;
}

} // namespace vcdesk
