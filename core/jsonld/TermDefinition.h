#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace vcdesk {

/// What a JSON-LD context says of one term (JSON-LD 1.1 API, section 4.1: the term
/// definition): the IRI it expands to, how its values are typed, contained and scoped.
struct TermDefinition
{
    /// The IRI, blank node identifier or keyword the term expands to; empty when the term was
    /// defined as null (kept only to detect redefinitions).
    QString iri;
    bool isNull = false;
    bool reverse = false;
    bool prefix = false;
    bool isProtected = false;
    /// @type: an IRI, @id, @vocab, @json or @none; empty when none.
    QString type;
    QStringList container;
    /// @language / @direction: set (maybe to null, empty) when the definition has them.
    std::optional<QString> language;
    std::optional<QString> direction;
    QString index;
    QString nest;
    /// A scoped context (@context in the definition) and the base URL it was found at.
    bool hasLocalContext = false;
    QJsonValue localContext;
    QString baseUrl;

    bool hasContainer(const char *keyword) const
    {
        return container.contains(QLatin1String(keyword));
    }
    /// Same definition, but for protection (section 4.2.2 step 28).
    bool sameAs(const TermDefinition &other) const
    {
        return iri == other.iri && isNull == other.isNull && reverse == other.reverse &&
               prefix == other.prefix && type == other.type && container == other.container &&
               language == other.language && direction == other.direction && index == other.index &&
               nest == other.nest && hasLocalContext == other.hasLocalContext &&
               localContext == other.localContext;
    }
};

} // namespace vcdesk
