#pragma once

#include <QString>

namespace vcdesk {

/// A wallet profile (e.g. "Personal", "Work"): its own keys, credentials, offers, accounts.
struct Profile
{
    qint64 id = 0;
    QString name;
    qint64 createdAt = 0;
};

} // namespace vcdesk
