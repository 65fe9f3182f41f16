#include "core/codec/LazyJsonObject.h"

#include "core/codec/StrictJson.h"

#include <QJsonDocument>

namespace vcdesk {

LazyJsonObject LazyJsonObject::fromOutline(const JsonOutline &outline, int node)
{
    if (!outline.isObject(node))
        return QJsonObject();
    LazyJsonObject lazy;
    lazy.m_null = false;
    lazy.m_pending = std::make_shared<Pending>();
    lazy.m_pending->text = outline.text();
    const QByteArrayView span = outline.span(node);
    lazy.m_pending->offset = span.data() - outline.text().constData();
    lazy.m_pending->size = span.size();
    return lazy;
}

const QJsonObject &LazyJsonObject::object() const
{
    if (!m_pending)
        return m_object;
    Pending &pending = *m_pending;
    std::call_once(pending.once, [&pending] {
        const QByteArrayView span(pending.text.constData() + pending.offset, pending.size);
        // The outline's scan vouched for the text, so Qt's parser reads it as StrictJson
        // would; were they ever to differ, StrictJson's reading is the one kept.
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(span.data(), span.size()), &error);
        if (error.error == QJsonParseError::NoError && document.isObject()) {
            pending.object = document.object();
        } else if (auto strict = StrictJson::parseObject(span)) {
            pending.object = strict.value();
        } else {
            // Unreachable for any input: the scan's language is inside StrictJson's (fuzzed in
            // fuzz_strict_json). Were it reached, an empty object would hide claims (a "cnf")
            // from the checks that read them, so stop rather than go on without them.
            qFatal("LazyJsonObject: a text the outline vouched for is not a JSON object");
        }
        pending.built.store(true, std::memory_order_release);
    });
    return pending.object;
}

bool LazyJsonObject::isBuilt() const
{
    if (!m_pending)
        return true;
    return m_pending->built.load(std::memory_order_acquire);
}

} // namespace vcdesk
