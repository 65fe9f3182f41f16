#pragma once

#include <QJsonArray>
#include <QString>

namespace vcdesk {

/// One answer the holder gave a verifier, as the presentation history keeps it: when, to
/// whom (as the request named and authenticated it), why, what happened, and which claims
/// left the wallet. Claim names only: the values stay in the credentials.
struct PresentationRecord
{
    enum class Outcome { Shared, Declined, Refused, Failed };

    qint64 id = 0;
    QString uid;
    qint64 profileId = 0;
    qint64 at = 0; // seconds since the epoch
    QString clientId;
    QString verifierName;    // the name the verifier gave itself: unverified
    QString trustedName;     // the trust list's name for it, empty when not listed
    QString authenticatedBy; // how vcdesk checked it; empty: not authenticated
    QString purpose;
    Outcome outcome = Outcome::Failed;
    QString reason; // the verifier's or the network's words, for refused and failed
    /// [{"credential": title, "credentialId": id, "claims": [display paths]}]; a credential
    /// that left whole has "whole": true.
    QJsonArray disclosed;

    static QString outcomeName(Outcome outcome);
    static bool outcomeFromName(const QString &name, Outcome &outcome);
};

} // namespace vcdesk
