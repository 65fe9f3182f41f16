// JSON-LD expansion and conversion to RDF on hostile documents, with the contexts vcdesk
// carries and a small in-memory "remote" context the input may name (so context processing,
// scoped contexts and loops are reached without a network): never a crash, every refusal a
// code and a message, and whatever converts puts in canonical form within the work limit, the
// same bytes twice.
#include "core/codec/StrictJson.h"
#include "core/jsonld/BundledContexts.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/JsonLdToRdf.h"
#include "core/rdf/Rdfc10.h"

#include "FuzzChecks.h"
#include <QJsonObject>

#include <cstdlib>

using namespace vcdesk;
using fuzz::refusedProperly;

namespace {

/// The bundled contexts, and https://fuzz.example/ctx: a context that names itself again.
Result<RemoteDocument> load(const QString &url)
{
    if (url == QLatin1String("https://fuzz.example/ctx"))
        return RemoteDocument{
            QJsonObject{
                {QStringLiteral("@context"),
                 QJsonObject{{QStringLiteral("@import"), url},
                             {QStringLiteral("p"), QStringLiteral("https://fuzz.example/p")}}}},
            url};
    return BundledContexts::loader()(url);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    JsonLimits limits;
    limits.maxBytes = 64 * 1024;
    auto json = StrictJson::parseObject(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), limits);
    if (!json)
        return 0;
    Expander expander(load);
    Expander::Options options;
    options.base = QStringLiteral("https://fuzz.example/doc");
    auto expanded = expander.expand(json.value(), options);
    if (refusedProperly(expanded))
        return 0;
    auto dataset = JsonLdToRdf::toRdf(expanded.value());
    if (refusedProperly(dataset))
        return 0;
    Rdfc10::Options canonical;
    canonical.workLimit = 20'000;
    auto first = Rdfc10::canonicalize(dataset.value(), canonical);
    if (refusedProperly(first))
        return 0;
    auto second = Rdfc10::canonicalize(first->quads, canonical);
    if (!second || second->nquads != first->nquads)
        std::abort(); // canonical form is a fixed point
    return 0;
}
