#pragma once

#include <QDateTime>
#include <QString>

namespace vcdesk {

/// What a report says about how its verdicts were reached, beside the verdicts themselves:
/// when, as of which date, with or without the network, against which trust list.
struct ReportContext
{
    QString input;       // the file, or empty for a pasted token
    QDateTime checkedAt; // when the checks ran (UTC)
    QDateTime asOf;      // the date validity was checked at, when not checkedAt
    bool offline = false;
    QString trustListPath;
};

} // namespace vcdesk
