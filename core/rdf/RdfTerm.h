#pragma once

#include <QString>

namespace vcdesk {

/// One term of an RDF quad (RDF 1.1): an IRI, a blank node (by its identifier in the dataset,
/// without "_:"), a literal (lexical form, datatype IRI, language tag), or the default graph
/// (the graph name of a triple that has none).
struct RdfTerm
{
    enum class Kind { Iri, BlankNode, Literal, DefaultGraph };

    static constexpr const char *kXsdString = "http://www.w3.org/2001/XMLSchema#string";
    static constexpr const char *kLangString =
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    Kind kind = Kind::DefaultGraph;
    QString value;    // the IRI, the blank node identifier or the lexical form
    QString datatype; // literals: the datatype IRI (xsd:string when none was given)
    QString language; // literals: the language tag as given (rdf:langString)

    static RdfTerm iri(const QString &iri) { return {Kind::Iri, iri, {}, {}}; }
    static RdfTerm blank(const QString &id) { return {Kind::BlankNode, id, {}, {}}; }
    static RdfTerm literal(const QString &lexical, const QString &datatype = {},
                           const QString &language = {})
    {
        return {Kind::Literal, lexical,
                !language.isEmpty()  ? QString::fromLatin1(kLangString)
                : datatype.isEmpty() ? QString::fromLatin1(kXsdString)
                                     : datatype,
                language};
    }

    bool isBlank() const { return kind == Kind::BlankNode; }
    bool operator==(const RdfTerm &other) const = default;
};

} // namespace vcdesk
