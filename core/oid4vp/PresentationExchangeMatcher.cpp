#include "core/oid4vp/PresentationExchangeMatcher.h"

#include "core/oid4vp/ClaimsPath.h"
#include "core/oid4vp/JsonPath.h"
#include "core/verify/JsonSchemaValidator.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

Error malformed(const QString &message)
{
    return Error{QStringLiteral("query.invalid_presentation_definition"), message};
}

} // namespace

QStringList PresentationExchangeMatcher::formatNames(const QString &walletFormat)
{
    if (walletFormat == QLatin1String("jwt_vc_json"))
        return {QStringLiteral("jwt_vc_json"), QStringLiteral("jwt_vc"), QStringLiteral("jwt_vp"),
                QStringLiteral("jwt_vp_json"), QStringLiteral("jwt")};
    if (walletFormat == QLatin1String("dc+sd-jwt") || walletFormat == QLatin1String("vc+sd-jwt"))
        return {QStringLiteral("vc+sd-jwt"), QStringLiteral("dc+sd-jwt")};
    if (walletFormat == QLatin1String("ldp_vc"))
        return {QStringLiteral("ldp_vc"), QStringLiteral("ldp_vp"), QStringLiteral("ldp")};
    if (walletFormat == QLatin1String("vc+jwt"))
        return {QStringLiteral("vc+jwt"), QStringLiteral("vp+jwt")};
    return {walletFormat};
}

Status PresentationExchangeMatcher::validate(const QJsonObject &definition)
{
    if (!definition.value(QStringLiteral("id")).isString())
        return malformed(tr("the presentation definition has no id"));
    const QJsonValue descriptors = definition.value(QStringLiteral("input_descriptors"));
    if (!descriptors.isArray() || descriptors.toArray().isEmpty() ||
        descriptors.toArray().size() > kMaxDescriptors)
        return malformed(tr("input_descriptors must be a list of 1 to %1").arg(kMaxDescriptors));
    QSet<QString> ids;
    for (const QJsonValue &value : descriptors.toArray()) {
        const QJsonObject descriptor = value.toObject();
        const QString id = descriptor.value(QStringLiteral("id")).toString();
        if (!value.isObject() || id.isEmpty() || ids.contains(id))
            return malformed(tr("every input descriptor needs its own id"));
        ids.insert(id);
        const QJsonValue fields = descriptor.value(QStringLiteral("constraints"))
                                      .toObject()
                                      .value(QStringLiteral("fields"));
        if (!fields.isUndefined() && (!fields.isArray() || fields.toArray().size() > kMaxFields))
            return malformed(
                tr("fields of %1 must be a list of at most %2").arg(id).arg(kMaxFields));
        for (const QJsonValue &field : fields.toArray()) {
            const QJsonArray paths = field.toObject().value(QStringLiteral("path")).toArray();
            if (paths.isEmpty() || !std::all_of(paths.begin(), paths.end(),
                                                [](const QJsonValue &p) { return p.isString(); }))
                return malformed(tr("a field of %1 has no path").arg(id));
            const QJsonValue filter = field.toObject().value(QStringLiteral("filter"));
            if (!filter.isUndefined() && !filter.isObject())
                return malformed(tr("a filter of %1 is not a JSON Schema object").arg(id));
        }
    }
    for (const QJsonValue &value :
         definition.value(QStringLiteral("submission_requirements")).toArray()) {
        const QString rule = value.toObject().value(QStringLiteral("rule")).toString();
        if (rule != QLatin1String("all") && rule != QLatin1String("pick"))
            return malformed(tr("a submission requirement's rule must be all or pick"));
    }
    return {};
}

bool PresentationExchangeMatcher::formatAllowed(const QJsonObject &formats,
                                                const QString &walletFormat)
{
    if (formats.isEmpty())
        return true;
    const QStringList names = formatNames(walletFormat);
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const QString &name) { return formats.contains(name); });
}

std::optional<FoundClaims> PresentationExchangeMatcher::fieldsFit(const QList<Field> &fields,
                                                                  const HeldCredential &held)
{
    FoundClaims revealed;
    for (const Field &field : fields) {
        std::optional<QJsonArray> found;
        for (const QJsonArray &path : field.paths) {
            for (const ClaimsPath::Hit &hit : ClaimsPath::select(held.matchDocument(), path)) {
                const auto outcome = JsonSchemaValidator::validate(hit.value, field.filter);
                if (outcome.violations.isEmpty() && outcome.unsupported.isEmpty()) {
                    found = hit.path;
                    break;
                }
            }
            if (found)
                break;
        }
        if (found) {
            revealed.paths << *found;
            if (field.optional)
                revealed.optional << *found;
        } else if (!field.optional)
            return std::nullopt;
    }
    return revealed;
}

PresentationExchangeMatcher::Requirement
PresentationExchangeMatcher::evaluate(const QJsonObject &requirement,
                                      const PresentationMatch &match,
                                      const QHash<QString, QStringList> &groups, int depth)
{
    Requirement out;
    const bool all = requirement.value(QStringLiteral("rule")).toString() == QLatin1String("all");
    const int count = requirement.value(QStringLiteral("count")).toInt(-1);
    const int min = requirement.value(QStringLiteral("min")).toInt(0);
    QList<Requirement> units;
    if (requirement.contains(QStringLiteral("from_nested"))) {
        if (depth >= kMaxNesting)
            return out;
        for (const QJsonValue &nested : requirement.value(QStringLiteral("from_nested")).toArray())
            units << evaluate(nested.toObject(), match, groups, depth + 1);
    } else {
        for (const QString &id :
             groups.value(requirement.value(QStringLiteral("from")).toString())) {
            const RequestedPart *part = match.part(id);
            units << Requirement{part && !part->candidates.isEmpty(), {id}};
        }
    }
    qsizetype available = 0;
    for (const Requirement &unit : std::as_const(units))
        available += unit.satisfiable ? 1 : 0;
    const qsizetype needed = all ? units.size() : count >= 0 ? count : min;
    out.satisfiable = !units.isEmpty() && available >= needed;
    for (const Requirement &unit : std::as_const(units)) {
        if (qsizetype(out.chosen.size()) >= needed && !all)
            break;
        if (unit.satisfiable)
            out.chosen.unite(unit.chosen);
    }
    return out;
}

Result<PresentationMatch> PresentationExchangeMatcher::match(const QJsonObject &definition,
                                                             const QList<HeldCredential> &wallet)
{
    if (auto valid = validate(definition); !valid)
        return valid.error();
    PresentationMatch match;
    match.definitionId = definition.value(QStringLiteral("id")).toString();
    match.purpose = definition.value(QStringLiteral("purpose")).toString();
    const QJsonObject definitionFormats = definition.value(QStringLiteral("format")).toObject();
    QHash<QString, QStringList> groups;
    for (const QJsonValue &value :
         definition.value(QStringLiteral("input_descriptors")).toArray()) {
        const QJsonObject descriptor = value.toObject();
        RequestedPart part;
        part.id = descriptor.value(QStringLiteral("id")).toString();
        part.name = descriptor.value(QStringLiteral("name")).toString();
        part.purpose = descriptor.value(QStringLiteral("purpose")).toString();
        for (const QJsonValue &group : descriptor.value(QStringLiteral("group")).toArray())
            groups[group.toString()] << part.id;
        const QJsonObject formats = descriptor.contains(QStringLiteral("format"))
                                        ? descriptor.value(QStringLiteral("format")).toObject()
                                        : definitionFormats;
        part.format = formats.keys().join(QStringLiteral(", "));
        QList<Field> fields;
        for (const QJsonValue &value : descriptor.value(QStringLiteral("constraints"))
                                           .toObject()
                                           .value(QStringLiteral("fields"))
                                           .toArray()) {
            const QJsonObject object = value.toObject();
            Field field;
            field.filter = object.value(QStringLiteral("filter")).toObject();
            field.optional = object.value(QStringLiteral("optional")).toBool(false);
            const QJsonArray expressions = object.value(QStringLiteral("path")).toArray();
            for (qsizetype i = 0; i < expressions.size(); ++i) {
                auto path = JsonPath::toClaimsPath(expressions.at(i).toString());
                if (path)
                    field.paths << path.value();
                if (i != 0)
                    continue;
                // The first path names the claim for people.
                if (path)
                    part.requestedClaims << path.value();
                else if (part.unmatchedReason.isEmpty())
                    part.unmatchedReason = path.error().message;
            }
            fields << field;
        }
        for (const HeldCredential &held : wallet) {
            if (!held.canBePresented() || !formatAllowed(formats, held.format()))
                continue;
            auto revealed = fieldsFit(fields, held);
            if (!revealed)
                continue;
            part.candidates << held.candidate(*revealed);
        }
        if (part.candidates.isEmpty() && part.unmatchedReason.isEmpty())
            part.unmatchedReason =
                tr("no credential in the wallet has the format and fields this part asks for");
        match.parts << part;
    }
    const QJsonArray requirements =
        definition.value(QStringLiteral("submission_requirements")).toArray();
    if (requirements.isEmpty()) {
        match.satisfiable =
            std::all_of(match.parts.cbegin(), match.parts.cend(),
                        [](const RequestedPart &p) { return !p.candidates.isEmpty(); });
        if (!match.satisfiable)
            match.unsatisfiedReason = tr("the wallet has no credential for a required part");
        return match;
    }
    QSet<QString> required;
    match.satisfiable = true;
    for (const QJsonValue &value : requirements) {
        const Requirement outcome = evaluate(value.toObject(), match, groups, 0);
        match.satisfiable = match.satisfiable && outcome.satisfiable;
        required.unite(outcome.chosen);
    }
    for (RequestedPart &part : match.parts)
        part.required = required.contains(part.id);
    if (!match.satisfiable)
        match.unsatisfiedReason = tr("the wallet cannot meet the submission requirements");
    return match;
}

} // namespace vcdesk
