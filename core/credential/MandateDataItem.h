#pragma once

#include <QJsonValue>
#include <QString>

namespace vcdesk {

/// One mandate data item of a credential decision event (seed 004) that carries a "hash", as
/// read: nested "fields" are flattened into the same list. Whether the hash matches is a
/// verification (core/verify/MandateHashCheck), not part of reading.
struct MandateDataItem
{
    QString label; // "?" when the item has none
    QJsonValue value;
    QString hash; // as written ("sha256:<hex>" when well formed); empty if not a string
};

} // namespace vcdesk
