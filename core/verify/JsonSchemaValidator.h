#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace vcdesk {

/// Validates JSON against the JSON Schema keywords credential schemas use: type, required,
/// properties, additionalProperties, enum, const, pattern, format (date-time, date, email,
/// uri), items, min/maxLength, minimum/maximum, exclusive bounds, min/maxItems, allOf, anyOf,
/// oneOf, not and contains (Presentation Exchange filters use the last ones). Keywords that would
/// change the result but that vcdesk does not evaluate ($ref, if/then/else, ...) are listed in
/// `unsupported`, so a caller never reports "conforms" for a schema it could not fully apply.
class JsonSchemaValidator
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchemaValidator)
public:
    struct Outcome
    {
        QStringList violations; // "/credentialSubject/email: not an email address"
        QStringList unsupported;
    };

    static Outcome validate(const QJsonValue &instance, const QJsonObject &schema);

private:
    static void check(const QJsonValue &value, const QJsonObject &schema, const QString &path,
                      int depth, Outcome &out);
    /// allOf, anyOf, oneOf, not and contains: each subschema is checked on its own.
    static void checkCombinators(const QJsonValue &value, const QJsonObject &schema,
                                 const QString &path, int depth, Outcome &out);
    static bool conforms(const QJsonValue &value, const QJsonObject &schema, const QString &path,
                         int depth, Outcome &out);
    static bool hasType(const QJsonValue &value, const QString &type);
    static bool matchesFormat(const QString &text, const QString &format, bool &known);
};

} // namespace vcdesk
