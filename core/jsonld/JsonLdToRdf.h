#pragma once

#include "core/common/Result.h"
#include "core/rdf/RdfQuad.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace vcdesk {

/// Expanded JSON-LD to an RDF dataset (JSON-LD 1.1 API: node map generation, 7.2.2;
/// deserialize JSON-LD to RDF, 8.1.2; object to RDF, 8.2.2; list conversion, 8.3.2). Blank
/// nodes are relabelled _:b0, _:b1, …; statements with an IRI that is not well-formed are
/// left out, as the algorithm says; @direction is dropped (rdfDirection null). JSON literals
/// are written in JCS (RFC 8785). Codes: jsonld.conflicting_indexes, jsonld.data_loss.
class JsonLdToRdf
{
    Q_DECLARE_TR_FUNCTIONS(JsonLdToRdf)
public:
    /// `safeMode`: anything left out (see above) is an error, jsonld.data_loss, not a
    /// statement fewer (VC Data Integrity, "Securing Data Losslessly").
    static Result<QList<RdfQuad>> toRdf(const QJsonArray &expanded, bool safeMode = false);
    /// A JSON number as an RDF literal's lexical form: xsd:integer, or xsd:double in the
    /// canonical form JSON-LD asks for ("1.1E0").
    static QString doubleLexical(double value);
};

} // namespace vcdesk
