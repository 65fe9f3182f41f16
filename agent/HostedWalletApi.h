#pragma once

#include "agent/AgentStore.h"

#include <QCoreApplication>
#include <QHttpServer>

namespace vcdesk {

/// The hosted-wallet API of seed 003 under /core/api/v1 (any party's apikey header):
/// templates, issue a credential from a template into a wallet, get it, delete it, and verify
/// proofs with the named validation results (SignatureVerification, IssuerIsSigner,
/// CredentialStatus, SchemaConformance, TrustRegistryMembership). Credentials are JSON-LD VCs
/// with an eddsa-jcs-2022 Data Integrity proof by the agent's hosted-wallet party.
class HostedWalletApi
{
    Q_DECLARE_TR_FUNCTIONS(HostedWalletApi)
public:
    explicit HostedWalletApi(AgentStore &store);

    void registerRoutes(QHttpServer &server);
    static Status ensureTemplates(AgentStore &store);

private:
    QHttpServerResponse templates(const QHttpServerRequest &request);
    QHttpServerResponse issue(const QHttpServerRequest &request);
    QHttpServerResponse get(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse remove(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse verify(const QHttpServerRequest &request);
    Status authorise(const QHttpServerRequest &request) const;
    /// The caller's JSON body, or the error to answer (code: the HTTP status).
    Result<QJsonObject> authorisedBody(const QHttpServerRequest &request) const;
    static QHttpServerResponse seedRefusal(const Error &error);
    /// Seed 003's error shape: {code, message, errors: {message, code, status}}.
    static QHttpServerResponse seedError(int status, const QString &code, const QString &message);

    AgentStore &m_store;
};

} // namespace vcdesk
