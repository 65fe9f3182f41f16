// N-Quads and RDF canonicalization on hostile input: the reader never crashes and refuses
// with a code and a line; whatever it reads canonicalizes within the work limit, the canonical
// form reads back to the same dataset, and canonicalizing it again changes nothing.
#include "core/rdf/NQuads.h"
#include "core/rdf/Rdfc10.h"

#include <cstdlib>

using namespace vcdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto dataset =
        NQuads::parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!dataset) {
        if (dataset.error().code.isEmpty() || dataset.error().message.isEmpty())
            std::abort();
        return 0;
    }
    Rdfc10::Options options;
    options.workLimit = 20'000;
    auto canonical = Rdfc10::canonicalize(dataset.value(), options);
    if (!canonical) {
        if (canonical.error().code != QLatin1String("rdf.too_complex"))
            std::abort();
        return 0;
    }
    auto reread = NQuads::parse(canonical->nquads);
    if (!reread)
        std::abort(); // the writer wrote what the reader refuses
    auto again = Rdfc10::canonicalize(reread.value(), options);
    if (!again || again->nquads != canonical->nquads)
        std::abort();
    return 0;
}
