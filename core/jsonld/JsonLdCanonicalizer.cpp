#include "core/jsonld/JsonLdCanonicalizer.h"

#include "core/jsonld/Expander.h"
#include "core/jsonld/JsonLdToRdf.h"

namespace vcdesk {

Result<QByteArray> JsonLdCanonicalizer::canonicalize(const QJsonObject &document,
                                                     const DocumentLoader &loader,
                                                     Rdfc10::Hash hash)
{
    Expander expander(loader);
    auto expanded = expander.expand(document, Expander::Options());
    if (!expanded)
        return expanded.error();
    auto dataset = JsonLdToRdf::toRdf(expanded.value());
    if (!dataset)
        return dataset.error();
    Rdfc10::Options options;
    options.hash = hash;
    auto canonical = Rdfc10::canonicalize(dataset.value(), options);
    if (!canonical)
        return canonical.error();
    return canonical->nquads;
}

} // namespace vcdesk
