#pragma once

#include "core/oid4vp/Consent.h"

#include <QCoreApplication>
#include <QTextStream>

namespace vcdesk {

/// Prints a presentation request's Consent (ConsentSummary) for a person at a
/// terminal. What vcdesk established (the client_id, how it was authenticated, the trust
/// list's name, where the answer goes) is printed first and apart from what the verifier
/// says about itself (its name, purposes), which is quoted, marked as unchecked, escaped and
/// shortened, so a verifier's text can never pass for vcdesk's own lines. Every string from
/// the request or the wallet is escaped (no control characters reach the terminal). A claim
/// the request can do without is marked as staying in the wallet unless its path is among
/// `sharedOptional` (`vcdesk present --share-optional PATH`).
class ConsentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ConsentPrinter)
public:
    static constexpr int kMaxNameChars = 64;
    static constexpr int kMaxPurposeChars = 300;

    static void print(const Consent &consent, QTextStream &out,
                      const QStringList &sharedOptional = {});

private:
    static void printPart(const Consent::Part &part, const QStringList &sharedOptional,
                          QTextStream &out);
    static void printCandidate(const Consent::Candidate &candidate,
                               const QStringList &sharedOptional, QTextStream &out);
};

} // namespace vcdesk
