#pragma once

#include "agent/AgentRecord.h"
#include "agent/AgentStore.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QObject>

#include <functional>

namespace vcdesk {

/// The issuer-agent API of seed 001 under /api/v1/vc, for the agent's parties (apikey header):
/// offers, match, offer-noschema, accept, issue and custodial issuance. Both sides of an
/// exchange move through the protocol states the way an Identus agent's do, the slower steps
/// (DIDComm delivery, credential generation) a moment later, so clients must poll; a restarted
/// agent finishes what was in flight. Issued credentials are ES256K/ES256 JWT-VCs with a
/// StatusList2021 entry whose list the agent serves at /status/{id}.
class IssuerAgentApi : public QObject
{
    Q_OBJECT
public:
    /// How long the simulated DIDComm and generation steps take.
    static constexpr int kStepMs = 60;

    IssuerAgentApi(AgentStore &store, QString baseUrl, QObject *parent = nullptr);

    void registerRoutes(QHttpServer &server);
    /// Resumes exchanges a previous run left between states.
    void resume();
    /// Marks a credential (by either side's record id) revoked in its status list.
    Status revoke(const QString &recordId);

private:
    QHttpServerResponse offers(const QHttpServerRequest &request);
    QHttpServerResponse match(const QString &type, const QHttpServerRequest &request);
    QHttpServerResponse offerNoSchema(const QHttpServerRequest &request);
    QHttpServerResponse accept(const QHttpServerRequest &request);
    QHttpServerResponse issue(const QHttpServerRequest &request);
    QHttpServerResponse custodial(const QHttpServerRequest &request);
    QHttpServerResponse statusList(const QString &listId);

    /// The shape of offer, accept and issue: the calling party, the JSON body, the action.
    QHttpServerResponse recordAction(
        const QHttpServerRequest &request,
        const std::function<Result<AgentRecord>(const AgentParty &, const QJsonObject &)> &action);
    Result<AgentRecord> createOffer(const AgentParty &issuer, const QJsonObject &body);
    Result<AgentRecord> acceptOffer(const AgentParty &holder, const QString &recordId,
                                    const QString &did);
    Result<AgentRecord> startIssuing(const AgentParty &issuer, const QString &recordId);
    /// The next step of an exchange whose state is a waiting one.
    void advance(const QString &recordId);
    void schedule(const QString &recordId);
    Status deliverCredential(AgentRecord issuerRecord);

    AgentStore &m_store;
    QString m_baseUrl;
};

} // namespace vcdesk
