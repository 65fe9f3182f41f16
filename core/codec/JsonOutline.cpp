#include "core/codec/JsonOutline.h"

#include "core/codec/FastPathScan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace vcdesk {

namespace {

/// Qt's parser on a span the scan vouched for; undefined only if Qt disagreed after all.
QJsonValue parsedByQt(QByteArrayView span)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(span.data(), span.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

std::optional<JsonOutline> JsonOutline::of(const QByteArray &text, const JsonLimits &limits)
{
    if (text.size() > limits.maxBytes)
        return std::nullopt;
    JsonOutline outline;
    if (!FastPathScan(text, limits, &outline.m_nodes).run())
        return std::nullopt;
    outline.m_text = text;
    return outline;
}

int JsonOutline::member(int node, QLatin1StringView name) const
{
    if (!isObject(node))
        return -1;
    for (int m = first(node); m >= 0; m = next(m)) {
        const Node &n = m_nodes[m];
        if (n.nameSize == name.size() &&
            std::memcmp(m_text.constData() + n.nameOffset, name.data(), size_t(name.size())) == 0)
            return m;
    }
    return -1;
}

QLatin1StringView JsonOutline::name(int node) const
{
    const Node &n = m_nodes[node];
    return QLatin1StringView(m_text.constData() + n.nameOffset, n.nameSize);
}

QByteArrayView JsonOutline::span(int node) const
{
    const Node &n = m_nodes[node];
    return QByteArrayView(m_text.constData() + n.offset, n.size);
}

QJsonValue JsonOutline::value(int node) const
{
    if (node < 0)
        return QJsonValue(QJsonValue::Undefined);
    const QByteArrayView text = span(node);
    switch (kind(node)) {
    case Kind::Object:
    case Kind::Array:
        return parsedByQt(text);
    case Kind::PlainString:
        // Printable ASCII without escapes: the characters between the quotes are the string.
        return QString::fromLatin1(text.sliced(1, text.size() - 2));
    case Kind::String: {
        // Escapes or UTF-8: read by Qt's parser, as the whole text would have been.
        QByteArray wrapped;
        wrapped.reserve(text.size() + 2);
        wrapped.append('[').append(text).append(']');
        const QJsonValue array = parsedByQt(wrapped);
        return array.isArray() ? array.toArray().at(0) : QJsonValue(QJsonValue::Undefined);
    }
    case Kind::Integer: {
        // The scan took only integers that fit in 64 bits; Qt's parser keeps those exactly.
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        return ok ? QJsonValue(number) : QJsonValue(QJsonValue::Undefined);
    }
    case Kind::True:
        return true;
    case Kind::False:
        return false;
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace vcdesk
