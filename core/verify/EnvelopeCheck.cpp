#include "core/verify/EnvelopeCheck.h"

#include "core/verify/MandateHashCheck.h"

namespace vcdesk {

namespace {

using Outcome = CheckResult::Outcome;

} // namespace

QList<CheckResult> EnvelopeCheck::run(const Envelope &envelope)
{
    switch (envelope.kind) {
    case Envelope::Kind::FlowManagerEvent:
        return flowManagerEvent(envelope);
    case Envelope::Kind::AuthStatus:
        return authStatus(envelope);
    case Envelope::Kind::DecisionEvent:
        return decisionEvent(envelope);
    case Envelope::Kind::HostedWalletCredential:
        return hostedWalletCredential(envelope);
    case Envelope::Kind::IssuerAgentRecord:
        return issuerAgentRecord(envelope);
    }
    return {};
}

QList<CheckResult> EnvelopeCheck::flowManagerEvent(const Envelope &envelope)
{
    const QString name = QStringLiteral("GenerationResult");
    const QString &label = envelope.state;
    if (label == QLatin1String("verifiableCredentialGenerated") && !envelope.contents.isEmpty())
        return {{name, Outcome::Pass, tr("the service generated a credential")}};
    if (label == QLatin1String("verifiableCredentialGenerated"))
        return {{name, Outcome::Fail,
                 tr("the message says a credential was generated but carries none")}};
    if (label == QLatin1String("verifiableCredentialGenerationFailed"))
        return {{name, Outcome::Fail,
                 tr("the generation service reported an error: %1")
                     .arg(envelope.reportedError.left(300))}};
    return {{name, Outcome::Unknown,
             tr("message \"%1\" carries no generated credential").arg(label.left(60))}};
}

QList<CheckResult> EnvelopeCheck::authStatus(const Envelope &envelope)
{
    const QString name = QStringLiteral("AuthStatus");
    if (envelope.state == QLatin1String("verified"))
        return {{name, Outcome::Pass, tr("the verifier reports the presentation as verified")}};
    if (envelope.state == QLatin1String("error"))
        return {{name, Outcome::Fail,
                 tr("the verifier reports an error: %1").arg(envelope.reportedError.left(300))}};
    return {
        {name, Outcome::Unknown, tr("the request is still \"%1\"").arg(envelope.state.left(40))}};
}

QList<CheckResult> EnvelopeCheck::decisionEvent(const Envelope &envelope)
{
    QList<CheckResult> checks;
    const QString &action = envelope.state;
    if (action != QLatin1String("accept") && action != QLatin1String("reject"))
        checks << CheckResult{
            QStringLiteral("Decision"), Outcome::Fail,
            tr("the action is \"%1\", not accept or reject").arg(action.left(40))};
    if (!envelope.proofState.isEmpty() && envelope.proofState != action)
        checks << CheckResult{QStringLiteral("Decision"), Outcome::Fail,
                              tr("the event says \"%1\" but the proof says \"%2\"")
                                  .arg(action.left(40), envelope.proofState.left(40))};
    checks << MandateHashCheck::check(envelope.mandateData);
    return checks;
}

QList<CheckResult> EnvelopeCheck::hostedWalletCredential(const Envelope &envelope)
{
    if (envelope.state.isEmpty() || envelope.state == QLatin1String("active"))
        return {};
    return {{QStringLiteral("WalletStatus"), Outcome::Fail,
             tr("the hosted wallet marks the credential as \"%1\"").arg(envelope.state.left(40))}};
}

QList<CheckResult> EnvelopeCheck::issuerAgentRecord(const Envelope &envelope)
{
    QList<CheckResult> checks;
    for (const QString &recordId : envelope.undecodableRecords)
        checks << CheckResult{
            QStringLiteral("CredentialPresent"), Outcome::Fail,
            tr("record %1 has a credential that is not valid base64").arg(recordId.left(40))};
    if (!envelope.pendingStates.isEmpty()) {
        QStringList states;
        for (const QString &state : envelope.pendingStates)
            states << state.left(40);
        checks << CheckResult{
            QStringLiteral("CredentialPresent"), Outcome::Unknown,
            tr("%n record(s) hold no credential yet (state %1)", nullptr, int(states.size()))
                .arg(states.join(QStringLiteral(", ")))};
    }
    return checks;
}

} // namespace vcdesk
