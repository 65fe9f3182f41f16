#pragma once

#include "core/oid4vp/VerifierIdentity.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

namespace vcdesk {

/// What a holder must see before agreeing to a presentation, typed for the consent screen
/// and the command line; toJson() is the same data for `vcdesk present --json`. Built by
/// ConsentSummary. Every string in it may come from the verifier or a credential: escape it.
struct Consent
{
    struct Candidate
    {
        qint64 credentialId = 0;
        QString title;
        QString format;
        QString issuer;
        /// The asked claims that would leave the wallet: display path and value.
        QList<QPair<QString, QJsonValue>> disclosedClaims;
        /// Claims that leave with them whatever is asked (always-disclosed ones).
        QStringList alsoRevealed;
        /// Asked claims (display paths, among disclosedClaims) the holder may keep back.
        QStringList optionalClaims;
        bool revealsWholeCredential = false;
        bool valid = false;
        QString notValidReason;
        int selectiveDisclosures = 0;
    };
    struct Part
    {
        QString id;
        QString name;
        QString purpose;
        QString format;
        bool required = true;
        bool multiple = false;
        QStringList requestedClaims; // display paths
        QList<Candidate> candidates;
        QString unmatchedReason;
    };
    enum class QueryLanguage { None, Dcql, PresentationExchange };

    VerifierIdentity verifier;
    QStringList responseTypes;
    QString responseMode;
    QUrl responseUri;
    QueryLanguage queryLanguage = QueryLanguage::None;
    QString purpose;
    bool satisfiable = false;
    QString unsatisfiedReason;
    QList<Part> parts;
    /// Credentials that could not be searched (unreadable, or beyond the limit): never silent.
    QStringList notSearched;

    QJsonObject toJson() const;
    static QJsonObject verifierJson(const VerifierIdentity &identity);
};

} // namespace vcdesk
