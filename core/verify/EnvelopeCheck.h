#pragma once

#include "core/credential/Envelope.h"
#include "core/verify/CheckResult.h"

#include <QCoreApplication>
#include <QList>

namespace vcdesk {

/// Judges what a service message says about itself (core/credential/Envelope): a generation
/// that failed, a verifier that reports an error, a decision whose action and proof disagree,
/// mandate data hashes (MandateHashCheck), a hosted-wallet credential that is not active, and
/// issuer-agent records with no usable credential. The credentials inside are checked apart.
class EnvelopeCheck
{
    Q_DECLARE_TR_FUNCTIONS(EnvelopeCheck)
public:
    static QList<CheckResult> run(const Envelope &envelope);

private:
    static QList<CheckResult> flowManagerEvent(const Envelope &envelope);
    static QList<CheckResult> authStatus(const Envelope &envelope);
    static QList<CheckResult> decisionEvent(const Envelope &envelope);
    static QList<CheckResult> hostedWalletCredential(const Envelope &envelope);
    static QList<CheckResult> issuerAgentRecord(const Envelope &envelope);
};

} // namespace vcdesk
