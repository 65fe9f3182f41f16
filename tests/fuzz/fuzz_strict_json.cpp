// Strict JSON: parsing never crashes or recurses without bound, and anything accepted
// survives a write/read round trip unchanged (numbers compared by value: Qt writes a large
// integral double such as 400719954740925474.0 in integer form). Numbers are never rounded
// into another value (issue 11): JCS of what was accepted either refuses (an integer no
// double holds) or reads back to exactly the same canonical text. parse() and its reference
// parser without the fast path agree on every input: the same error, or the same value with
// numbers of the same kind. Where the fast path's scan gives an outline, the value at every
// place of it is the one parse() read there.
#include "core/codec/Jcs.h"
#include "core/codec/JsonOutline.h"
#include "core/codec/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

namespace {

/// Equal values; with `sameKinds`, numbers must also both be integers or both doubles.
bool sameJson(const QJsonValue &a, const QJsonValue &b, bool sameKinds = false)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble() &&
               (!sameKinds || (a.toVariant().metaType() == b.toVariant().metaType() &&
                               a.toInteger() == b.toInteger()));
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameJson(x.at(i), y.at(i), sameKinds))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!sameJson(it.value(), y.value(it.key()), sameKinds))
                return false;
        }
        return true;
    }
    return a == b;
}

/// Whether the outline holds `expected` at `node` and at every place under it.
bool outlineHolds(const vcdesk::JsonOutline &outline, int node, const QJsonValue &expected)
{
    if (!sameJson(outline.value(node), expected, true))
        return false;
    if (expected.isObject()) {
        const QJsonObject object = expected.toObject();
        qsizetype members = 0;
        for (int m = outline.first(node); m >= 0; m = outline.next(m), ++members) {
            const QString name = outline.name(m);
            if (!object.contains(name) || outline.member(node, outline.name(m)) != m ||
                !outlineHolds(outline, m, object.value(name)))
                return false;
        }
        return members == object.size();
    }
    if (expected.isArray()) {
        const QJsonArray array = expected.toArray();
        qsizetype index = 0;
        for (int e = outline.first(node); e >= 0; e = outline.next(e), ++index) {
            if (index >= array.size() || !outlineHolds(outline, e, array.at(index)))
                return false;
        }
        return index == array.size();
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vcdesk::JsonLimits limits;
    limits.maxBytes = 64 * 1024;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    auto value = vcdesk::StrictJson::parse(input, limits);
    const auto reference = vcdesk::StrictJson::parseWithoutFastPath(input, limits);
    if (value.ok() != reference.ok())
        std::abort();
    if (!value ? value.error().message != reference.error().message
               : !sameJson(value.value(), reference.value(), true))
        std::abort();
    if (const auto outline = vcdesk::JsonOutline::of(input.toByteArray(), limits)) {
        if (!value || !outlineHolds(*outline, vcdesk::JsonOutline::root(), value.value()))
            std::abort();
    }
    if (!value || !(value->isObject() || value->isArray()))
        return 0;
    const QByteArray written = value->isObject()
                                   ? QJsonDocument(value->toObject()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(value->toArray()).toJson(QJsonDocument::Compact);
    limits.maxBytes = written.size() + 1;
    auto again = vcdesk::StrictJson::parse(written, limits);
    if (!again || !sameJson(again.value(), value.value()))
        std::abort();
    const auto canonical = vcdesk::Jcs::canonicalize(value.value());
    if (!canonical) {
        if (canonical.error().code != QLatin1String("jcs.number"))
            std::abort();
        return 0;
    }
    limits.maxBytes = canonical->size() + 1;
    auto reread = vcdesk::StrictJson::parse(canonical.value(), limits);
    if (!reread)
        std::abort(); // JCS wrote a number the strict reader refuses: it was rounded
    const auto twice = vcdesk::Jcs::canonicalize(reread.value());
    if (!twice || twice.value() != canonical.value())
        std::abort();
    return 0;
}
