#pragma once

#include <QString>

namespace vcdesk {

/// What a person reads for a machine name: a credential type "UniversityDegreeCredential" or a
/// claim "given_name" becomes "University Degree Credential", "Given name". URIs (a vct such
/// as "https://example.com/pid") keep their last segment. Names with spaces stay as they are.
class ReadableName
{
public:
    static QString of(const QString &name);
};

} // namespace vcdesk
