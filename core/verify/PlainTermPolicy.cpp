#include "core/verify/PlainTermPolicy.h"

#include "core/common/DisplayText.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

constexpr int kMaxDepth = 64; // deeper than any JSON reader here lets through

Error unread(const QString &member)
{
    return Error{QStringLiteral("di.unread_member"),
                 PlainTermPolicy::tr("the member \"%1\" is written in a JSON-LD form vcdesk does "
                                     "not read (a full or compact IRI, or a keyword such as @id "
                                     "or @nest in place of a term), so vcdesk cannot vouch for "
                                     "what the document says")
                     .arg(DisplayText::escape(member, 80))};
}

Error unreadShape(const QString &sentence)
{
    return Error{QStringLiteral("di.unread_member"), sentence};
}

/// Whether `key`'s value is a JSON literal (a term the VC 2.0 context types "@json"): JSON-LD
/// signs it as the JSON it is, so nothing in it is read as names or links, and a JSON Schema
/// or a key in it may hold colons, nulls or arrays of arrays.
bool isJsonLiteral(const QString &key, const QJsonObject &object, const QString &parentKey)
{
    if (key == QLatin1String("_sd"))
        return true;
    if (key == QLatin1String("jwk"))
        return parentKey == QLatin1String("cnf");
    if (key == QLatin1String("jsonSchema")) {
        const QJsonValue type = object.value(QStringLiteral("type"));
        const QString scoped = QStringLiteral("JsonSchema");
        return type.toString() == scoped || type.toArray().contains(QJsonValue(scoped));
    }
    return false;
}

Status checkValue(const QJsonValue &value, int depth, bool inArray, const QString &key);

Status checkObject(const QJsonObject &object, int depth, const QString &parentKey)
{
    const bool valueObject = object.contains(QStringLiteral("@value"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("@context"))
            continue; // which contexts, and that they are pinned, is checked on its own
        if (isJsonLiteral(key, object, parentKey))
            continue;
        if (key.startsWith(QLatin1Char('@'))) {
            const bool readable = key == QLatin1String("@value") ||
                                  (valueObject && (key == QLatin1String("@type") ||
                                                   key == QLatin1String("@language") ||
                                                   key == QLatin1String("@direction")));
            if (!readable)
                return unread(key);
        } else if (key.contains(QLatin1Char(':'))) {
            return unread(key);
        }
        if (auto inner = checkValue(it.value(), depth + 1, false, key); !inner)
            return inner;
    }
    return {};
}

Status checkValue(const QJsonValue &value, int depth, bool inArray, const QString &key)
{
    if (depth > kMaxDepth)
        return Error{QStringLiteral("di.unread_member"),
                     PlainTermPolicy::tr("the document nests deeper than %1 levels, which "
                                         "vcdesk does not read")
                         .arg(kMaxDepth)};
    // Nulls are dropped and arrays in arrays flattened: [null, {"id": D}] or [[{"id": D}]]
    // sign the same as {"id": D} while a reader of the JSON finds no subject where it looks.
    if (value.isNull())
        return unreadShape(PlainTermPolicy::tr("the document holds a null value, which JSON-LD "
                                               "drops, so vcdesk cannot vouch for what the "
                                               "document says"));
    if (value.isObject())
        return checkObject(value.toObject(), depth, key);
    if (value.isArray()) {
        if (inArray)
            return unreadShape(PlainTermPolicy::tr("the document holds an array inside an array, "
                                                   "which JSON-LD flattens, so vcdesk cannot "
                                                   "vouch for what the document says"));
        for (const QJsonValue &item : value.toArray())
            if (auto inner = checkValue(item, depth + 1, true, key); !inner)
                return inner;
    }
    return {};
}

} // namespace

Status PlainTermPolicy::check(const QJsonObject &document)
{
    return checkObject(document, 0, QString());
}

} // namespace vcdesk
