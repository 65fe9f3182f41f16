#pragma once

#include "core/common/Result.h"
#include "core/oid4vp/Consent.h"
#include "core/oid4vp/PresentationBuilder.h"
#include "core/oid4vp/ResponseSender.h"
#include "core/store/PresentationRecord.h"

namespace vcdesk {

/// What the presentation history keeps of one answer: who asked (as the consent screen showed
/// it), what the holder chose, and how it ended. Claims leave the record as names only.
class PresentationReceipt
{
public:
    /// `declined`: the answer was a refusal (nothing shared). A verifier that answered an
    /// error status after receiving the claims "refused" them: they still left the wallet and
    /// are listed.
    static PresentationRecord of(const Consent &consent,
                                 const PresentationBuilder::Selection &selection, bool declined,
                                 const Result<ResponseSender::VerifierAnswer> &answer,
                                 const PresentationBuilder::Withheld &withheld = {});
    /// The claims the selection sends, per credential: [{credential, credentialId, claims,
    /// whole}].
    static QJsonArray disclosed(const Consent &consent,
                                const PresentationBuilder::Selection &selection,
                                const PresentationBuilder::Withheld &withheld = {});
};

} // namespace vcdesk
