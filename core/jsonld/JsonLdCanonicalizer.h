#pragma once

#include "core/common/Result.h"
#include "core/jsonld/DocumentLoader.h"
#include "core/rdf/Rdfc10.h"

#include <QJsonObject>

namespace vcdesk {

/// A JSON-LD document as the RDF-canonicalized Data Integrity suites see it: expanded with its
/// contexts (from the loader only), turned into an RDF dataset and put in RDFC-1.0 canonical
/// form. In safe mode: anything JSON-LD would drop (an undefined term, an ill-formed IRI) is
/// an error, jsonld.data_loss, since it would be shown without being signed. Codes: those of
/// Expander, JsonLdToRdf and Rdfc10 (jsonld.*, rdf.*).
class JsonLdCanonicalizer
{
public:
    static Result<QByteArray> canonicalize(const QJsonObject &document,
                                           const DocumentLoader &loader,
                                           Rdfc10::Hash hash = Rdfc10::Hash::Sha256);
};

} // namespace vcdesk
