// Strict JSON: parsing never crashes or recurses without bound, and anything accepted
// survives a write/read round trip unchanged.
#include "core/codec/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vcdesk::JsonLimits limits;
    limits.maxBytes = 64 * 1024;
    auto value = vcdesk::StrictJson::parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), limits);
    if (!value || !(value->isObject() || value->isArray()))
        return 0;
    const QByteArray written = value->isObject()
                                   ? QJsonDocument(value->toObject()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(value->toArray()).toJson(QJsonDocument::Compact);
    limits.maxBytes = written.size() + 1;
    auto again = vcdesk::StrictJson::parse(written, limits);
    if (!again || again.value() != value.value())
        std::abort();
    return 0;
}
