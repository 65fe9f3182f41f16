#pragma once

#include "core/verify/Verdict.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace vcdesk {

/// Which credentials to list and in what order. Pages are cut by keyset (the sort value and
/// id of the last row seen), so page N costs what page 1 costs.
struct CredentialQuery
{
    enum class SortKey { Added, Issued, Expires, Title, Issuer };
    struct Cursor
    {
        QVariant value;
        qint64 id = 0;
    };

    qint64 profileId = 0;
    QString text;   // substring of title, types, issuer, subject, tags
    QString type;   // exact type, e.g. "UniversityDegreeCredential"
    QString issuer; // exact issuer id
    QString tag;
    std::optional<Verdict> verdict;
    bool revokedOnly = false; // only those a status list says are revoked or suspended
    SortKey sort = SortKey::Added;
    bool descending = true;
    int limit = 50;
    std::optional<Cursor> after;
};

} // namespace vcdesk
