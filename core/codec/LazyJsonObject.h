#pragma once

#include "core/codec/JsonOutline.h"

#include <QJsonObject>

#include <atomic>
#include <memory>
#include <mutex>

namespace vcdesk {

/// A JSON object that may still be the text it was read from: built into a QJsonObject the
/// first time anyone reads it, once, by whichever thread asks first. A batch of 10,000 tokens
/// reads the few members its checks need through a JsonOutline and never builds the payloads
/// nobody opens (building one was a third of what the engine spent on a token beside its
/// signature); the inspector builds the one a person opens.
///
/// Copies share the text and the object built from it. Reads are safe from any thread.
class LazyJsonObject
{
public:
    /// An empty object.
    LazyJsonObject() = default;
    /// An object already built (implicit: wherever a QJsonObject was kept, it still can be).
    LazyJsonObject(QJsonObject object)
        : m_object(std::move(object))
        , m_null(false)
    {
    }
    /// The object at `node` of `outline` (which must be an object), built on first use.
    static LazyJsonObject fromOutline(const JsonOutline &outline, int node);

    /// The object; builds it on the first call.
    const QJsonObject &object() const;
    /// Read as the object it is (implicit, so that code written for QJsonObject reads it).
    operator const QJsonObject &() const { return object(); }
    bool isEmpty() const { return object().isEmpty(); }
    /// Whether the object exists already (false while it is text nobody read: for tests of the
    /// batch's economy).
    bool isBuilt() const;
    /// Whether nothing was ever given (default-constructed): shown as null, not as {}.
    bool isNull() const { return m_null; }
    /// The object as a JSON value, or null when isNull().
    QJsonValue toValue() const
    {
        return m_null ? QJsonValue(QJsonValue::Null) : QJsonValue(object());
    }

private:
    struct Pending
    {
        QByteArray text; // the whole text the outline was made of (shared, not copied)
        qsizetype offset = 0;
        qsizetype size = 0;
        std::once_flag once;
        QJsonObject object;
        std::atomic<bool> built{false};
    };

    QJsonObject m_object;
    std::shared_ptr<Pending> m_pending;
    bool m_null = true;
};

} // namespace vcdesk
