#include "core/verify/JsonSchemaValidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

#include <cmath>

namespace vcdesk {

namespace {

constexpr int kMaxDepth = 32;
constexpr qsizetype kMaxViolations = 20;

/// Keywords this validator does not evaluate: a schema using one is "unsupported", never a
/// silent pass. Named in this order.
const QStringList &unsupportedKeywords()
{
    static const QStringList keywords{QStringLiteral("$ref"),
                                      QStringLiteral("$dynamicRef"),
                                      QStringLiteral("if"),
                                      QStringLiteral("then"),
                                      QStringLiteral("else"),
                                      QStringLiteral("patternProperties"),
                                      QStringLiteral("dependentRequired"),
                                      QStringLiteral("dependentSchemas"),
                                      QStringLiteral("prefixItems"),
                                      QStringLiteral("uniqueItems"),
                                      QStringLiteral("multipleOf"),
                                      QStringLiteral("propertyNames"),
                                      QStringLiteral("unevaluatedProperties"),
                                      QStringLiteral("unevaluatedItems"),
                                      QStringLiteral("minProperties"),
                                      QStringLiteral("maxProperties")};
    return keywords;
}

/// Whether the schema uses any of them: its own keys (usually two or three) looked up in a
/// set, not the schema probed for each of the sixteen.
bool usesUnsupported(const QJsonObject &schema)
{
    static const QSet<QString> keywords(unsupportedKeywords().cbegin(),
                                        unsupportedKeywords().cend());
    for (auto member = schema.constBegin(); member != schema.constEnd(); ++member)
        if (keywords.contains(member.key()))
            return true;
    return false;
}

QString pointer(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace

JsonSchemaValidator::Outcome JsonSchemaValidator::validate(const QJsonValue &instance,
                                                           const QJsonObject &schema)
{
    // The empty schema accepts every value (a Presentation Exchange field without a filter
    // asks only that the claim be there): nothing to walk.
    if (schema.isEmpty())
        return {};
    Outcome out;
    check(instance, schema, QString(), 0, out);
    out.unsupported.removeDuplicates();
    return out;
}

bool JsonSchemaValidator::hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("integer"))
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("null"))
        return value.isNull();
    return false;
}

bool JsonSchemaValidator::matchesFormat(const QString &text, const QString &format, bool &known)
{
    known = true;
    if (format == QLatin1String("date-time")) {
        static const QRegularExpression rfc3339(QStringLiteral(
            "^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"));
        return rfc3339.match(text).hasMatch() &&
               QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
    }
    if (format == QLatin1String("date"))
        return QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))
                   .match(text)
                   .hasMatch() &&
               QDate::fromString(text, Qt::ISODate).isValid();
    if (format == QLatin1String("email")) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return email.match(text).hasMatch();
    }
    if (format == QLatin1String("uri")) {
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && !url.scheme().isEmpty();
    }
    known = false; // other formats are annotations (JSON Schema 2020-12 default)
    return true;
}

void JsonSchemaValidator::check(const QJsonValue &value, const QJsonObject &schema,
                                const QString &path, int depth, Outcome &out)
{
    if (out.violations.size() >= kMaxViolations)
        return;
    if (depth > kMaxDepth) {
        out.unsupported << tr("schemas nested deeper than %1 levels").arg(kMaxDepth);
        return;
    }
    if (usesUnsupported(schema)) {
        for (const QString &keyword : unsupportedKeywords())
            if (schema.contains(keyword))
                out.unsupported << keyword;
    }
    auto violation = [&](const QString &why) {
        out.violations << pointer(path) + QStringLiteral(": ") + why;
    };
    checkCombinators(value, schema, path, depth, out);

    if (schema.contains(QStringLiteral("type"))) {
        const QJsonValue type = schema.value(QStringLiteral("type"));
        const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
        bool any = false;
        QStringList names;
        for (const QJsonValue &t : types) {
            names << t.toString();
            any = any || hasType(value, t.toString());
        }
        if (!any) {
            violation(tr("expected %1").arg(names.join(QStringLiteral(" or "))));
            return; // the other keywords assume the type
        }
    }
    if (schema.contains(QStringLiteral("enum")) &&
        !schema.value(QStringLiteral("enum")).toArray().contains(value))
        violation(tr("not one of the allowed values"));
    if (schema.contains(QStringLiteral("const")) && schema.value(QStringLiteral("const")) != value)
        violation(tr("not the required value"));

    if (value.isString()) {
        const QString text = value.toString();
        if (schema.contains(QStringLiteral("minLength")) &&
            text.size() < schema.value(QStringLiteral("minLength")).toInteger())
            violation(tr("shorter than %1 characters")
                          .arg(schema.value(QStringLiteral("minLength")).toInteger()));
        if (schema.contains(QStringLiteral("maxLength")) &&
            text.size() > schema.value(QStringLiteral("maxLength")).toInteger())
            violation(tr("longer than %1 characters")
                          .arg(schema.value(QStringLiteral("maxLength")).toInteger()));
        if (schema.contains(QStringLiteral("pattern"))) {
            const QRegularExpression pattern(schema.value(QStringLiteral("pattern")).toString());
            if (!pattern.isValid() || text.size() > 10000)
                out.unsupported << QStringLiteral("pattern");
            else if (!pattern.match(text).hasMatch())
                violation(tr("does not match the pattern %1").arg(pattern.pattern().left(60)));
        }
        if (schema.contains(QStringLiteral("format"))) {
            bool known = false;
            const QString format = schema.value(QStringLiteral("format")).toString();
            if (!matchesFormat(text, format, known))
                violation(tr("not a valid %1").arg(format));
        }
    }
    if (value.isDouble()) {
        const double n = value.toDouble();
        if (schema.contains(QStringLiteral("minimum")) &&
            n < schema.value(QStringLiteral("minimum")).toDouble())
            violation(tr("less than %1").arg(schema.value(QStringLiteral("minimum")).toDouble()));
        if (schema.contains(QStringLiteral("maximum")) &&
            n > schema.value(QStringLiteral("maximum")).toDouble())
            violation(tr("more than %1").arg(schema.value(QStringLiteral("maximum")).toDouble()));
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(QStringLiteral("minItems")) &&
            array.size() < schema.value(QStringLiteral("minItems")).toInteger())
            violation(tr("fewer than %1 items")
                          .arg(schema.value(QStringLiteral("minItems")).toInteger()));
        if (schema.contains(QStringLiteral("maxItems")) &&
            array.size() > schema.value(QStringLiteral("maxItems")).toInteger())
            violation(
                tr("more than %1 items").arg(schema.value(QStringLiteral("maxItems")).toInteger()));
        if (schema.value(QStringLiteral("items")).isObject()) {
            for (qsizetype i = 0; i < array.size(); ++i)
                check(array.at(i), schema.value(QStringLiteral("items")).toObject(),
                      path + QLatin1Char('/') + QString::number(i), depth + 1, out);
        }
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        const QJsonValue above = schema.value(QStringLiteral("exclusiveMinimum"));
        const QJsonValue below = schema.value(QStringLiteral("exclusiveMaximum"));
        if (above.isDouble() && !(number > above.toDouble()))
            violation(tr("not greater than %1").arg(above.toDouble()));
        if (below.isDouble() && !(number < below.toDouble()))
            violation(tr("not less than %1").arg(below.toDouble()));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(name.toString()))
                violation(tr("\"%1\" is required").arg(name.toString().left(60)));
        }
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path + QLatin1Char('/') + it.key();
            if (properties.contains(it.key())) {
                const QJsonValue sub = properties.value(it.key());
                if (sub.isObject())
                    check(it.value(), sub.toObject(), child, depth + 1, out);
                else if (sub.isBool() && !sub.toBool())
                    out.violations << child + QStringLiteral(": ") + tr("not allowed");
                continue;
            }
            const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
            if (additional.isBool() && !additional.toBool())
                out.violations << child + QStringLiteral(": ") + tr("not allowed by the schema");
            else if (additional.isObject())
                check(it.value(), additional.toObject(), child, depth + 1, out);
        }
    }
}

bool JsonSchemaValidator::conforms(const QJsonValue &value, const QJsonObject &schema,
                                   const QString &path, int depth, Outcome &out)
{
    Outcome sub;
    check(value, schema, path, depth + 1, sub);
    out.unsupported << sub.unsupported;
    return sub.violations.isEmpty();
}

void JsonSchemaValidator::checkCombinators(const QJsonValue &value, const QJsonObject &schema,
                                           const QString &path, int depth, Outcome &out)
{
    auto violation = [&](const QString &why) {
        out.violations << pointer(path) + QStringLiteral(": ") + why;
    };
    auto count = [&](const QString &keyword) {
        int matching = 0;
        for (const QJsonValue &sub : schema.value(keyword).toArray())
            matching += conforms(value, sub.toObject(), path, depth, out) ? 1 : 0;
        return matching;
    };
    const auto size = [&](const QString &keyword) {
        return int(schema.value(keyword).toArray().size());
    };
    if (schema.contains(QStringLiteral("allOf")) &&
        count(QStringLiteral("allOf")) != size(QStringLiteral("allOf")))
        violation(tr("does not match all of the schemas in allOf"));
    if (schema.contains(QStringLiteral("anyOf")) && count(QStringLiteral("anyOf")) == 0)
        violation(tr("matches none of the schemas in anyOf"));
    if (schema.contains(QStringLiteral("oneOf")) && count(QStringLiteral("oneOf")) != 1)
        violation(tr("does not match exactly one of the schemas in oneOf"));
    if (schema.value(QStringLiteral("not")).isObject() &&
        conforms(value, schema.value(QStringLiteral("not")).toObject(), path, depth, out))
        violation(tr("matches the schema in not"));
    if (schema.value(QStringLiteral("contains")).isObject() && value.isArray()) {
        const QJsonObject item = schema.value(QStringLiteral("contains")).toObject();
        const QJsonArray array = value.toArray();
        const bool any = std::any_of(array.begin(), array.end(), [&](const QJsonValue &element) {
            return conforms(element, item, path, depth, out);
        });
        if (!any)
            violation(tr("no item matches the schema in contains"));
    }
}

} // namespace vcdesk
