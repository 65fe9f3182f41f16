#include "core/verify/SchemaCheck.h"

#include "core/codec/StrictJson.h"
#include "core/verify/CachedFetch.h"
#include "core/verify/CheckName.h"
#include "core/verify/JsonSchemaValidator.h"

#include <QJsonArray>

namespace vcdesk {

namespace {
using Outcome = CheckResult::Outcome;

} // namespace

void SchemaCheck::run(const Credential &credential, const InspectOptions &options,
                      ValidationReport &report)
{
    if (credential.schemas.isUndefined() || credential.schemas.isNull())
        return;
    const QJsonArray references = credential.schemas.isArray() ? credential.schemas.toArray()
                                                               : QJsonArray{credential.schemas};
    QList<CheckResult> parts;
    for (qsizetype i = 0; i < references.size() && i < 8; ++i)
        parts << checkOne(references.at(i).toObject(), credential, options);
    if (references.size() > 8)
        parts << CheckResult{CheckName::SchemaConformance, Outcome::Fail,
                             tr("more than 8 schemas; refusing the rest")};
    report.addCombined(CheckName::SchemaConformance, parts);
}

CheckResult SchemaCheck::checkOne(const QJsonObject &reference, const Credential &credential,
                                  const InspectOptions &options)
{
    const QString type = reference.value(QStringLiteral("type")).toString();
    const QString url = reference.value(QStringLiteral("id")).toString();
    if (type != QLatin1String("JsonSchema") && type != QLatin1String("JsonSchemaValidator2018"))
        return {CheckName::SchemaConformance, Outcome::Unknown,
                tr("schema type \"%1\" is not one vcdesk applies").arg(type.left(60))};
    auto fetched = CachedFetch::get(url, options, CachedFetch::kMaxSchemaBytes);
    if (!fetched)
        return {CheckName::SchemaConformance, Outcome::Unknown,
                tr("cannot get the schema %1: %2").arg(url.left(120), fetched.error().message)};
    auto schema = StrictJson::parseObject(fetched->bytes);
    if (!schema)
        return {CheckName::SchemaConformance, Outcome::Unknown,
                tr("the schema %1 is not JSON: %2").arg(url.left(120), schema.error().message)};
    const auto outcome =
        JsonSchemaValidator::validate(credential.document.object(), schema.value());
    if (!outcome.violations.isEmpty())
        return {CheckName::SchemaConformance, Outcome::Fail,
                tr("does not conform to %1: %2")
                    .arg(url.left(120), outcome.violations.mid(0, 3).join(QStringLiteral(", ")))};
    if (!outcome.unsupported.isEmpty())
        return {CheckName::SchemaConformance, Outcome::Unknown,
                tr("the schema %1 uses %2, which vcdesk does not evaluate")
                    .arg(url.left(120), outcome.unsupported.join(QStringLiteral(", ")))};
    return {CheckName::SchemaConformance, Outcome::Pass,
            tr("conforms to %1 (%2)").arg(url.left(120), fetched->provenance)};
}

} // namespace vcdesk
