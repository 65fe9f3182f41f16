#include "core/jsonld/Expander.h"

#include "core/common/DisplayText.h"
#include "core/jsonld/IriReference.h"
#include "core/jsonld/JsonLdError.h"
#include "core/jsonld/JsonLdKeywords.h"
#include "core/jsonld/ValueExpansion.h"

#include <QSet>

namespace vcdesk {

using namespace jsonld;

namespace {

/// The values at `key` as an array; empty when there is no such entry.
QJsonArray valuesOf(const QJsonObject &object, const QString &key)
{
    return object.contains(key) ? asArray(object.value(key)) : QJsonArray();
}

/// Appends `value` (each item, when an array) to the array at `key`.
void addValue(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    // Taken out, the array has one owner and grows in place (no copy per value).
    QJsonArray values = object.contains(key) ? asArray(object.take(key)) : QJsonArray();
    for (const QJsonValue &item : asArray(value))
        values.append(item);
    object.insert(key, values);
}

bool isValueObject(const QJsonValue &v)
{
    return v.isObject() && v.toObject().contains(kValue);
}
bool isListObject(const QJsonValue &v)
{
    return v.isObject() && v.toObject().contains(kList);
}
bool isGraphObject(const QJsonValue &v)
{
    if (!v.isObject() || !v.toObject().contains(kGraph))
        return false;
    for (const QString &key : v.toObject().keys())
        if (key != kGraph && key != kId && key != kIndex && key != kContext)
            return false;
    return true;
}

QString shown(const QString &text)
{
    return DisplayText::escape(text, 120);
}

} // namespace

Expander::Expander(DocumentLoader loader)
    : m_contexts(std::move(loader))
{
}

Error Expander::dataLoss(const QString &what)
{
    return Error{QStringLiteral("jsonld.data_loss"),
                 tr("part of the document would be lost in JSON-LD processing: %1").arg(what)};
}

Result<QJsonArray> Expander::expand(const QJsonValue &document, const Options &options)
{
    m_safe = options.safeMode;
    ActiveContext active;
    active.baseIri = options.base;
    active.originalBaseUrl = options.base;
    active.jsonLd10 = options.jsonLd10;
    if (!options.expandContext.isUndefined() && !options.expandContext.isNull()) {
        QJsonValue context = options.expandContext;
        if (context.isObject() && context.toObject().contains(kContext))
            context = context.toObject().value(kContext);
        auto processed = m_contexts.process(active, context, options.base);
        if (!processed)
            return processed.error();
        active = processed.value();
    }
    auto expanded = expandElement(document, Frame{active, {}, false, options.base, false, 0});
    if (!expanded)
        return expanded.error();
    QJsonValue result = expanded.value();
    if (result.isObject() && result.toObject().size() == 1 && result.toObject().contains(kGraph))
        result = result.toObject().value(kGraph);
    if (result.isNull() || result.isUndefined())
        return QJsonArray();
    return asArray(result);
}

Result<QJsonValue> Expander::expandElement(const QJsonValue &element, const Frame &frame)
{
    if (frame.depth > kMaxDepth)
        return Error{QStringLiteral("jsonld.too_deep"),
                     tr("the document is nested deeper than %1 levels").arg(kMaxDepth)};
    if (element.isNull() || element.isUndefined())
        return QJsonValue(QJsonValue::Null);
    if (element.isArray())
        return expandArray(element.toArray(), frame);
    if (element.isObject())
        return expandObject(element.toObject(), frame);
    // A scalar: dropped at the top or in @graph, else a value.
    if (!frame.hasActiveProperty || frame.activeProperty == kGraph)
        return QJsonValue(QJsonValue::Null);
    const TermDefinition *definition = frame.active.term(frame.activeProperty);
    if (definition && definition->hasLocalContext) {
        auto scoped = m_contexts.process(frame.active, definition->localContext,
                                         definition->baseUrl, ContextProcessor::Flags{true});
        if (!scoped)
            return scoped.error();
        return ValueExpansion::value(m_contexts, scoped.value(), frame.activeProperty, element);
    }
    return ValueExpansion::value(m_contexts, frame.active, frame.activeProperty, element);
}

Result<QJsonValue> Expander::expandArray(const QJsonArray &array, const Frame &frame)
{
    QJsonArray result;
    const TermDefinition *definition =
        frame.hasActiveProperty ? frame.active.term(frame.activeProperty) : nullptr;
    for (const QJsonValue &item : array) {
        Frame inner = frame;
        inner.depth = frame.depth + 1;
        auto expanded = expandElement(item, inner);
        if (!expanded)
            return expanded.error();
        QJsonValue value = expanded.value();
        if (definition && definition->hasContainer("@list") && value.isArray())
            value = QJsonObject{{kList, value}};
        if (value.isArray())
            for (const QJsonValue &each : value.toArray())
                result.append(each);
        else if (!value.isNull())
            result.append(value);
    }
    return QJsonValue(result);
}

Result<QJsonValue> Expander::expandObject(const QJsonObject &element, const Frame &frame)
{
    ActiveContext active = frame.active;
    const TermDefinition *propertyDefinition =
        frame.hasActiveProperty ? frame.active.term(frame.activeProperty) : nullptr;
    // Step 7: a type-scoped context does not reach into a new node object.
    if (active.previous && !frame.fromMap) {
        bool revert = true;
        for (auto it = element.begin(); it != element.end(); ++it) {
            auto key = m_contexts.expandIri(active, it.key(), false, true);
            if (!key)
                return key.error();
            if (key.value() == kValue || (element.size() == 1 && key.value() == kId)) {
                revert = false;
                break;
            }
        }
        if (revert) {
            const ActiveContext previous = *active.previous;
            active = previous;
        }
    }
    if (propertyDefinition && propertyDefinition->hasLocalContext) {
        auto scoped =
            m_contexts.process(active, propertyDefinition->localContext,
                               propertyDefinition->baseUrl, ContextProcessor::Flags{true});
        if (!scoped)
            return scoped.error();
        active = scoped.value();
    }
    if (element.contains(kContext)) {
        auto processed = m_contexts.process(active, element.value(kContext), frame.baseUrl);
        if (!processed)
            return processed.error();
        active = processed.value();
    }
    const ActiveContext typeScoped = active;
    // Step 11: type-scoped contexts, in the lexical order of the types.
    QString inputType;
    bool typeSeen = false;
    for (const QString &key : element.keys()) {
        auto expandedKey = m_contexts.expandIri(active, key, false, true);
        if (!expandedKey)
            return expandedKey.error();
        if (expandedKey.value() != kType)
            continue;
        QStringList types;
        for (const QJsonValue &type : asArray(element.value(key)))
            if (type.isString())
                types << type.toString();
        std::sort(types.begin(), types.end());
        for (const QString &type : std::as_const(types)) {
            const TermDefinition *definition = typeScoped.term(type);
            if (!definition || !definition->hasLocalContext)
                continue;
            ContextProcessor::Flags flags;
            flags.propagate = false;
            auto scoped =
                m_contexts.process(active, definition->localContext, definition->baseUrl, flags);
            if (!scoped)
                return scoped.error();
            active = scoped.value();
        }
        if (!typeSeen) {
            typeSeen = true;
            const QJsonArray values = asArray(element.value(key));
            if (!values.isEmpty() && values.last().isString()) {
                auto expandedType =
                    m_contexts.expandIri(typeScoped, values.last().toString(), false, true);
                if (!expandedType)
                    return expandedType.error();
                inputType = expandedType.value();
            }
        }
    }
    QJsonObject result;
    if (auto done = expandEntries(element, active, typeScoped, frame, inputType, result); !done)
        return done.error();
    Status error;
    const QJsonValue finished =
        ValueExpansion::finishObject(result, frame.hasActiveProperty, frame.activeProperty, &error);
    if (!error)
        return error.error();
    return finished;
}

Status Expander::expandEntries(const QJsonObject &element, const ActiveContext &active,
                               const ActiveContext &typeScoped, const Frame &frame,
                               const QString &inputType, QJsonObject &result)
{
    QStringList nests;
    for (auto it = element.begin(); it != element.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == kContext)
            continue;
        auto expandedKey = m_contexts.expandIri(active, key, false, true);
        if (!expandedKey)
            return expandedKey.error();
        const QString property = expandedKey.value();
        if (property.isEmpty() ||
            (!property.contains(QLatin1Char(':')) && !ContextProcessor::isKeyword(property))) {
            // Dropped by JSON-LD: in safe mode that is an error, since what is dropped would
            // be shown to a person but not be covered by a signature.
            if (m_safe)
                return dataLoss(
                    tr("the term %1 is not defined by the document's contexts").arg(shown(key)));
            continue;
        }
        Frame inner{active, {}, true, frame.baseUrl, false, frame.depth + 1};
        if (ContextProcessor::isKeyword(property)) {
            if (frame.activeProperty == kReverse && frame.hasActiveProperty)
                return JsonLdError::make("invalid reverse property map", shown(key));
            if (result.contains(property) && property != kIncluded && property != kType)
                return JsonLdError::make("colliding keywords", shown(property));
            QJsonValue expandedValue;
            if (property == kId) {
                if (!value.isString())
                    return JsonLdError::make("invalid @id value", shown(key));
                auto iri = m_contexts.expandIri(active, value.toString(), true, false);
                if (!iri)
                    return iri.error();
                if (iri->isEmpty()) { // a keyword-like "@foo": left out (13.4.3)
                    if (m_safe)
                        return dataLoss(
                            tr("the @id %1 means nothing").arg(shown(value.toString())));
                    continue;
                }
                expandedValue = iri.value();
            } else if (property == kType) {
                const bool strings =
                    value.isString() ||
                    (value.isArray() &&
                     std::all_of(value.toArray().begin(), value.toArray().end(),
                                 [](const QJsonValue &v) { return v.isString(); }));
                if (!strings)
                    return JsonLdError::make("invalid type value", shown(key));
                QJsonArray types;
                for (const QJsonValue &type : asArray(value)) {
                    auto iri = m_contexts.expandIri(typeScoped, type.toString(), true, true);
                    if (!iri)
                        return iri.error();
                    types.append(iri.value());
                }
                expandedValue = value.isString() ? QJsonValue(types.first()) : QJsonValue(types);
                if (result.contains(kType)) {
                    QJsonArray merged = asArray(result.value(kType));
                    for (const QJsonValue &t : types)
                        merged.append(t);
                    expandedValue = merged;
                }
            } else if (property == kGraph) {
                inner.activeProperty = kGraph;
                auto graph = expandElement(value, inner);
                if (!graph)
                    return graph.error();
                expandedValue = asArray(graph.value());
            } else if (property == kIncluded) {
                if (active.jsonLd10)
                    continue;
                inner.hasActiveProperty = false;
                auto included = expandElement(value, inner);
                if (!included)
                    return included.error();
                const QJsonArray items = asArray(included.value());
                for (const QJsonValue &item : items)
                    if (!item.isObject() || isValueObject(item) || isListObject(item))
                        return JsonLdError::make("invalid @included value", shown(key));
                QJsonArray merged = valuesOf(result, kIncluded);
                for (const QJsonValue &item : items)
                    merged.append(item);
                expandedValue = merged;
            } else if (property == kValue) {
                if (inputType == kJson) {
                    if (active.jsonLd10)
                        return JsonLdError::make("invalid value object value", shown(key));
                    expandedValue = value;
                } else if (value.isObject() || value.isArray()) {
                    return JsonLdError::make("invalid value object value", shown(key));
                } else {
                    expandedValue = value;
                }
                if (expandedValue.isNull()) {
                    result.insert(kValue, QJsonValue::Null);
                    continue;
                }
            } else if (property == kLanguage) {
                if (!value.isString())
                    return JsonLdError::make("invalid language-tagged string", shown(key));
                expandedValue = value.toString().toLower();
            } else if (property == kDirection) {
                if (active.jsonLd10)
                    continue;
                if (value != QJsonValue(QStringLiteral("ltr")) &&
                    value != QJsonValue(QStringLiteral("rtl")))
                    return JsonLdError::make("invalid base direction", shown(key));
                expandedValue = value;
            } else if (property == kIndex) {
                if (!value.isString())
                    return JsonLdError::make("invalid @index value", shown(key));
                expandedValue = value;
            } else if (property == kList) {
                if (!frame.hasActiveProperty || frame.activeProperty == kGraph)
                    continue;
                inner.activeProperty = frame.activeProperty;
                auto list = expandElement(value, inner);
                if (!list)
                    return list.error();
                expandedValue = asArray(list.value());
                if (list->isNull())
                    expandedValue = QJsonArray();
            } else if (property == kSet) {
                inner.activeProperty = frame.activeProperty;
                inner.hasActiveProperty = frame.hasActiveProperty;
                auto set = expandElement(value, inner);
                if (!set)
                    return set.error();
                expandedValue = set.value();
            } else if (property == kReverse) {
                if (!value.isObject())
                    return JsonLdError::make("invalid @reverse value", shown(key));
                inner.activeProperty = kReverse;
                auto reversed = expandElement(value, inner);
                if (!reversed)
                    return reversed.error();
                const QJsonObject reverseMap = reversed->toObject();
                if (reverseMap.contains(kReverse)) {
                    const QJsonObject doubled = reverseMap.value(kReverse).toObject();
                    for (auto r = doubled.begin(); r != doubled.end(); ++r)
                        addValue(result, r.key(), r.value());
                }
                QJsonObject reverse = result.value(kReverse).toObject();
                for (auto r = reverseMap.begin(); r != reverseMap.end(); ++r) {
                    if (r.key() == kReverse)
                        continue;
                    for (const QJsonValue &item : asArray(r.value())) {
                        if (isValueObject(item) || isListObject(item))
                            return JsonLdError::make("invalid reverse property value",
                                                     shown(r.key()));
                        addValue(reverse, r.key(), item);
                    }
                }
                if (!reverse.isEmpty())
                    result.insert(kReverse, reverse);
                continue;
            } else if (property == kNest) {
                nests << key;
                continue;
            } else {
                continue; // @context handled; framing keywords are not expanded here
            }
            if (!expandedValue.isNull() && !expandedValue.isUndefined())
                result.insert(property, expandedValue);
            continue;
        }
        const TermDefinition *definition = active.term(key);
        QJsonValue expandedValue;
        if (definition && definition->type == kJson) {
            expandedValue = QJsonObject{{kValue, value}, {kType, kJson}};
        } else if (definition && definition->hasContainer("@language") && value.isObject()) {
            auto languages =
                ValueExpansion::languageMap(m_contexts, active, *definition, value.toObject());
            if (!languages)
                return languages.error();
            expandedValue = languages.value();
        } else if (definition &&
                   (definition->hasContainer("@index") || definition->hasContainer("@type") ||
                    definition->hasContainer("@id")) &&
                   value.isObject()) {
            auto mapped = expandMapContainer(active, key, *definition, value.toObject(), frame);
            if (!mapped)
                return mapped.error();
            expandedValue = mapped.value();
        } else {
            inner.activeProperty = key;
            auto expanded = expandElement(value, inner);
            if (!expanded)
                return expanded.error();
            expandedValue = expanded.value();
        }
        if (expandedValue.isNull() || expandedValue.isUndefined())
            continue;
        if (definition && definition->hasContainer("@list") && !isListObject(expandedValue))
            expandedValue = QJsonObject{{kList, asArray(expandedValue)}};
        if (definition && definition->hasContainer("@graph") && !definition->hasContainer("@id") &&
            !definition->hasContainer("@index")) {
            QJsonArray graphs;
            for (const QJsonValue &item : asArray(expandedValue))
                graphs.append(QJsonObject{{kGraph, asArray(item)}});
            expandedValue = graphs;
        }
        if (definition && definition->reverse) {
            QJsonObject reverse = result.value(kReverse).toObject();
            for (const QJsonValue &item : asArray(expandedValue)) {
                if (isValueObject(item) || isListObject(item))
                    return JsonLdError::make("invalid reverse property value", shown(key));
                addValue(reverse, property, item);
            }
            result.insert(kReverse, reverse);
        } else {
            addValue(result, property, expandedValue);
        }
    }
    // Step 14: nested properties, as if they were the element's own.
    std::sort(nests.begin(), nests.end());
    for (const QString &nestKey : std::as_const(nests)) {
        for (const QJsonValue &nested : asArray(element.value(nestKey))) {
            if (!nested.isObject())
                return JsonLdError::make("invalid @nest value", shown(nestKey));
            for (const QString &k : nested.toObject().keys()) {
                auto e = m_contexts.expandIri(active, k, false, true);
                if (!e)
                    return e.error();
                if (e.value() == kValue)
                    return JsonLdError::make("invalid @nest value", shown(nestKey));
            }
            // The nesting key's own scoped context applies to what it nests.
            ActiveContext nestedContext = active;
            if (const TermDefinition *n = active.term(nestKey); n && n->hasLocalContext) {
                auto scoped = m_contexts.process(active, n->localContext, n->baseUrl,
                                                 ContextProcessor::Flags{true});
                if (!scoped)
                    return scoped.error();
                nestedContext = scoped.value();
            }
            if (auto done = expandEntries(nested.toObject(), nestedContext, typeScoped, frame,
                                          inputType, result);
                !done)
                return done;
        }
    }
    return {};
}

Result<QJsonValue> Expander::expandMapContainer(const ActiveContext &active, const QString &key,
                                                const TermDefinition &definition,
                                                const QJsonObject &value, const Frame &frame)
{
    QJsonArray expanded;
    const QString indexKey = definition.index.isEmpty() ? kIndex : definition.index;
    const bool byType = definition.hasContainer("@type");
    const bool byId = definition.hasContainer("@id");
    const bool byIndex = definition.hasContainer("@index");
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString index = it.key();
        ActiveContext mapContext = (byId || byType) && active.previous ? *active.previous : active;
        if (byType) {
            if (const TermDefinition *t = mapContext.term(index); t && t->hasLocalContext) {
                auto scoped = m_contexts.process(mapContext, t->localContext, t->baseUrl);
                if (!scoped)
                    return scoped.error();
                mapContext = scoped.value();
            }
        } else {
            mapContext = active;
        }
        auto expandedIndex = m_contexts.expandIri(active, index, false, true);
        if (!expandedIndex)
            return expandedIndex.error();
        Frame inner{mapContext, key, true, frame.baseUrl, true, frame.depth + 1};
        auto items = expandElement(QJsonValue(asArray(it.value())), inner);
        if (!items)
            return items.error();
        for (QJsonValue item : asArray(items.value())) {
            if (definition.hasContainer("@graph") && !isGraphObject(item))
                item = QJsonObject{{kGraph, asArray(item)}};
            QJsonObject object = item.toObject();
            if (byIndex && indexKey != kIndex && expandedIndex.value() != kNone) {
                auto reexpanded = ValueExpansion::value(m_contexts, active, indexKey, index);
                if (!reexpanded)
                    return reexpanded.error();
                auto indexProperty = m_contexts.expandIri(active, indexKey, false, true);
                if (!indexProperty)
                    return indexProperty.error();
                QJsonArray values{reexpanded.value()};
                for (const QJsonValue &existing : valuesOf(object, indexProperty.value()))
                    values.append(existing);
                object.insert(indexProperty.value(), values);
                if (object.contains(kValue) && object.size() > 1)
                    return JsonLdError::make("invalid value object", shown(index));
            } else if (byIndex && !object.contains(kIndex) && expandedIndex.value() != kNone) {
                object.insert(kIndex, index);
            } else if (byId && !object.contains(kId) && expandedIndex.value() != kNone) {
                auto id = m_contexts.expandIri(active, index, true, false);
                if (!id)
                    return id.error();
                object.insert(kId, id.value());
            } else if (byType && expandedIndex.value() != kNone) {
                QJsonArray types{expandedIndex.value()};
                for (const QJsonValue &t : valuesOf(object, kType))
                    types.append(t);
                object.insert(kType, types);
            }
            expanded.append(object);
        }
    }
    return QJsonValue(expanded);
}

} // namespace vcdesk
