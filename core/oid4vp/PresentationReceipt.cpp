#include "core/oid4vp/PresentationReceipt.h"

#include "core/common/Clock.h"

#include <QJsonObject>

namespace vcdesk {

PresentationRecord PresentationReceipt::of(const Consent &consent,
                                           const PresentationBuilder::Selection &selection,
                                           bool declined,
                                           const Result<ResponseSender::VerifierAnswer> &answer,
                                           const PresentationBuilder::Withheld &withheld)
{
    PresentationRecord record;
    record.at = Clock::nowSeconds();
    record.clientId = consent.verifier.clientId;
    record.verifierName = consent.verifier.name;
    record.trustedName = consent.verifier.trustName;
    record.authenticatedBy = consent.verifier.authenticatedBy;
    record.purpose = consent.purpose;
    if (answer) {
        record.outcome =
            declined ? PresentationRecord::Outcome::Declined : PresentationRecord::Outcome::Shared;
    } else {
        const Error &error = answer.error();
        // As PresentController words it: a verifier's error status after the answer arrived.
        const bool refused =
            error.code == QLatin1String("oid4vp.response_refused") && error.httpStatus >= 400;
        record.outcome = refused && !declined ? PresentationRecord::Outcome::Refused
                                              : PresentationRecord::Outcome::Failed;
        record.reason = error.serverMessage.isEmpty() ? error.message : error.serverMessage;
    }
    if (record.outcome == PresentationRecord::Outcome::Shared ||
        record.outcome == PresentationRecord::Outcome::Refused)
        record.disclosed = disclosed(consent, selection, withheld);
    return record;
}

QJsonArray PresentationReceipt::disclosed(const Consent &consent,
                                          const PresentationBuilder::Selection &selection,
                                          const PresentationBuilder::Withheld &withheld)
{
    QJsonArray out;
    for (const Consent::Part &part : consent.parts) {
        const QList<qint64> chosen = selection.value(part.id);
        for (const Consent::Candidate &candidate : part.candidates) {
            if (!chosen.contains(candidate.credentialId))
                continue;
            const QStringList keptBack = withheld.value(candidate.credentialId);
            QJsonArray claims;
            for (const auto &claim : candidate.disclosedClaims)
                if (!candidate.optionalClaims.contains(claim.first) ||
                    !keptBack.contains(claim.first))
                    claims.append(claim.first);
            for (const QString &also : candidate.alsoRevealed)
                if (!claims.contains(also))
                    claims.append(also);
            QJsonObject entry{{QStringLiteral("credential"), candidate.title},
                              {QStringLiteral("credentialId"), candidate.credentialId},
                              {QStringLiteral("claims"), claims}};
            if (candidate.revealsWholeCredential)
                entry.insert(QStringLiteral("whole"), true);
            out.append(entry);
        }
    }
    return out;
}

} // namespace vcdesk
