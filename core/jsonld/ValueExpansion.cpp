#include "core/jsonld/ValueExpansion.h"

#include "core/common/DisplayText.h"
#include "core/jsonld/IriReference.h"
#include "core/jsonld/JsonLdError.h"
#include "core/jsonld/JsonLdKeywords.h"

#include <QJsonArray>
#include <QSet>

namespace vcdesk {

using namespace jsonld;

namespace {

QString shown(const QString &text)
{
    return DisplayText::escape(text, 120);
}

} // namespace

QJsonValue ValueExpansion::finishObject(QJsonObject result, bool hasActiveProperty,
                                        const QString &activeProperty, Status *error)
{
    if (result.contains(kValue)) {
        static const QSet<QString> allowed{kDirection, kIndex, kLanguage, kType, kValue};
        for (const QString &key : result.keys())
            if (!allowed.contains(key)) {
                *error = JsonLdError::make("invalid value object", shown(key));
                return {};
            }
        if (result.contains(kType) && (result.contains(kLanguage) || result.contains(kDirection))) {
            *error = JsonLdError::make("invalid value object", tr("@type with @language"));
            return {};
        }
        if (result.value(kType) == QJsonValue(kJson))
            return result;
        const QJsonValue value = result.value(kValue);
        if (value.isNull())
            return QJsonValue(QJsonValue::Null);
        if (!value.isString() && result.contains(kLanguage)) {
            *error = JsonLdError::make("invalid language-tagged value", tr("not a string"));
            return {};
        }
        if (result.contains(kType) &&
            (!result.value(kType).isString() ||
             !IriReference::isWellFormed(result.value(kType).toString()) ||
             result.value(kType).toString().startsWith(u"_:"))) {
            *error = JsonLdError::make("invalid typed value", tr("@type is not an IRI"));
            return {};
        }
    } else if (result.contains(kType) && !result.value(kType).isArray()) {
        result.insert(kType, QJsonArray{result.value(kType)});
    } else if (result.contains(kSet) || result.contains(kList)) {
        if (result.size() > 2 || (result.size() == 2 && !result.contains(kIndex))) {
            *error = JsonLdError::make("invalid set or list object", tr("extra entries"));
            return {};
        }
        if (result.contains(kSet))
            return result.value(kSet);
    }
    if (result.size() == 1 && result.contains(kLanguage))
        return QJsonValue(QJsonValue::Null);
    if (!hasActiveProperty || activeProperty == kGraph) {
        if (result.isEmpty() || result.contains(kValue) || result.contains(kList))
            return QJsonValue(QJsonValue::Null);
        if (result.size() == 1 && result.contains(kId))
            return QJsonValue(QJsonValue::Null);
    }
    return result;
}

Result<QJsonValue> ValueExpansion::value(ContextProcessor &contexts, const ActiveContext &active,
                                         const QString &property, const QJsonValue &value)
{
    const TermDefinition *definition = active.term(property);
    const QString type = definition ? definition->type : QString();
    if (value.isString() && (type == QLatin1String("@id") || type == QLatin1String("@vocab"))) {
        auto iri =
            contexts.expandIri(active, value.toString(), true, type == QLatin1String("@vocab"));
        if (!iri)
            return iri.error();
        return QJsonValue(QJsonObject{{kId, iri.value()}});
    }
    QJsonObject result{{kValue, value}};
    if (!type.isEmpty() && type != QLatin1String("@id") && type != QLatin1String("@vocab") &&
        type != kNone) {
        result.insert(kType, type);
    } else if (value.isString()) {
        const std::optional<QString> language =
            definition && definition->language ? definition->language : active.defaultLanguage;
        const std::optional<QString> direction =
            definition && definition->direction ? definition->direction : active.defaultDirection;
        if (language && !language->isEmpty())
            result.insert(kLanguage, *language);
        if (direction && !direction->isEmpty())
            result.insert(kDirection, *direction);
    }
    return QJsonValue(result);
}

Result<QJsonValue> ValueExpansion::languageMap(ContextProcessor &contexts,
                                               const ActiveContext &active,
                                               const TermDefinition &definition,
                                               const QJsonObject &value)
{
    QJsonArray expanded;
    const std::optional<QString> direction =
        definition.direction ? definition.direction : active.defaultDirection;
    for (auto it = value.begin(); it != value.end(); ++it) {
        auto languageIri = contexts.expandIri(active, it.key(), false, true);
        if (!languageIri)
            return languageIri.error();
        for (const QJsonValue &item : asArray(it.value())) {
            if (item.isNull())
                continue;
            if (!item.isString())
                return JsonLdError::make("invalid language map value", shown(it.key()));
            QJsonObject v{{kValue, item}};
            if (it.key() != kNone && languageIri.value() != kNone)
                v.insert(kLanguage, it.key().toLower());
            if (direction && !direction->isEmpty())
                v.insert(kDirection, *direction);
            expanded.append(v);
        }
    }
    return QJsonValue(expanded);
}

} // namespace vcdesk
