// A trust list file to import (TrustListImport): reading never crashes, refuses with a
// "trust.import_*" code, and whatever it accepts merges into an empty list that, saved as
// TrustList::save writes it, reads back to the same patterns and names.
#include "core/verify/TrustListImport.h"

#include <QTemporaryDir>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    auto entries = vcdesk::TrustListImport::parse(input);
    if (!entries) {
        if (!entries.error().code.startsWith(QLatin1String("trust.import_")))
            std::abort();
        return 0;
    }
    vcdesk::TrustList list;
    if (!vcdesk::TrustListImport::merge(list, entries.value()))
        std::abort(); // parse() vouched for every entry
    if (list.entries().size() != entries->size())
        std::abort(); // no pattern twice
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round-trip.json"));
    if (!list.save(path))
        std::abort();
    auto again = vcdesk::TrustListImport::read(path);
    if (!again || again->size() != entries->size())
        std::abort();
    for (qsizetype i = 0; i < again->size(); ++i) {
        if (again->at(i).pattern != entries->at(i).pattern ||
            again->at(i).name != entries->at(i).name)
            std::abort();
    }
    return 0;
}
