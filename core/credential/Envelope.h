#pragma once

#include "core/credential/MandateDataItem.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace vcdesk {

/// A service message that carries credentials (the project seeds' shapes): its name, the
/// credentials inside (JWT text or JSON objects), and what the message says about itself, as
/// read. Judging those statements is a verification: core/verify/EnvelopeCheck does it.
struct Envelope
{
    enum class Kind {
        FlowManagerEvent,
        AuthStatus,
        DecisionEvent,
        HostedWalletCredential,
        IssuerAgentRecord
    };

    Kind kind = Kind::IssuerAgentRecord;
    QString name;
    QList<QJsonValue> contents;
    /// The state the message reports: the flow-manager messageLabel, the verifier's status,
    /// the decision's action, or the hosted wallet's credential status.
    QString state;
    QString proofState;                 // decision events: the proof's actionType
    QString reportedError;              // the service's own error text
    QStringList undecodableRecords;     // issuer-agent records whose credential is not base64
    QStringList pendingStates;          // issuer-agent records that hold no credential yet
    QList<MandateDataItem> mandateData; // decision events: every data item carrying a hash
};

/// Recognizes the wrappers vcdesk meets: issuer-agent records (base64 JWT in "credential"),
/// verifier auth-status answers (vp_token), hosted-wallet credential details, credential
/// decision events (with their mandate data hashes), and flow-manager generation events.
/// An object shaped as a credential (@context and a VerifiableCredential or
/// VerifiablePresentation type) is never read as one of them.
class EnvelopeReader
{
public:
    static std::optional<Envelope> read(const QJsonObject &json);

private:
    static std::optional<Envelope> flowManagerEvent(const QJsonObject &json);
    static std::optional<Envelope> issuerAgentRecord(const QJsonObject &json);
    static std::optional<Envelope> authStatus(const QJsonObject &json);
    static std::optional<Envelope> hostedWalletCredential(const QJsonObject &json);
    static std::optional<Envelope> decisionEvent(const QJsonObject &json);
};

} // namespace vcdesk
