#include "core/oid4vp/DcqlMatcher.h"

#include "core/oid4vp/ClaimsPath.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace vcdesk {

namespace {

Error malformed(const QString &message)
{
    return Error{QStringLiteral("query.invalid_dcql"), message};
}

bool isIdentifier(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    return pattern.match(id).hasMatch();
}

bool isNonEmptyArrayOfNonEmptyArrays(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return false;
    for (const QJsonValue &inner : value.toArray())
        if (!inner.isArray() || inner.toArray().isEmpty())
            return false;
    return true;
}

} // namespace

Status DcqlMatcher::validateCredentialQuery(const QJsonObject &q)
{
    const QString id = q.value(QStringLiteral("id")).toString();
    if (!isIdentifier(id))
        return malformed(tr("a credential query id must be 1-128 letters, digits, _ or -"));
    if (!q.value(QStringLiteral("format")).isString())
        return malformed(tr("credential query %1 has no format").arg(id));
    for (const char *flag : {"multiple", "require_cryptographic_holder_binding"})
        if (q.contains(QLatin1String(flag)) && !q.value(QLatin1String(flag)).isBool())
            return malformed(tr("%1 of %2 must be true or false").arg(QLatin1String(flag), id));
    if (q.contains(QStringLiteral("meta")) && !q.value(QStringLiteral("meta")).isObject())
        return malformed(tr("meta of %1 must be an object").arg(id));
    const QJsonObject meta = q.value(QStringLiteral("meta")).toObject();
    if (meta.contains(QStringLiteral("type_values")) &&
        !isNonEmptyArrayOfNonEmptyArrays(meta.value(QStringLiteral("type_values"))))
        return malformed(tr("type_values of %1 must be a list of type lists").arg(id));
    if (meta.contains(QStringLiteral("vct_values")) &&
        (!meta.value(QStringLiteral("vct_values")).isArray() ||
         meta.value(QStringLiteral("vct_values")).toArray().isEmpty()))
        return malformed(tr("vct_values of %1 must be a non-empty list").arg(id));

    QSet<QString> claimIds;
    if (q.contains(QStringLiteral("claims"))) {
        const QJsonArray claims = q.value(QStringLiteral("claims")).toArray();
        if (claims.isEmpty() || claims.size() > kMaxClaims)
            return malformed(tr("claims of %1 must be a list of 1 to %2").arg(id).arg(kMaxClaims));
        for (const QJsonValue &value : claims) {
            const QJsonObject claim = value.toObject();
            if (auto valid = ClaimsPath::validate(claim.value(QStringLiteral("path")).toArray());
                !value.isObject() || !valid)
                return malformed(tr("a claim of %1 has no valid path").arg(id));
            if (claim.contains(QStringLiteral("id"))) {
                const QString claimId = claim.value(QStringLiteral("id")).toString();
                if (!isIdentifier(claimId) || claimIds.contains(claimId))
                    return malformed(tr("claim ids of %1 must be unique identifiers").arg(id));
                claimIds.insert(claimId);
            }
            if (claim.contains(QStringLiteral("values"))) {
                const QJsonArray values = claim.value(QStringLiteral("values")).toArray();
                if (values.isEmpty())
                    return malformed(
                        tr("values of a claim of %1 must be a non-empty list").arg(id));
                for (const QJsonValue &v : values)
                    if (!v.isString() && !v.isDouble() && !v.isBool())
                        return malformed(tr("values may only be strings, numbers or booleans"));
            }
        }
    }
    if (q.contains(QStringLiteral("claim_sets"))) {
        if (!q.contains(QStringLiteral("claims")) ||
            !isNonEmptyArrayOfNonEmptyArrays(q.value(QStringLiteral("claim_sets"))))
            return malformed(
                tr("claim_sets of %1 need claims and must be lists of claim ids").arg(id));
        for (const QJsonValue &set : q.value(QStringLiteral("claim_sets")).toArray())
            for (const QJsonValue &claimId : set.toArray())
                if (!claimIds.contains(claimId.toString()))
                    return malformed(
                        tr("claim_sets of %1 name a claim id that does not exist").arg(id));
    }
    return {};
}

Status DcqlMatcher::validate(const QJsonObject &query)
{
    const QJsonValue credentials = query.value(QStringLiteral("credentials"));
    if (!credentials.isArray() || credentials.toArray().isEmpty() ||
        credentials.toArray().size() > kMaxQueries)
        return malformed(tr("credentials must be a list of 1 to %1 queries").arg(kMaxQueries));
    QSet<QString> ids;
    for (const QJsonValue &value : credentials.toArray()) {
        if (!value.isObject())
            return malformed(tr("a credential query is not an object"));
        if (auto valid = validateCredentialQuery(value.toObject()); !valid)
            return valid;
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        if (ids.contains(id))
            return malformed(tr("the credential query id %1 is used twice").arg(id));
        ids.insert(id);
    }
    if (!query.contains(QStringLiteral("credential_sets")))
        return {};
    const QJsonValue sets = query.value(QStringLiteral("credential_sets"));
    if (!sets.isArray() || sets.toArray().isEmpty())
        return malformed(tr("credential_sets must be a non-empty list"));
    for (const QJsonValue &set : sets.toArray()) {
        const QJsonValue options = set.toObject().value(QStringLiteral("options"));
        if (!isNonEmptyArrayOfNonEmptyArrays(options))
            return malformed(tr("a credential set needs options: lists of credential query ids"));
        for (const QJsonValue &option : options.toArray())
            for (const QJsonValue &id : option.toArray())
                if (!ids.contains(id.toString()))
                    return malformed(tr("a credential set names the unknown query \"%1\"")
                                         .arg(id.toString().left(60)));
        const QJsonValue required = set.toObject().value(QStringLiteral("required"));
        if (!required.isUndefined() && !required.isBool())
            return malformed(tr("required of a credential set must be true or false"));
    }
    return {};
}

bool DcqlMatcher::formatFits(const QString &queried, const QString &held)
{
    const bool sdJwt = held == QLatin1String("dc+sd-jwt") || held == QLatin1String("vc+sd-jwt");
    if (queried == QLatin1String("dc+sd-jwt") || queried == QLatin1String("vc+sd-jwt"))
        return sdJwt;
    return queried == held;
}

bool DcqlMatcher::metaFits(const QJsonObject &meta, const HeldCredential &held)
{
    if (meta.contains(QStringLiteral("vct_values")) &&
        !meta.value(QStringLiteral("vct_values")).toArray().contains(QJsonValue(held.vct())))
        return false;
    if (meta.contains(QStringLiteral("type_values"))) {
        const QStringList types = held.credential().types;
        bool any = false;
        for (const QJsonValue &alternative : meta.value(QStringLiteral("type_values")).toArray()) {
            bool all = true;
            for (const QJsonValue &type : alternative.toArray())
                all = all && types.contains(type.toString());
            any = any || all;
        }
        if (!any)
            return false;
    }
    return true;
}

std::optional<FoundClaims> DcqlMatcher::claimsFit(const QJsonObject &q, const HeldCredential &held)
{
    const QJsonArray claims = q.value(QStringLiteral("claims")).toArray();
    QHash<QString, QList<QJsonArray>> found; // claim id (or index) -> concrete paths
    QStringList order;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const QJsonObject claim = claims.at(i).toObject();
        const QString key = claim.value(QStringLiteral("id")).toString(QString::number(i));
        order << key;
        const QJsonArray values = claim.value(QStringLiteral("values")).toArray();
        for (const ClaimsPath::Hit &hit : ClaimsPath::select(
                 held.claimsDocument(), claim.value(QStringLiteral("path")).toArray()))
            if (values.isEmpty() || values.contains(hit.value))
                found[key].append(hit.path);
    }
    const auto answer = [&](const QStringList &keys) -> std::optional<QList<QJsonArray>> {
        QList<QJsonArray> paths;
        for (const QString &key : keys) {
            if (!found.contains(key))
                return std::nullopt;
            paths << found.value(key);
        }
        return paths;
    };
    if (!q.contains(QStringLiteral("claim_sets"))) {
        auto paths = answer(order);
        return paths ? std::optional<FoundClaims>(FoundClaims{*paths, {}}) : std::nullopt;
    }
    // The first set met is the answer (the verifier's preference); the smallest other set
    // met within it says which of its claims the verifier can do without.
    std::optional<QStringList> first;
    QStringList smallest;
    for (const QJsonValue &set : q.value(QStringLiteral("claim_sets")).toArray()) {
        QStringList keys;
        for (const QJsonValue &id : set.toArray())
            keys << id.toString();
        if (!answer(keys))
            continue;
        if (!first) {
            first = keys;
            smallest = keys;
            continue;
        }
        const bool within = std::all_of(keys.cbegin(), keys.cend(),
                                        [&](const QString &key) { return first->contains(key); });
        if (within && keys.size() < smallest.size())
            smallest = keys;
    }
    if (!first)
        return std::nullopt;
    FoundClaims fit{*answer(*first), {}};
    for (const QString &key : std::as_const(*first))
        if (!smallest.contains(key))
            fit.optional << found.value(key);
    return fit;
}

void DcqlMatcher::applyCredentialSets(const QJsonArray &sets, PresentationMatch &match)
{
    for (RequestedPart &part : match.parts)
        part.required = false;
    match.satisfiable = true;
    for (const QJsonValue &value : sets) {
        const QJsonObject set = value.toObject();
        const bool required = set.value(QStringLiteral("required")).toBool(true);
        if (match.purpose.isEmpty())
            match.purpose = set.value(QStringLiteral("purpose")).toString();
        bool answered = false;
        for (const QJsonValue &option : set.value(QStringLiteral("options")).toArray()) {
            const QJsonArray ids = option.toArray();
            const bool complete = std::all_of(ids.begin(), ids.end(), [&](const QJsonValue &id) {
                const RequestedPart *part = match.part(id.toString());
                return part && !part->candidates.isEmpty();
            });
            if (!complete)
                continue;
            for (RequestedPart &part : match.parts)
                if (required && ids.contains(QJsonValue(part.id)))
                    part.required = true;
            answered = true;
            break;
        }
        if (required && !answered) {
            match.satisfiable = false;
            match.unsatisfiedReason =
                tr("the wallet cannot answer any option of a required credential set");
        }
    }
}

Result<PresentationMatch> DcqlMatcher::match(const QJsonObject &query,
                                             const QList<HeldCredential> &wallet)
{
    if (auto valid = validate(query); !valid)
        return valid.error();
    PresentationMatch match;
    for (const QJsonValue &value : query.value(QStringLiteral("credentials")).toArray()) {
        const QJsonObject q = value.toObject();
        RequestedPart part;
        part.id = q.value(QStringLiteral("id")).toString();
        part.format = q.value(QStringLiteral("format")).toString();
        part.multiple = q.value(QStringLiteral("multiple")).toBool(false);
        for (const QJsonValue &claim : q.value(QStringLiteral("claims")).toArray())
            part.requestedClaims << claim.toObject().value(QStringLiteral("path")).toArray();
        const QJsonObject meta = q.value(QStringLiteral("meta")).toObject();
        const bool binding =
            q.value(QStringLiteral("require_cryptographic_holder_binding")).toBool(true);
        for (const HeldCredential &held : wallet) {
            if (!held.canBePresented() || !formatFits(part.format, held.format()) ||
                !metaFits(meta, held))
                continue;
            if (binding && held.isSdJwt() &&
                !held.credential().jwtClaims.object().value(QStringLiteral("cnf")).isObject())
                continue; // no key to bind the presentation to
            if (auto claims = claimsFit(q, held))
                part.candidates << held.candidate(*claims);
        }
        if (part.candidates.isEmpty())
            part.unmatchedReason = tr("no credential in the wallet has the format, type and claims "
                                      "this part asks for");
        match.parts << part;
    }
    if (query.contains(QStringLiteral("credential_sets"))) {
        applyCredentialSets(query.value(QStringLiteral("credential_sets")).toArray(), match);
        return match;
    }
    match.satisfiable = std::all_of(match.parts.cbegin(), match.parts.cend(),
                                    [](const RequestedPart &p) { return !p.candidates.isEmpty(); });
    if (!match.satisfiable)
        match.unsatisfiedReason = tr("the wallet has no credential for a required part");
    return match;
}

} // namespace vcdesk
