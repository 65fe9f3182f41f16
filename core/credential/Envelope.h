#pragma once

#include "core/verify/CheckResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace vcdesk {

/// A service message that carries credentials (the project seeds' shapes): its name, the
/// credentials inside (JWT text or JSON objects), and checks about the message itself.
struct Envelope
{
    QString name;
    QList<QJsonValue> contents;
    QList<CheckResult> checks;
};

/// Recognizes the wrappers vcdesk meets: issuer-agent records (base64 JWT in "credential"),
/// verifier auth-status answers (vp_token), hosted-wallet credential details, credential
/// decision events (mandate data hashes checked), and flow-manager generation events.
class EnvelopeReader
{
    Q_DECLARE_TR_FUNCTIONS(EnvelopeReader)
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
