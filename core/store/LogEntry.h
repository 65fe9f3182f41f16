#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace vcdesk {

/// One verification at the kiosk: who was asked for what, when, the outcome and the checks.
/// `holder` and `details` (disclosed claims) are kept only when the operator chose to;
/// details are sealed on disk and filled in only by VerificationLog::open().
struct LogEntry
{
    qint64 id = 0;
    QString uid;
    qint64 profileId = 0;
    qint64 at = 0;
    QString verifier; // account or station name
    QString request;  // definition id / requested types
    QString outcome;  // verified, rejected, error, expired, cancelled
    QString reason;
    QJsonArray checks; // [{name, outcome}], no personal data
    QString holder;
    QJsonObject details;
};

} // namespace vcdesk
