#include "core/oid4vci/MemberReader.h"

#include "core/codec/StrictJson.h"
#include "core/oid4vci/IssuerIdentifier.h"

#include <QSet>

#include <cmath>

namespace vcdesk {

MemberReader::MemberReader(const QJsonObject &object, const QString &where, const QString &code)
    : m_object(object)
    , m_where(where)
    , m_code(code)
{
}

Result<QJsonObject> MemberReader::parseObject(QByteArrayView json, qsizetype maxBytes, int maxDepth,
                                              const QString &code, const QString &what)
{
    JsonLimits limits;
    limits.maxBytes = maxBytes;
    limits.maxDepth = maxDepth;
    auto object = StrictJson::parseObject(json, limits);
    if (!object)
        return Error{code, tr("%1 is not a JSON object: %2").arg(what, object.error().message)};
    return object;
}

Error MemberReader::error(const QString &message) const
{
    return Error{m_code, m_where + QStringLiteral(": ") + message};
}

Result<QString> MemberReader::string(const QString &name, Presence presence) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined()) {
        if (presence == Presence::Required)
            return error(tr("%1 is missing").arg(name));
        return QString();
    }
    if (!value.isString())
        return error(tr("%1 is not a string").arg(name));
    const QString text = value.toString();
    if (text.isEmpty())
        return error(tr("%1 is empty").arg(name));
    if (text.size() > kMaxString)
        return error(tr("%1 is longer than %2 characters").arg(name).arg(kMaxString));
    return text;
}

Result<QStringList> MemberReader::strings(const QString &name, Presence presence) const
{
    auto items = array(name, presence);
    if (!items)
        return items.error();
    QStringList list;
    if (!items.value())
        return list;
    if (items.value()->size() > kMaxListItems)
        return error(tr("%1 has more than %2 entries").arg(name).arg(kMaxListItems));
    QSet<QString> seen;
    for (const QJsonValue &item : *items.value()) {
        if (!item.isString() || item.toString().isEmpty())
            return error(tr("%1 holds something that is not a non-empty string").arg(name));
        const QString text = item.toString();
        if (text.size() > kMaxString)
            return error(
                tr("an entry of %1 is longer than %2 characters").arg(name).arg(kMaxString));
        if (seen.contains(text))
            return error(tr("%1 names \"%2\" twice").arg(name, text.left(60)));
        seen.insert(text);
        list << text;
    }
    return list;
}

Result<QUrl> MemberReader::endpoint(const QString &name, Presence presence) const
{
    auto text = string(name, presence);
    if (!text)
        return text.error();
    if (text->isEmpty())
        return QUrl();
    auto url = IssuerIdentifier::endpoint(text.value(), name);
    if (!url)
        return Error{url.error().code, m_where + QStringLiteral(": ") + url.error().message};
    return url;
}

Result<std::optional<QJsonObject>> MemberReader::object(const QString &name,
                                                        Presence presence) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined()) {
        if (presence == Presence::Required)
            return error(tr("%1 is missing").arg(name));
        return std::optional<QJsonObject>();
    }
    if (!value.isObject())
        return error(tr("%1 is not an object").arg(name));
    return std::optional<QJsonObject>(value.toObject());
}

Result<std::optional<QJsonArray>> MemberReader::array(const QString &name, Presence presence) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined()) {
        if (presence == Presence::Required)
            return error(tr("%1 is missing").arg(name));
        return std::optional<QJsonArray>();
    }
    if (!value.isArray())
        return error(tr("%1 is not an array").arg(name));
    if (value.toArray().isEmpty())
        return error(tr("%1 is an empty array").arg(name));
    return std::optional<QJsonArray>(value.toArray());
}

Result<std::optional<bool>> MemberReader::boolean(const QString &name) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined())
        return std::optional<bool>();
    if (!value.isBool())
        return error(tr("%1 is not true or false").arg(name));
    return std::optional<bool>(value.toBool());
}

Result<std::optional<qint64>> MemberReader::integer(const QString &name, qint64 minimum,
                                                    qint64 maximum) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined())
        return std::optional<qint64>();
    const double number = value.toDouble();
    // Range first (a NaN fails it too): converting an out-of-range double is undefined.
    if (!value.isDouble() || !(number >= double(minimum) && number <= double(maximum)) ||
        std::trunc(number) != number)
        return error(
            tr("%1 is not a whole number from %2 to %3").arg(name).arg(minimum).arg(maximum));
    return std::optional<qint64>(qint64(number));
}

} // namespace vcdesk
