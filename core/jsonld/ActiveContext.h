#pragma once

#include "core/jsonld/TermDefinition.h"

#include <QHash>
#include <QString>
#include <memory>

namespace vcdesk {

/// The active context of JSON-LD processing (JSON-LD 1.1 API, section 4.1): the term
/// definitions in force, the base IRI, the vocabulary mapping, the default language and
/// direction, and the context to return to where a type-scoped one does not propagate.
/// Copied by value as the algorithms copy it (term definitions are shared until changed).
struct ActiveContext
{
    QString baseIri;
    QString originalBaseUrl;
    bool hasVocab = false;
    QString vocab;
    std::optional<QString> defaultLanguage;
    std::optional<QString> defaultDirection;
    QHash<QString, TermDefinition> terms;
    std::shared_ptr<const ActiveContext> previous;
    bool jsonLd10 = false; // processing mode json-ld-1.0
    /// The fixed remote contexts applied, in order, to an initial context, and nothing else:
    /// such a context is the same every time, so ContextProcessor keeps it. Cleared
    /// (cacheable false) by anything else.
    QString provenance;
    bool cacheable = true;

    const TermDefinition *term(const QString &name) const
    {
        auto found = terms.constFind(name);
        return found == terms.constEnd() ? nullptr : &found.value();
    }
    bool hasProtectedTerms() const
    {
        for (const TermDefinition &definition : terms)
            if (definition.isProtected)
                return true;
        return false;
    }
};

} // namespace vcdesk
