#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace vcdesk {

/// One outcome at a kiosk, as its log keeps it. `uid` is the idempotency key (the station's
/// name and a random part): an entry sent twice, after a lost answer, is kept once. `claims`
/// are filled in only when the operator's config says so.
struct KioskLogEntry
{
    QString uid;
    qint64 atMs = 0;
    QString station;
    QString definitionId;
    /// verified, not_verified, not_confirmed, refused (an answer refused; the request stayed
    /// open), shown_verified (a code held up to the camera), expired, cancelled
    QString outcome;
    QString code; // the machine code of the reason, if any
    QString reason;
    QJsonArray checks; // [{"name", "outcome"}]: no personal data
    QString issuer;
    QString issuerName;
    QJsonObject claims;

    static QString newUid(const QString &station);
};

} // namespace vcdesk
