#pragma once

#include "core/api/IssuerOffer.h"
#include "core/net/HttpClient.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace vcdesk {

/// The issuer-agent API of seed 001, as one party (its apikey): list offers, match a
/// credential by claim type, create an offer without schema, accept (holder), issue
/// (issuer), custodial issuance, connections and revoke where the agent offers them, and
/// acceptAndWait(), which accepts and polls until the
/// credential arrives or a deadline passes. Calls block the calling thread (see HttpClient):
/// the GUI runs them as an Activity, which can cancel them; the command line waits.
class IssuerAgentClient
{
    Q_DECLARE_TR_FUNCTIONS(IssuerAgentClient)
public:
    struct CustodialRequest
    {
        QString connectionId;
        QByteArray issuerApiKey;
        QByteArray holderApiKey;
        QString issuerDid;
        QString holderDid;
        qint64 validitySeconds = 3600;
        QJsonObject claims;
        bool noDuplicate = false;
    };
    /// A DIDComm connection between two parties, as GET /api/v1/connections reports it.
    struct Connection
    {
        QString id;
        QString issuerName;
        QString issuerDid;
        QString holderName;
        QString holderDid;
    };
    struct CustodialResult
    {
        bool wasOffered = false;
        bool wasAccepted = false;
        IssuerOffer credential;
    };

    IssuerAgentClient(QUrl baseUrl, QByteArray apiKey, NetworkPolicy policy = {});

    Result<QList<IssuerOffer>> offers(const QString &thid = {});
    Result<IssuerOffer> match(const QString &claimType);
    Result<IssuerOffer> createOffer(const QString &connectionId, const QString &authorDid,
                                    qint64 validitySeconds, const QJsonObject &claims);
    Result<IssuerOffer> accept(const QString &recordId, const QString &holderDid);
    Result<IssuerOffer> issue(const QString &recordId);
    Result<CustodialResult> custodial(const CustodialRequest &request);
    /// Beyond seed 001 (vcdesk-agent offers them): the connections this party is in, and
    /// revocation of a credential it issued. An agent without the call: "api.not_offered".
    Result<QList<Connection>> connections();
    Status revoke(const QString &recordId);

    /// Polls the record until its state is `target` (or a final state), within `deadlineMs`.
    /// Error "api.deadline" when time runs out, "api.problem_report" when the exchange failed.
    Result<IssuerOffer> waitForState(const IssuerOffer &record, ProtocolState target,
                                     int deadlineMs, int pollMs = 200);
    /// Accepts the offer and waits for CredentialReceived.
    Result<IssuerOffer> acceptAndWait(const QString &recordId, const QString &holderDid,
                                      int deadlineMs, int pollMs = 200);

private:
    Result<QJsonValue> call(HttpRequest request);
    QUrl endpoint(const QString &path) const;
    /// A 404 for a call beyond the seed: the agent does not have it.
    static Error notOffered(const Error &answer, const QString &what);

    QUrl m_baseUrl;
    QByteArray m_apiKey;
    HttpClient m_http;
};

} // namespace vcdesk
