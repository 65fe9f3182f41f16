#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QVarLengthArray>

namespace vcdesk {

/// Reads named members of one JSON object and knows when none is left to find. Once every
/// member of the object was found, a name not among them is absent, so it is answered
/// without asking QJsonObject: each QJsonObject::value() is a binary search through keys
/// compared as general strings (about 350 instructions), and reading one JWT-VC asked its
/// payload for some 34 names, most of them members a JWT-VC does not have (the ones a hybrid
/// token repeats beside "vc"). Ask for the members an object usually has first.
///
/// Exact, not a guess: the names found are kept (copied), and one asked again is answered
/// with its value, found once. Distinct names are distinct members, so when as many were
/// found as the object has, there is no other. Objects of more than kMaxCounted members are
/// always asked.
class JsonMemberReader
{
public:
    static constexpr qsizetype kMaxCounted = 32;

    /// `object` must outlive the reader and stay unchanged while it reads (it is not
    /// copied, and a member found is answered from what was found).
    explicit JsonMemberReader(const QJsonObject &object);
    JsonMemberReader(QJsonObject &&) = delete;

    /// The member `name`, or an undefined value when the object has none.
    QJsonValue value(QLatin1StringView name);
    bool contains(QLatin1StringView name) { return !value(name).isUndefined(); }
    /// Counts a member the caller does not need, so that the others can be known absent
    /// sooner (e.g. "@context", which every credential has).
    void notice(QLatin1StringView name) { value(name); }
    /// Whether every member of the object was found already.
    bool allFound() const { return m_counting && m_found.size() == m_object.size(); }

private:
    struct Found
    {
        qsizetype offset; // of its name in m_names
        qsizetype size;
        QJsonValue value;
    };

    const QJsonObject &m_object;
    bool m_counting;
    QVarLengthArray<Found, 16> m_found;
    QVarLengthArray<char, 256> m_names;
};

} // namespace vcdesk
