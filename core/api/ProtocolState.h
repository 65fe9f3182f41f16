#pragma once

#include <QString>

namespace vcdesk {

/// The states of a credential exchange as an issuer agent reports them (seed 001, in the
/// manner of Hyperledger Identus), from either side.
enum class ProtocolState {
    OfferPending,
    OfferSent,
    OfferReceived,
    RequestPending,
    RequestSent,
    RequestReceived,
    CredentialPending,
    CredentialGenerated,
    CredentialSent,
    CredentialReceived,
    ProblemReportPending,
    ProblemReportSent,
    ProblemReportReceived,
    Unknown
};

namespace protocolstate {
ProtocolState fromName(const QString &name);
QString name(ProtocolState state);
/// Ended: the credential arrived or was sent, or a problem report ended the exchange.
bool isFinal(ProtocolState state);
} // namespace protocolstate

} // namespace vcdesk
