#pragma once

#include <QJsonValue>
#include <QString>

namespace vcdesk {

/// What a person reads for a machine name: a credential type "UniversityDegreeCredential" or a
/// claim "given_name" becomes "University Degree Credential", "Given name". URIs (a vct such
/// as "https://example.com/pid") keep their last segment. Names with spaces stay as they are.
class ReadableName
{
public:
    static QString of(const QString &name);
    /// A claim's display path ("vc.credentialSubject.given_name", "address.street[0]") by its
    /// last name: "Given name", "Street".
    static QString ofPath(const QString &path);
    /// A claim's value as one line: a string as it is, a list of plain values joined with
    /// ", ", anything else as compact JSON.
    static QString ofValue(const QJsonValue &value);
};

} // namespace vcdesk
