#include "core/jsonld/ContextProcessor.h"

#include "core/common/DisplayText.h"
#include "core/jsonld/IriReference.h"
#include "core/jsonld/JsonLdError.h"
#include "core/jsonld/ProcessedContexts.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace vcdesk {

namespace {

QString shown(const QString &text)
{
    return DisplayText::escape(text, 120);
}

bool isGenDelimEnd(const QString &iri)
{
    return !iri.isEmpty() && QStringLiteral(":/?#[]@").contains(iri.back());
}

QStringList containerOf(const QJsonValue &value)
{
    QStringList list;
    if (value.isString())
        list << value.toString();
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

/// Section 4.2.2 step 21.1: the container values JSON-LD 1.1 allows, alone or combined.
bool validContainer(const QJsonValue &value, bool jsonLd10)
{
    if (jsonLd10)
        return value.isString() &&
               QStringList{QStringLiteral("@index"), QStringLiteral("@language"),
                           QStringLiteral("@list"), QStringLiteral("@set")}
                   .contains(value.toString());
    if (!value.isString() && !value.isArray())
        return false;
    if (value.isArray())
        for (const QJsonValue &item : value.toArray())
            if (!item.isString())
                return false;
    QStringList items = containerOf(value);
    static const QStringList single{QStringLiteral("@graph"), QStringLiteral("@id"),
                                    QStringLiteral("@index"), QStringLiteral("@language"),
                                    QStringLiteral("@list"),  QStringLiteral("@set"),
                                    QStringLiteral("@type")};
    if (items.size() == 1)
        return single.contains(items.first());
    if (items.removeDuplicates() > 0)
        return false;
    const QSet<QString> set(items.cbegin(), items.cend());
    if (set.contains(QStringLiteral("@list")))
        return false;
    if (set.contains(QStringLiteral("@graph"))) {
        // @graph with @id or @index, optionally @set.
        QSet<QString> rest = set;
        rest.remove(QStringLiteral("@graph"));
        rest.remove(QStringLiteral("@set"));
        return rest.size() <= 1 && (rest.isEmpty() || rest.contains(QStringLiteral("@id")) ||
                                    rest.contains(QStringLiteral("@index")));
    }
    // @set with one of @index, @id, @type, @language.
    return items.size() == 2 && set.contains(QStringLiteral("@set")) &&
           (set.contains(QStringLiteral("@index")) || set.contains(QStringLiteral("@id")) ||
            set.contains(QStringLiteral("@type")) || set.contains(QStringLiteral("@language")));
}

} // namespace

ContextProcessor::ContextProcessor(DocumentLoader loader)
    : m_remote(std::move(loader))
{
}

bool ContextProcessor::isKeyword(const QString &value)
{
    static const QSet<QString> keywords{
        QStringLiteral("@base"),      QStringLiteral("@container"),  QStringLiteral("@context"),
        QStringLiteral("@default"),   QStringLiteral("@direction"),  QStringLiteral("@embed"),
        QStringLiteral("@explicit"),  QStringLiteral("@graph"),      QStringLiteral("@id"),
        QStringLiteral("@import"),    QStringLiteral("@included"),   QStringLiteral("@index"),
        QStringLiteral("@json"),      QStringLiteral("@language"),   QStringLiteral("@list"),
        QStringLiteral("@nest"),      QStringLiteral("@none"),       QStringLiteral("@omitDefault"),
        QStringLiteral("@prefix"),    QStringLiteral("@preserve"),   QStringLiteral("@propagate"),
        QStringLiteral("@protected"), QStringLiteral("@requireAll"), QStringLiteral("@reverse"),
        QStringLiteral("@set"),       QStringLiteral("@type"),       QStringLiteral("@value"),
        QStringLiteral("@version"),   QStringLiteral("@vocab")};
    return keywords.contains(value);
}

bool ContextProcessor::hasKeywordForm(const QString &value)
{
    static const QRegularExpression form(QStringLiteral("^@[a-zA-Z]+$"));
    return form.match(value).hasMatch();
}

Result<ActiveContext> ContextProcessor::process(const ActiveContext &active,
                                                const QJsonValue &local, const QString &baseUrl,
                                                QStringList remoteContexts, Flags flags)
{
    ActiveContext result = active;
    if (local.isObject() && local.toObject().contains(QStringLiteral("@propagate"))) {
        const QJsonValue propagate = local.toObject().value(QStringLiteral("@propagate"));
        if (!propagate.isBool())
            return JsonLdError::make("invalid @propagate value", tr("it is not true or false"));
        flags.propagate = propagate.toBool();
    }
    if (!flags.propagate && !result.previous)
        result.previous = std::make_shared<const ActiveContext>(active);
    if (result.previous)
        result.cacheable = false;
    const QJsonArray contexts = local.isArray() ? local.toArray() : QJsonArray{local};
    for (const QJsonValue &context : contexts) {
        if (context.isNull()) {
            if (!flags.overrideProtected && result.hasProtectedTerms())
                return JsonLdError::make("invalid context nullification",
                                         tr("a context would remove protected terms"));
            ActiveContext fresh;
            fresh.baseIri = active.originalBaseUrl;
            fresh.originalBaseUrl = active.originalBaseUrl;
            fresh.jsonLd10 = active.jsonLd10;
            if (!flags.propagate)
                fresh.previous = result.previous;
            fresh.cacheable = !fresh.previous;
            result = fresh;
            continue;
        }
        if (context.isString()) {
            const QString url = IriReference::resolve(context.toString(), baseUrl);
            if (!flags.validateScoped && remoteContexts.contains(url))
                continue;
            if (remoteContexts.size() >= kMaxRemoteContexts)
                return JsonLdError::make("context overflow",
                                         tr("more than %1 remote contexts, or a context that "
                                            "includes itself")
                                             .arg(kMaxRemoteContexts));
            remoteContexts << url;
            QString documentUrl;
            bool fixed = false;
            const int loadsBefore = m_remote.dereferences();
            auto loaded = m_remote.dereference(url, &documentUrl, &fixed);
            if (!loaded)
                return loaded.error();
            // A fixed context applied to a context that is itself the same every time gives
            // the same result every time: kept, since processing a large context is most of
            // the cost of checking a JSON-LD credential.
            const bool cache =
                fixed && result.cacheable && !flags.overrideProtected && flags.validateScoped;
            // The content's hash is in the key: a loader that calls something fixed which is not
            // cannot share what it gives with anyone else.
            const QString key = result.provenance + QLatin1Char('\n') + url + QLatin1Char('#') +
                                (fixed ? m_remote.contentHash(url, loaded.value()) : QString()) +
                                QLatin1Char('\n') + result.baseIri +
                                (result.jsonLd10 ? QStringLiteral("|1.0") : QStringLiteral("|1.1"));
            if (cache) {
                if (auto kept = ProcessedContexts::find(key)) {
                    result = *kept;
                    continue;
                }
            }
            auto processed = process(result, loaded.value(), documentUrl, remoteContexts,
                                     Flags{flags.overrideProtected, true, flags.validateScoped});
            if (!processed)
                return processed.error();
            result = processed.value();
            // Only what this context alone decided: not when it loaded others.
            if (cache && m_remote.dereferences() == loadsBefore + 1 && !result.previous) {
                result.cacheable = true;
                result.provenance = key;
                ProcessedContexts::keep(key, result);
            }
            continue;
        }
        if (!context.isObject())
            return JsonLdError::make("invalid local context",
                                     tr("a context is a map, a string or null"));
        QJsonObject definition = context.toObject();
        result.cacheable = false; // an inline context: this document's own
        if (definition.contains(QStringLiteral("@version"))) {
            if (definition.value(QStringLiteral("@version")) != QJsonValue(1.1))
                return JsonLdError::make("invalid @version value", tr("only 1.1 is known"));
            if (result.jsonLd10)
                return JsonLdError::make("processing mode conflict",
                                         tr("@version 1.1 in json-ld-1.0 mode"));
        }
        if (definition.contains(QStringLiteral("@import"))) {
            if (result.jsonLd10)
                return JsonLdError::make("invalid context entry", tr("@import in json-ld-1.0"));
            const QJsonValue import = definition.value(QStringLiteral("@import"));
            if (!import.isString())
                return JsonLdError::make("invalid @import value", tr("it is not a string"));
            auto imported =
                m_remote.dereference(IriReference::resolve(import.toString(), baseUrl), nullptr);
            if (!imported)
                return imported.error();
            if (!imported->isObject())
                return JsonLdError::make("invalid remote context",
                                         tr("an imported context is a map"));
            const QJsonObject importedContext = imported->toObject();
            if (importedContext.contains(QStringLiteral("@import")))
                return JsonLdError::make("invalid context entry",
                                         tr("an imported context imports again"));
            QJsonObject merged = importedContext;
            for (auto it = definition.begin(); it != definition.end(); ++it)
                merged.insert(it.key(), it.value());
            definition = merged;
        }
        if (definition.contains(QStringLiteral("@base")) && remoteContexts.isEmpty()) {
            const QJsonValue base = definition.value(QStringLiteral("@base"));
            if (base.isNull())
                result.baseIri.clear();
            else if (!base.isString())
                return JsonLdError::make("invalid base IRI", tr("it is not a string"));
            else if (IriReference::isAbsolute(base.toString()))
                result.baseIri = base.toString();
            else if (!result.baseIri.isEmpty())
                result.baseIri = IriReference::resolve(base.toString(), result.baseIri);
            else
                return JsonLdError::make(
                    "invalid base IRI",
                    tr("%1 is relative, with no base to resolve it").arg(shown(base.toString())));
        }
        if (definition.contains(QStringLiteral("@vocab"))) {
            const QJsonValue vocab = definition.value(QStringLiteral("@vocab"));
            if (vocab.isNull()) {
                result.hasVocab = false;
                result.vocab.clear();
            } else if (!vocab.isString()) {
                return JsonLdError::make("invalid vocab mapping", tr("it is not a string"));
            } else {
                if (result.jsonLd10 && !IriReference::isAbsolute(vocab.toString()))
                    return JsonLdError::make("invalid vocab mapping",
                                             tr("json-ld-1.0 takes absolute IRIs only"));
                auto expanded = expandIri(result, vocab.toString(), true, true, nullptr);
                if (!expanded)
                    return expanded.error();
                result.hasVocab = true;
                result.vocab = expanded.value();
            }
        }
        if (definition.contains(QStringLiteral("@language"))) {
            const QJsonValue language = definition.value(QStringLiteral("@language"));
            if (language.isNull())
                result.defaultLanguage.reset();
            else if (language.isString())
                result.defaultLanguage = language.toString().toLower();
            else
                return JsonLdError::make("invalid default language", tr("it is not a string"));
        }
        if (definition.contains(QStringLiteral("@direction"))) {
            if (result.jsonLd10)
                return JsonLdError::make("invalid context entry", tr("@direction in 1.0"));
            const QJsonValue direction = definition.value(QStringLiteral("@direction"));
            if (direction.isNull())
                result.defaultDirection.reset();
            else if (direction == QJsonValue(QStringLiteral("ltr")) ||
                     direction == QJsonValue(QStringLiteral("rtl")))
                result.defaultDirection = direction.toString();
            else
                return JsonLdError::make("invalid base direction", tr("not ltr or rtl"));
        }
        if (definition.contains(QStringLiteral("@propagate"))) {
            if (result.jsonLd10)
                return JsonLdError::make("invalid context entry", tr("@propagate in 1.0"));
            if (!definition.value(QStringLiteral("@propagate")).isBool())
                return JsonLdError::make("invalid @propagate value", tr("not true or false"));
        }
        QHash<QString, bool> defined;
        const QJsonValue protectedValue = definition.value(QStringLiteral("@protected"));
        if (!protectedValue.isUndefined() && !protectedValue.isBool())
            return JsonLdError::make("invalid @protected value", tr("not true or false"));
        const Defining d{
            definition,    defined, baseUrl, protectedValue.toBool(false), flags.overrideProtected,
            remoteContexts};
        static const QSet<QString> notTerms{
            QStringLiteral("@base"),     QStringLiteral("@direction"), QStringLiteral("@import"),
            QStringLiteral("@language"), QStringLiteral("@propagate"), QStringLiteral("@protected"),
            QStringLiteral("@version"),  QStringLiteral("@vocab")};
        for (auto it = definition.begin(); it != definition.end(); ++it)
            if (!notTerms.contains(it.key()))
                if (auto done = defineTerm(result, it.key(), d); !done)
                    return done.error();
    }
    return result;
}

Status ContextProcessor::defineTerm(ActiveContext &active, const QString &term, const Defining &d)
{
    if (auto state = d.defined.constFind(term); state != d.defined.constEnd()) {
        if (state.value())
            return {};
        return JsonLdError::make("cyclic IRI mapping", tr("the term %1").arg(shown(term)));
    }
    if (term.isEmpty())
        return JsonLdError::make("invalid term definition", tr("the empty term"));
    // Scoped contexts are processed again for every value that uses them: a document can make
    // that cost anything, so the processor stops at a budget no credential comes near.
    if (++m_definitions > kMaxTermDefinitions)
        return Error{QStringLiteral("jsonld.too_complex"),
                     tr("the document's contexts define more than %1 terms in all")
                         .arg(kMaxTermDefinitions)};
    d.defined.insert(term, false);
    QJsonValue value = d.local.value(term);
    const bool typeTerm = term == QLatin1String("@type");
    if (typeTerm && !active.jsonLd10 && value.isObject()) {
        const QJsonObject object = value.toObject();
        bool onlyAllowed = !object.isEmpty();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it.key() != QLatin1String("@container") && it.key() != QLatin1String("@protected"))
                onlyAllowed = false;
        if (!onlyAllowed ||
            (object.contains(QStringLiteral("@container")) &&
             object.value(QStringLiteral("@container")) != QJsonValue(QStringLiteral("@set"))))
            return JsonLdError::make("keyword redefinition", tr("@type"));
    } else if (isKeyword(term)) {
        return JsonLdError::make("keyword redefinition", shown(term));
    }
    if (hasKeywordForm(term) && !isKeyword(term))
        return {}; // reserved for the future: ignored
    std::optional<TermDefinition> previous;
    if (auto found = active.terms.constFind(term); found != active.terms.constEnd()) {
        previous = found.value();
        active.terms.remove(term);
    }
    // A definition the algorithm ignores (a keyword-like IRI) would remove the term: not a
    // protected one.
    const auto ignored = [&]() -> Status {
        if (previous && previous->isProtected && !d.overrideProtected) {
            active.terms.insert(term, *previous);
            return JsonLdError::make("protected term redefinition", shown(term));
        }
        return {};
    };
    bool simple = false;
    if (value.isNull())
        value = QJsonObject{{QStringLiteral("@id"), QJsonValue::Null}};
    else if (value.isString()) {
        value = QJsonObject{{QStringLiteral("@id"), value}};
        simple = true;
    } else if (!value.isObject())
        return JsonLdError::make("invalid term definition", shown(term));
    const QJsonObject v = value.toObject();
    // @prefix is for simple terms only: said before the term's IRI is worked out.
    if (v.contains(QStringLiteral("@prefix")) &&
        (active.jsonLd10 || term.contains(QLatin1Char(':')) || term.contains(QLatin1Char('/'))))
        return JsonLdError::make("invalid term definition", shown(term));
    TermDefinition definition;
    definition.isProtected = d.isProtected;
    if (v.contains(QStringLiteral("@protected"))) {
        if (active.jsonLd10)
            return JsonLdError::make("invalid term definition", tr("@protected in 1.0"));
        if (!v.value(QStringLiteral("@protected")).isBool())
            return JsonLdError::make("invalid @protected value", shown(term));
        definition.isProtected = v.value(QStringLiteral("@protected")).toBool();
    }
    if (v.contains(QStringLiteral("@type"))) {
        const QJsonValue type = v.value(QStringLiteral("@type"));
        if (!type.isString())
            return JsonLdError::make("invalid type mapping", shown(term));
        auto expanded = expandIri(active, type.toString(), false, true, &d);
        if (!expanded)
            return expanded.error();
        const QString t = expanded.value();
        if (active.jsonLd10 && (t == QLatin1String("@json") || t == QLatin1String("@none")))
            return JsonLdError::make("invalid type mapping", shown(t));
        if (t != QLatin1String("@id") && t != QLatin1String("@json") &&
            t != QLatin1String("@none") && t != QLatin1String("@vocab") &&
            !IriReference::isAbsolute(t))
            return JsonLdError::make("invalid type mapping", shown(t));
        definition.type = t;
    }
    if (v.contains(QStringLiteral("@reverse"))) {
        if (v.contains(QStringLiteral("@id")) || v.contains(QStringLiteral("@nest")))
            return JsonLdError::make("invalid reverse property", shown(term));
        const QJsonValue reverse = v.value(QStringLiteral("@reverse"));
        if (!reverse.isString())
            return JsonLdError::make("invalid IRI mapping", shown(term));
        if (hasKeywordForm(reverse.toString()))
            return ignored();
        auto expanded = expandIri(active, reverse.toString(), false, true, &d);
        if (!expanded)
            return expanded.error();
        if (!expanded->contains(QLatin1Char(':')))
            return JsonLdError::make("invalid IRI mapping", shown(term));
        definition.iri = expanded.value();
        if (v.contains(QStringLiteral("@container"))) {
            const QJsonValue container = v.value(QStringLiteral("@container"));
            if (!container.isNull() && container != QJsonValue(QStringLiteral("@set")) &&
                container != QJsonValue(QStringLiteral("@index")))
                return JsonLdError::make("invalid reverse property", shown(term));
            definition.container = containerOf(container);
        }
        definition.reverse = true;
    }
    const QJsonValue id = v.value(QStringLiteral("@id"));
    if (definition.reverse) {
        // Its IRI is the reverse property's; the steps after still apply (the 2023 erratum
        // to section 4.2.2: returning here let a reverse term skip the protection check).
    } else if (v.contains(QStringLiteral("@id")) && id != QJsonValue(term)) {
        if (id.isNull()) {
            definition.isNull = true;
        } else {
            if (!id.isString())
                return JsonLdError::make("invalid IRI mapping", shown(term));
            if (!isKeyword(id.toString()) && hasKeywordForm(id.toString()))
                return ignored();
            auto expanded = expandIri(active, id.toString(), false, true, &d);
            if (!expanded)
                return expanded.error();
            const QString iri = expanded.value();
            if (!isKeyword(iri) && !iri.contains(QLatin1Char(':')))
                return JsonLdError::make("invalid IRI mapping", shown(term));
            if (iri == QLatin1String("@context"))
                return JsonLdError::make("invalid keyword alias", shown(term));
            definition.iri = iri;
            const qsizetype colon = term.indexOf(QLatin1Char(':'), 1);
            if ((colon > 0 && colon < term.size() - 1) || term.contains(QLatin1Char('/'))) {
                d.defined.insert(term, true);
                auto self = expandIri(active, term, false, true, &d);
                if (!self)
                    return self.error();
                if (self.value() != iri)
                    return JsonLdError::make("invalid IRI mapping",
                                             tr("%1 would expand to another IRI").arg(shown(term)));
            }
            if (!term.contains(QLatin1Char(':')) && !term.contains(QLatin1Char('/')) && simple &&
                (isGenDelimEnd(iri) || iri.startsWith(QLatin1String("_:"))))
                definition.prefix = true;
        }
    } else if (term.indexOf(QLatin1Char(':'), 1) > 0) {
        const qsizetype colon = term.indexOf(QLatin1Char(':'), 1);
        const QString prefix = term.left(colon);
        const QString suffix = term.mid(colon + 1);
        if (d.local.contains(prefix))
            if (auto done = defineTerm(active, prefix, d); !done)
                return done;
        if (const TermDefinition *p = active.term(prefix); p && !suffix.startsWith(u"//"))
            definition.iri = p->iri + suffix;
        else
            definition.iri = term;
    } else if (term.contains(QLatin1Char('/'))) {
        auto expanded = expandIri(active, term, false, true, &d);
        if (!expanded)
            return expanded.error();
        if (!IriReference::isAbsolute(expanded.value()))
            return JsonLdError::make("invalid IRI mapping", shown(term));
        definition.iri = expanded.value();
    } else if (typeTerm) {
        definition.iri = term;
    } else if (active.hasVocab) {
        definition.iri = active.vocab + term;
    } else {
        return JsonLdError::make("invalid IRI mapping",
                                 tr("%1 has no IRI and there is no @vocab").arg(shown(term)));
    }
    if (v.contains(QStringLiteral("@container"))) {
        const QJsonValue container = v.value(QStringLiteral("@container"));
        if (!validContainer(container, active.jsonLd10))
            return JsonLdError::make("invalid container mapping", shown(term));
        definition.container = containerOf(container);
        if (definition.hasContainer("@type")) {
            if (definition.type.isEmpty())
                definition.type = QStringLiteral("@id");
            if (definition.type != QLatin1String("@id") &&
                definition.type != QLatin1String("@vocab"))
                return JsonLdError::make("invalid type mapping", shown(term));
        }
    }
    if (v.contains(QStringLiteral("@index"))) {
        const QJsonValue index = v.value(QStringLiteral("@index"));
        if (active.jsonLd10 || !definition.hasContainer("@index") || !index.isString())
            return JsonLdError::make("invalid term definition", shown(term));
        auto expanded = expandIri(active, index.toString(), false, true, &d);
        if (!expanded)
            return expanded.error();
        if (!IriReference::isAbsolute(expanded.value()) || isKeyword(index.toString()))
            return JsonLdError::make("invalid term definition", shown(term));
        definition.index = index.toString();
    }
    if (v.contains(QStringLiteral("@context"))) {
        if (active.jsonLd10)
            return JsonLdError::make("invalid term definition", tr("@context in 1.0"));
        const QJsonValue scoped = v.value(QStringLiteral("@context"));
        auto checked =
            process(active, scoped, d.baseUrl, d.remoteContexts, Flags{true, true, false});
        if (!checked)
            return JsonLdError::make("invalid scoped context", checked.error().message);
        definition.hasLocalContext = true;
        definition.localContext = scoped;
        definition.baseUrl = d.baseUrl;
    }
    if (v.contains(QStringLiteral("@language")) && !v.contains(QStringLiteral("@type"))) {
        const QJsonValue language = v.value(QStringLiteral("@language"));
        if (!language.isNull() && !language.isString())
            return JsonLdError::make("invalid language mapping", shown(term));
        definition.language = language.isNull() ? QString() : language.toString().toLower();
    }
    if (v.contains(QStringLiteral("@direction")) && !v.contains(QStringLiteral("@type"))) {
        const QJsonValue direction = v.value(QStringLiteral("@direction"));
        if (!direction.isNull() && direction != QJsonValue(QStringLiteral("ltr")) &&
            direction != QJsonValue(QStringLiteral("rtl")))
            return JsonLdError::make("invalid base direction", shown(term));
        definition.direction = direction.isNull() ? QString() : direction.toString();
    }
    if (v.contains(QStringLiteral("@nest"))) {
        const QJsonValue nest = v.value(QStringLiteral("@nest"));
        if (active.jsonLd10)
            return JsonLdError::make("invalid term definition", tr("@nest in 1.0"));
        if (!nest.isString() ||
            (isKeyword(nest.toString()) && nest.toString() != QLatin1String("@nest")))
            return JsonLdError::make("invalid @nest value", shown(term));
        definition.nest = nest.toString();
    }
    if (v.contains(QStringLiteral("@prefix"))) {
        if (active.jsonLd10 || term.contains(QLatin1Char(':')) || term.contains(QLatin1Char('/')))
            return JsonLdError::make("invalid term definition", shown(term));
        if (!v.value(QStringLiteral("@prefix")).isBool())
            return JsonLdError::make("invalid @prefix value", shown(term));
        definition.prefix = v.value(QStringLiteral("@prefix")).toBool();
        if (definition.prefix && isKeyword(definition.iri))
            return JsonLdError::make("invalid term definition", shown(term));
    }
    static const QSet<QString> allowed{
        QStringLiteral("@id"),        QStringLiteral("@reverse"),   QStringLiteral("@container"),
        QStringLiteral("@context"),   QStringLiteral("@direction"), QStringLiteral("@index"),
        QStringLiteral("@language"),  QStringLiteral("@nest"),      QStringLiteral("@prefix"),
        QStringLiteral("@protected"), QStringLiteral("@type")};
    for (auto it = v.begin(); it != v.end(); ++it)
        if (!allowed.contains(it.key()))
            return JsonLdError::make("invalid term definition",
                                     tr("%1 has %2").arg(shown(term), shown(it.key())));
    if (!d.overrideProtected && previous && previous->isProtected) {
        if (!definition.sameAs(*previous))
            return JsonLdError::make("protected term redefinition", shown(term));
        definition = *previous;
    }
    active.terms.insert(term, definition);
    d.defined.insert(term, true);
    return {};
}

Result<QString> ContextProcessor::expandIri(const ActiveContext &active, const QString &value,
                                            bool documentRelative, bool vocab)
{
    // Without a local context nothing is defined, so nothing is changed: no copy of the whole
    // context for each key of each object expanded.
    return expandIri(const_cast<ActiveContext &>(active), value, documentRelative, vocab, nullptr);
}

Result<QString> ContextProcessor::expandIri(ActiveContext &active, const QString &value,
                                            bool documentRelative, bool vocab, const Defining *d)
{
    if (isKeyword(value))
        return value;
    if (hasKeywordForm(value))
        return QString();
    if (d && d->local.contains(value) && !d->defined.value(value, false))
        if (auto done = defineTerm(active, value, *d); !done)
            return done.error();
    const TermDefinition *definition = active.term(value);
    if (definition && isKeyword(definition->iri))
        return definition->iri;
    if (vocab && definition)
        return definition->isNull ? QString() : definition->iri;
    const qsizetype colon = value.indexOf(QLatin1Char(':'), 1);
    if (colon > 0) {
        const QString prefix = value.left(colon);
        const QString suffix = value.mid(colon + 1);
        if (prefix == QLatin1String("_") || suffix.startsWith(QLatin1String("//")))
            return value;
        if (d && d->local.contains(prefix) && !d->defined.value(prefix, false))
            if (auto done = defineTerm(active, prefix, *d); !done)
                return done.error();
        const TermDefinition *p = active.term(prefix);
        if (p && !p->isNull && !p->iri.isEmpty() && p->prefix)
            return p->iri + suffix;
        if (IriReference::isAbsolute(value))
            return value;
    }
    if (vocab && active.hasVocab)
        return active.vocab + value;
    if (documentRelative)
        return IriReference::resolve(value, active.baseIri);
    return value;
}

} // namespace vcdesk
