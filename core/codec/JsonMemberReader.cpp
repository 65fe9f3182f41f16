#include "core/codec/JsonMemberReader.h"

namespace vcdesk {

JsonMemberReader::JsonMemberReader(const QJsonObject &object)
    : m_object(object)
    , m_counting(object.size() <= kMaxCounted)
{
}

QJsonValue JsonMemberReader::value(QLatin1StringView name)
{
    if (!m_counting)
        return m_object.value(name);
    for (const Found &found : m_found) {
        if (QLatin1StringView(m_names.constData() + found.offset, found.size) == name)
            return found.value;
    }
    if (m_found.size() == m_object.size())
        return QJsonValue(QJsonValue::Undefined); // every member is among those found
    QJsonValue value = m_object.value(name);
    if (!value.isUndefined()) {
        m_found.append(Found{m_names.size(), name.size(), value});
        m_names.append(name.data(), name.size());
    }
    return value;
}

} // namespace vcdesk
