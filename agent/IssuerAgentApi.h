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
/// (DIDComm delivery, credential generation) a moment later, so clients must poll. Every step
/// that moves both sides writes them in one transaction, and a restarted agent finishes what
/// was in flight (and repairs exchanges an older agent left half-written). Custodial issuance
/// checks everything first and then writes the whole exchange at once. Issued credentials are
/// ES256K/ES256 JWT-VCs with a StatusList2021 entry whose list the agent serves at /status/{id}.
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
    /// Sandbox: the issuer issues every request the moment it receives it, so a holder who
    /// accepts an offer gets the credential without anyone acting on the issuer's side.
    void setAutoIssue(bool on) { m_autoIssue = on; }
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
    /// Both sides of a new offer, checked but not yet written: the issuer's and the holder's.
    Result<std::pair<AgentRecord, AgentRecord>> newExchange(const AgentParty &issuer,
                                                            const QJsonObject &body) const;
    Result<AgentRecord> createOffer(const AgentParty &issuer, const QJsonObject &body);
    /// A whole custodial issuance, or the refusal; nothing is written unless all of it is.
    Result<QJsonObject> issueCustodially(const QJsonObject &body);
    Result<AgentRecord> acceptOffer(const AgentParty &holder, const QString &recordId,
                                    const QString &did);
    Result<AgentRecord> startIssuing(const AgentParty &issuer, const QString &recordId);
    /// The next step of an exchange whose state is a waiting one.
    void advance(const QString &recordId);
    void schedule(const QString &recordId);
    Status deliverCredential(const AgentRecord &issuerRecord);
    /// Signs the exchange's credential and writes both sides' final states in one transaction.
    Result<AgentRecord> completeExchange(AgentRecord issuerRecord, AgentRecord holderRecord);
    /// Exchanges an agent that wrote the two sides one after the other left between states.
    void repairHalfWritten();

    AgentStore &m_store;
    QString m_baseUrl;
    bool m_autoIssue = false;
};

} // namespace vcdesk
