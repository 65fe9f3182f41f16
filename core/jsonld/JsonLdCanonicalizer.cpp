#include "core/jsonld/JsonLdCanonicalizer.h"

#include "core/jsonld/Expander.h"
#include "core/jsonld/JsonLdToRdf.h"

namespace vcdesk {

Result<QByteArray> JsonLdCanonicalizer::canonicalize(const QJsonObject &document,
                                                     const DocumentLoader &loader,
                                                     Rdfc10::Hash hash)
{
    Expander expander(loader);
    Expander::Options options;
    options.safeMode = true;
    auto expanded = expander.expand(document, options);
    if (!expanded)
        return expanded.error();
    auto dataset = JsonLdToRdf::toRdf(expanded.value(), true);
    if (!dataset)
        return dataset.error();
    Rdfc10::Options canonicalOptions;
    canonicalOptions.hash = hash;
    auto canonical = Rdfc10::canonicalize(dataset.value(), canonicalOptions);
    if (!canonical)
        return canonical.error();
    return canonical->nquads;
}

} // namespace vcdesk
