#include "core/credential/CredentialParser.h"

#include "core/codec/Base64Url.h"
#include "core/codec/JsonMemberReader.h"
#include "core/codec/JsonOutline.h"
#include "core/jose/NumericDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace vcdesk {

namespace {

const QString kPresentationType = QStringLiteral("VerifiablePresentation");

QStringList typesOf(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    // Iterated as const: a range-for over a non-const temporary array detaches (copies) it.
    const QJsonArray types = value.toArray();
    QStringList out;
    out.reserve(types.size());
    for (const QJsonValue &type : types) {
        if (type.isString())
            out << type.toString();
    }
    return out;
}

QString idOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(QStringLiteral("id")).toString()
                            : value.toString();
}

/// Appends the subject ids of `subjects` to `out`, each once (`seen` keeps that linear: a
/// hostile list of 100,000 subjects made a list's contains() quadratic), stopping once `out`
/// holds `wanted` of them.
void collectSubjectIds(const QJsonValue &subjects, int depth, qsizetype wanted, QStringList &out,
                       QSet<QString> &seen)
{
    if (out.size() >= wanted)
        return;
    if (subjects.isArray() && depth < 8) {
        for (const QJsonValue &entry : subjects.toArray()) {
            collectSubjectIds(entry, depth + 1, wanted, out, seen);
            if (out.size() >= wanted)
                return;
        }
        return;
    }
    const QString id = idOf(subjects);
    if (!id.isEmpty() && !seen.contains(id)) {
        seen.insert(id);
        out << id;
    }
}

/// Reads an XML-Schema dateTime member; records a problem when present but unreadable.
template<typename Members> QDateTime dateMember(Members &doc, const char *name, Credential &out)
{
    const QJsonValue value = doc.value(QLatin1StringView(name));
    if (value.isUndefined())
        return {};
    const QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!date.isValid())
        out.dateProblems
            << CredentialParser::tr("\"%1\" is not a date and time").arg(QLatin1StringView(name));
    return date;
}

/// The later of two dates, either of which may be missing (invalid).
QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    return b.isValid() && b > a ? b : a;
}

/// The earlier of two dates, either of which may be missing (invalid).
QDateTime earlier(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    return b.isValid() && b < a ? b : a;
}

/// Members of one object of a JsonOutline, built one at a time, read as JsonMemberReader reads
/// a QJsonObject. A member that is there but could not be built (never expected: the outline's
/// scan vouched for it) marks the reading failed, and the caller reads the token the long way.
class OutlineMembers
{
public:
    OutlineMembers(const JsonOutline &outline, int object)
        : m_outline(outline)
        , m_object(object)
    {
    }
    QJsonValue value(QLatin1StringView name)
    {
        const int member = m_outline.member(m_object, name);
        if (member < 0)
            return QJsonValue(QJsonValue::Undefined);
        QJsonValue value = m_outline.value(member);
        if (value.isUndefined())
            m_failed = true;
        return value;
    }
    void notice(QLatin1StringView) {}
    bool failed() const { return m_failed; }

    /// typesOf(value(name)) without building the array: a type list is short ASCII names.
    QStringList types(QLatin1StringView name)
    {
        const int member = m_outline.member(m_object, name);
        if (member < 0 || m_outline.kind(member) != JsonOutline::Kind::Array)
            return typesOf(value(name));
        QStringList out;
        for (int e = m_outline.first(member); e >= 0; e = m_outline.next(e)) {
            const JsonOutline::Kind kind = m_outline.kind(e);
            if (kind == JsonOutline::Kind::PlainString) {
                const QByteArrayView text = m_outline.span(e);
                out << QString::fromLatin1(text.sliced(1, text.size() - 2));
            } else if (kind == JsonOutline::Kind::String) {
                const QJsonValue value = m_outline.value(e);
                if (!value.isString())
                    m_failed = true;
                out << value.toString();
            }
        }
        return out;
    }

private:
    const JsonOutline &m_outline;
    int m_object;
    bool m_failed = false;
};

QStringList typesMember(JsonMemberReader &doc)
{
    return typesOf(doc.value(QLatin1String("type")));
}

QStringList typesMember(OutlineMembers &doc)
{
    return doc.types(QLatin1String("type"));
}

/// What a credential or presentation document says, from its members (`doc` reads them).
template<typename Members> void readDocumentMembers(Members &doc, Credential &out)
{
    // What every credential has first, so that the rarer members cost nothing once all found.
    doc.notice(QLatin1String("@context"));
    out.types = typesMember(doc);
    out.claims = doc.value(QLatin1String("credentialSubject"));
    if (out.types.contains(kPresentationType))
        out.kind = Credential::Kind::Presentation;
    out.id = doc.value(QLatin1String("id")).toString();
    if (out.isPresentation()) {
        out.issuer = idOf(doc.value(QLatin1String("holder")));
        const QJsonValue vcs = doc.value(QLatin1String("verifiableCredential"));
        if (vcs.isArray()) {
            for (const QJsonValue &vc : vcs.toArray())
                out.embedded << vc;
        } else if (!vcs.isUndefined()) {
            out.embedded << vcs;
        }
    } else {
        out.issuer = idOf(doc.value(QLatin1String("issuer")));
    }
    // The first subject, as shown; holder binding weighs them all (HolderBindingCheck).
    out.subject = CredentialParser::subjectIds(out.claims, 1).value(0);
    // VC 2.0 names and their 1.1 equivalents: a document carrying both of a pair is held to
    // the stricter, so a far validUntil cannot hide a past expirationDate.
    out.validFrom = later(dateMember(doc, "validFrom", out), dateMember(doc, "issuanceDate", out));
    out.validUntil =
        earlier(dateMember(doc, "validUntil", out), dateMember(doc, "expirationDate", out));
    out.status = doc.value(QLatin1String("credentialStatus"));
    out.schemas = doc.value(QLatin1String("credentialSchema"));
    out.proof = doc.value(QLatin1String("proof"));
}

void readDocument(const QJsonObject &object, Credential &out)
{
    out.document = object;
    JsonMemberReader doc(object);
    readDocumentMembers(doc, out);
}

/// A JWT claim that restates a document member: fills it when missing, records a
/// disagreement when both are there and differ. `what` (QT_TRANSLATE_NOOP) is translated only
/// for a disagreement: translating it up front, for every token, was measurable in a batch.
void mapText(const QJsonValue &value, const char *claim, QString &field, const char *what,
             Credential &out)
{
    if (value.isUndefined())
        return;
    if (!value.isString()) {
        out.inconsistencies << CredentialParser::tr("the JWT claim \"%1\" is not a string")
                                   .arg(QLatin1String(claim));
        return;
    }
    const QString text = value.toString();
    if (field.isEmpty())
        field = text;
    else if (field != text)
        out.inconsistencies << CredentialParser::tr(
                                   "the JWT claim \"%1\" (%2) differs from the %3 (%4)")
                                   .arg(QLatin1String(claim), text.left(80),
                                        CredentialParser::tr(what), field.left(80));
}

void mapDate(const QJsonValue &value, const char *claim, QDateTime &field, const char *what,
             Credential &out)
{
    if (value.isUndefined())
        return;
    auto read = NumericDate::read(value, QLatin1String(claim));
    if (!read) {
        out.dateProblems << read.error().message;
        return;
    }
    const QDateTime date = read.value();
    // The document may carry milliseconds the NumericDate cannot; compare whole seconds.
    if (field.isValid() && field.toSecsSinceEpoch() != date.toSecsSinceEpoch())
        out.inconsistencies << CredentialParser::tr(
                                   "the JWT claim \"%1\" (%2) differs from the %3 (%4)")
                                   .arg(QLatin1String(claim), date.toString(Qt::ISODate),
                                        CredentialParser::tr(what),
                                        field.toUTC().toString(Qt::ISODate));
    // The JWT claim is what JWT processors enforce, so it wins.
    field = date;
}

/// The token's text for Credential::raw: `compact` when it is this token (the same signing
/// input, a dot, and the same signature), else written again from `jws`. (Decoding an ES256K
/// signature's 86 characters is a few hundred instructions; encoding it again was ~1,300, and
/// a batch does it for every token.)
QByteArray tokenText(const CompactJws &jws, QByteArrayView compact)
{
    compact = compact.trimmed(); // as CompactJws::parse() read it
    const qsizetype dot = jws.signingInput().size();
    if (compact.size() > dot + 1 && compact.at(dot) == '.' &&
        compact.startsWith(jws.signingInput()) &&
        Base64Url::decode(compact.sliced(dot + 1)).value_or(QByteArray()) == jws.signature())
        return compact.toByteArray();
    // One allocation for the token's text (the concatenation grew it twice).
    const QByteArray signature = Base64Url::encode(jws.signature());
    QByteArray text;
    text.reserve(jws.signingInput().size() + 1 + signature.size());
    text.append(jws.signingInput()).append('.').append(signature);
    return text;
}

/// nbf, exp and iat over the validity the document states (`claims` reads the JWT's members).
template<typename Members> void mapRegisteredDates(Members &claims, Credential &out)
{
    mapDate(claims.value(QLatin1String("nbf")), "nbf", out.validFrom,
            QT_TRANSLATE_NOOP("CredentialParser", "start of validity"), out);
    mapDate(claims.value(QLatin1String("exp")), "exp", out.validUntil,
            QT_TRANSLATE_NOOP("CredentialParser", "end of validity"), out);
    mapDate(claims.value(QLatin1String("iat")), "iat", out.issuedAt,
            QT_TRANSLATE_NOOP("CredentialParser", "issue time"), out);
}

/// The registered claims (iss, sub, jti, nbf, exp, iat) over what the document says, and the
/// format the token's typ names. `top` reads the payload's members.
template<typename Members>
void mapRegisteredClaims(Members &top, const QString &typ, Credential &out)
{
    mapText(top.value(QLatin1String("iss")), "iss", out.issuer,
            out.isPresentation() ? QT_TRANSLATE_NOOP("CredentialParser", "holder")
                                 : QT_TRANSLATE_NOOP("CredentialParser", "issuer"),
            out);
    if (!out.isPresentation())
        mapText(top.value(QLatin1String("sub")), "sub", out.subject,
                QT_TRANSLATE_NOOP("CredentialParser", "credential subject id"), out);
    mapText(top.value(QLatin1String("jti")), "jti", out.id,
            QT_TRANSLATE_NOOP("CredentialParser", "credential id"), out);
    mapRegisteredDates(top, out);

    if (typ == QLatin1String("vc+jwt") || typ == QLatin1String("vp+jwt"))
        out.format = typ;
    else
        out.format =
            out.isPresentation() ? QStringLiteral("jwt_vp_json") : QStringLiteral("jwt_vc_json");
}

} // namespace

QStringList CredentialParser::subjectIds(const QJsonValue &credentialSubject, qsizetype wanted)
{
    QStringList out;
    QSet<QString> seen;
    collectSubjectIds(credentialSubject, 0, wanted, out, seen);
    return out;
}

bool CredentialParser::looksLikeJsonLd(const QJsonObject &object)
{
    const QStringList types = typesOf(object.value(QStringLiteral("type")));
    return object.contains(QStringLiteral("@context")) &&
           (types.contains(QStringLiteral("VerifiableCredential")) ||
            types.contains(kPresentationType));
}

Result<Credential> CredentialParser::fromJwt(const CompactJws &jws, const QJsonObject &claims,
                                             QByteArrayView compact)
{
    const QString typ = jws.type();
    Credential out;
    out.jws = jws;
    out.jwtClaims = claims;
    out.raw = tokenText(jws, compact);
    // The registered claims and "vc" first: most JWT-VCs have these members only, and once
    // they are all found, every other name asked below is answered without a lookup.
    JsonMemberReader top(claims);
    for (const char *claim : {"iss", "sub", "jti", "nbf", "exp"})
        top.notice(QLatin1String(claim)); // read again, found once, by mapRegisteredClaims
    const QJsonValue vc = top.value(QLatin1String("vc"));
    top.notice(QLatin1String("iat"));
    QJsonObject doc;
    if (vc.isObject()) {
        doc = vc.toObject();
    } else if (const QJsonValue vp = top.value(QLatin1String("vp")); vp.isObject()) {
        doc = vp.toObject();
        out.kind = Credential::Kind::Presentation;
    } else if (claims.contains(QStringLiteral("credentialSubject")) ||
               claims.contains(QStringLiteral("verifiableCredential")) || looksLikeJsonLd(claims)) {
        doc = claims; // VC Data Model 2.0: the payload is the credential
    } else if (claims.contains(QStringLiteral("vc")) || claims.contains(QStringLiteral("vp")) ||
               claims.contains(QStringLiteral("vct")) ||
               claims.contains(QStringLiteral("@context")) || typ.contains(QLatin1String("vc+")) ||
               typ.contains(QLatin1String("vp+")) || typ.contains(QLatin1String("sd-jwt"))) {
        // It claims to be a credential but is not a readable one: an error, never a plain JWS.
        return Error{QStringLiteral("credential.malformed"),
                     tr("the token looks like a credential or presentation (typ \"%1\") but its "
                        "payload is not one: \"vc\"/\"vp\" must be objects, an SD-JWT VC "
                        "needs its '~' separators, a JSON-LD payload needs a "
                        "VerifiableCredential or VerifiablePresentation type")
                         .arg(typ.left(40))};
    } else {
        return Error{QStringLiteral("credential.not_a_credential"),
                     tr("the token is a JWS but not a verifiable credential or presentation")};
    }
    // A VC 1.1 JWT keeps the credential under "vc" ("vp"). Data-model members beside it (a
    // "hybrid" token repeats them) must say the same, or a query path such as "$.type" could
    // read what the credential is not. (The issuer is tied to "iss" below.)
    if (doc != claims) {
        for (const char *member : {"@context", "type", "credentialSubject", "verifiableCredential"})
            if (const QJsonValue beside = top.value(QLatin1String(member));
                !beside.isUndefined() && beside != doc.value(QLatin1String(member)))
                out.inconsistencies
                    << tr("the JWT's top-level \"%1\" differs from the credential's")
                           .arg(QLatin1String(member));
        // Some issuers write these only beside "vc" (the seed verifier's e-mail credentials
        // carry expirationDate and issuanceDate there): they are the credential's too, so a
        // status or an expiry there is checked, never ignored; where both say it, they agree.
        // Not beside "vp": a presentation has none of them (the seed wallet's issuanceDate
        // there is when it signed, not a validity).
        if (out.kind != Credential::Kind::Presentation) {
            for (const char *member :
                 {"id", "issuer", "credentialStatus", "credentialSchema", "validFrom", "validUntil",
                  "issuanceDate", "expirationDate", "evidence", "termsOfUse", "refreshService"}) {
                const QJsonValue beside = top.value(QLatin1String(member));
                if (beside.isUndefined())
                    continue;
                const QJsonValue inside = doc.value(QLatin1String(member));
                if (inside.isUndefined())
                    doc.insert(QLatin1String(member), beside);
                else if (inside != beside)
                    out.inconsistencies
                        << tr("the JWT's top-level \"%1\" differs from the credential's")
                               .arg(QLatin1String(member));
            }
        }
    }
    const Credential::Kind claimed = out.kind;
    readDocument(doc, out);
    if (claimed == Credential::Kind::Presentation || typ == QLatin1String("vp+jwt"))
        out.kind = Credential::Kind::Presentation;
    if (out.isPresentation() && out.embedded.isEmpty() &&
        !top.value(QLatin1String("vp")).isObject()) {
        // Hybrid presentations repeat verifiableCredential at the top level.
        const QJsonValue vcs = top.value(QLatin1String("verifiableCredential"));
        for (const QJsonValue &entry : vcs.toArray())
            out.embedded << entry;
    }

    mapRegisteredClaims(top, typ, out);
    return out;
}

std::optional<Credential> CredentialParser::fromPlainJwtVc(const CompactJws &jws,
                                                           const JsonOutline &payload,
                                                           QByteArrayView compact)
{
    // Only the plain shape: registered claims and "vc", nothing else at the top (so nothing a
    // hybrid token repeats beside "vc", which fromJwt compares and merges), and a credential,
    // not a presentation. fromJwt reads every other token.
    const int root = JsonOutline::root();
    if (!payload.isObject(root))
        return std::nullopt;
    for (int member = payload.first(root); member >= 0; member = payload.next(member)) {
        const QLatin1StringView name = payload.name(member);
        if (name != QLatin1String("iss") && name != QLatin1String("sub") &&
            name != QLatin1String("jti") && name != QLatin1String("nbf") &&
            name != QLatin1String("exp") && name != QLatin1String("iat") &&
            name != QLatin1String("vc") && name != QLatin1String("cnf") &&
            name != QLatin1String("aud"))
            return std::nullopt;
    }
    const int vc = payload.member(root, QLatin1String("vc"));
    const QString typ = jws.type();
    if (!payload.isObject(vc) || typ == QLatin1String("vp+jwt"))
        return std::nullopt;

    Credential out;
    OutlineMembers doc(payload, vc);
    readDocumentMembers(doc, out);
    if (doc.failed() || out.isPresentation())
        return std::nullopt;
    out.document = LazyJsonObject::fromOutline(payload, vc);
    out.jws = jws;
    out.jwtClaims = LazyJsonObject::fromOutline(payload, root);
    out.raw = tokenText(jws, compact);
    OutlineMembers top(payload, root);
    mapRegisteredClaims(top, typ, out);
    if (top.failed())
        return std::nullopt;
    return out;
}

Result<Credential> CredentialParser::fromSdJwt(const SdJwt &sdJwt)
{
    // Only an SD-JWT VC is read as one: its typ says so and it names its type (vct). Any other
    // token with '~' separators (a JWT-VC with "~" appended, a plain JWT) would otherwise be
    // read here without its own status, validity and schema members: a downgrade.
    const QString typ = sdJwt.issuerJwt().type();
    if (typ != QLatin1String("dc+sd-jwt") && typ != QLatin1String("vc+sd-jwt"))
        return Error{QStringLiteral("credential.malformed"),
                     tr("the token has SD-JWT separators ('~') but its typ is \"%1\", not "
                        "dc+sd-jwt (an SD-JWT VC)")
                         .arg(typ.left(40))};
    auto issuerClaims = sdJwt.issuerJwt().payloadObject();
    if (!issuerClaims)
        return issuerClaims.error();
    if (!issuerClaims->value(QStringLiteral("vct")).isString() ||
        issuerClaims->contains(QStringLiteral("vc")) ||
        issuerClaims->contains(QStringLiteral("vp")))
        return Error{QStringLiteral("credential.malformed"),
                     tr("an SD-JWT VC must name its type in a \"vct\" string and carry no "
                        "\"vc\" or \"vp\" claim")};
    Credential out;
    out.format = QStringLiteral("dc+sd-jwt");
    out.jws = sdJwt.issuerJwt();
    out.sdJwt = sdJwt;
    out.jwtClaims = issuerClaims.value();
    out.raw = sdJwt.presentationWithoutKeyBinding();
    if (sdJwt.keyBindingJwt()) {
        const CompactJws &kb = *sdJwt.keyBindingJwt();
        out.raw += kb.signingInput() + '.' + Base64Url::encode(kb.signature());
    }
    QJsonObject claims = issuerClaims.value();
    if (auto resolved = sdJwt.resolveClaims(issuerClaims.value()))
        claims = resolved.value();
    else
        out.disclosureError = resolved.error().message;
    // SD-JWT VC forbids making these disclosable: a holder could withhold an expiry or a
    // status, or pick the issuer, validity or key a verifier sees. One that arrives in a
    // disclosure fails the disclosures check; the verifier cannot see ones withheld.
    for (const char *fixed : {"iss", "nbf", "exp", "cnf", "vct", "vct#integrity", "status"}) {
        const QLatin1String name(fixed);
        if (out.disclosureError.isEmpty() && claims.contains(name) && !issuerClaims->contains(name))
            out.disclosureError =
                tr("the claim \"%1\" arrives in a disclosure; an SD-JWT VC must not make it "
                   "selectively disclosable")
                    .arg(name);
    }
    out.document = claims;
    out.issuer = claims.value(QStringLiteral("iss")).toString();
    out.subject = claims.value(QStringLiteral("sub")).toString();
    out.id = claims.value(QStringLiteral("jti")).toString();
    if (claims.contains(QStringLiteral("vct")))
        out.types = QStringList{claims.value(QStringLiteral("vct")).toString()};
    out.status = claims.value(QStringLiteral("status"));
    mapRegisteredDates(claims, out);
    QJsonObject subjectClaims = claims;
    for (const char *registered : {"iss", "sub", "jti", "vct", "vct#integrity", "status", "cnf",
                                   "nbf", "exp", "iat", "_sd", "_sd_alg"})
        subjectClaims.remove(QLatin1String(registered));
    out.claims = subjectClaims;
    return out;
}

Result<Credential> CredentialParser::fromJsonLd(const QJsonObject &document)
{
    if (!looksLikeJsonLd(document))
        return Error{QStringLiteral("credential.not_a_credential"),
                     tr("the JSON is not a verifiable credential or presentation (it needs "
                        "@context and a VerifiableCredential or VerifiablePresentation type)")};
    Credential out;
    readDocument(document, out);
    out.format = out.isPresentation() ? QStringLiteral("ldp_vp") : QStringLiteral("ldp_vc");
    out.raw = QJsonDocument(document).toJson(QJsonDocument::Compact);
    return out;
}

} // namespace vcdesk
