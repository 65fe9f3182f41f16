#pragma once

#include "agent/AgentStore.h"
#include "agent/AgentVerification.h"

#include <QCoreApplication>
#include <QHttpServer>

namespace vcdesk {

/// The hosted-wallet API of seed 003 under /core/api/v1: templates, issue a credential from a
/// template into a wallet, get it, delete it, and verify proofs with the named validation
/// results (SignatureVerification, IssuerIsSigner, CredentialStatus, SchemaConformance,
/// TrustRegistryMembership). Credentials are JSON-LD VCs with an eddsa-jcs-2022 Data Integrity
/// proof by the agent's hosted-wallet party.
///
/// Who may do what (apikey header; 401 without a known one): the programmatic routes
/// (templates, issue, get, delete) belong to the hosted wallet's own account, the party whose
/// key signs (kIssuer; 403 for every other party), and get and delete find only credentials
/// the caller issued (404 otherwise). proofs/verify is open to every party: it reads nothing
/// stored and changes nothing. A proof is valid only when its verdict is valid and at least
/// one signed credential in it was verified.
class HostedWalletApi
{
    Q_DECLARE_TR_FUNCTIONS(HostedWalletApi)
public:
    /// The party that issues from templates and signs the credentials.
    static constexpr const char *kIssuer = "hosted-wallet";

    HostedWalletApi(AgentStore &store, const AgentVerification &verification);

    void registerRoutes(QHttpServer &server);
    static Status ensureTemplates(AgentStore &store);

private:
    QHttpServerResponse templates(const QHttpServerRequest &request);
    QHttpServerResponse issue(const QHttpServerRequest &request);
    QHttpServerResponse get(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse remove(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse verify(const QHttpServerRequest &request);
    /// The hosted wallet's account calling, or the error to answer (code: the HTTP status).
    Result<AgentParty> account(const QHttpServerRequest &request) const;
    static QHttpServerResponse seedRefusal(const Error &error);
    /// Seed 003's error shape: {code, message, errors: {message, code, status}}.
    static QHttpServerResponse seedError(int status, const QString &code, const QString &message);

    AgentStore &m_store;
    const AgentVerification &m_verification;
};

} // namespace vcdesk
