#pragma once

// vcdesk-agent's description (agent.json, AgentServer::description()) as tests read it: a
// party's fields, the first connection, a verifier role's token, and the custodial request
// that has the agent's issuer give a credential to some holder.

#include "core/api/IssuerAgentClient.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/store/CredentialImporter.h"
#include "core/store/Wallet.h"
#include "support/LoopbackPolicy.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vcdesk::test {

struct AgentDescription
{
    QJsonObject json;

    QString party(const QString &name, const QString &field) const
    {
        for (const QJsonValue &value : json.value("parties").toArray())
            if (value.toObject().value("name").toString() == name)
                return value.toObject().value(field).toString();
        return {};
    }

    QString connectionId() const
    {
        return json.value("connections").toArray().first().toObject().value("id").toString();
    }

    QByteArray verifierToken(const QString &role = QStringLiteral("Verifier_User")) const
    {
        return json.value("verifierTokens").toObject().value(role).toString().toLatin1();
    }

    /// The agent's issuer gives `holderDid` a credential with `claims` over the first connection.
    IssuerAgentClient::CustodialRequest custodialRequest(const QString &holderDid,
                                                         const QJsonObject &claims) const
    {
        IssuerAgentClient::CustodialRequest request;
        request.connectionId = connectionId();
        request.issuerApiKey = party("issuer", "apiKey").toLatin1();
        request.holderApiKey = party("holder", "apiKey").toLatin1();
        request.issuerDid = party("issuer", "did");
        request.holderDid = holderDid;
        request.claims = claims;
        return request;
    }
};

/// The agent at `baseUrl` issues `claims` to the profile's default key; the credential is
/// verified and stored in the wallet as an offer would store it. Its id in the wallet.
inline Result<qint64> issueIntoWallet(const QString &baseUrl, const AgentDescription &agent,
                                      Wallet &wallet, qint64 profileId, const QJsonObject &claims)
{
    auto holder = wallet.keys().defaultKey(profileId);
    if (!holder)
        return holder.error();
    auto issued = IssuerAgentClient(QUrl(baseUrl), {}, loopbackPolicy())
                      .custodial(agent.custodialRequest(holder->did, claims));
    if (!issued)
        return issued.error();
    InspectOptions inspect;
    inspect.network = loopbackPolicy();
    inspect.resolver = MultiMethodDidResolver::createDefault(inspect.network);
    auto record =
        CredentialImporter::prepare(issued->credential.credential, inspect, "offer", "test");
    if (!record)
        return record.error();
    return wallet.credentials().add(profileId, record.value());
}

} // namespace vcdesk::test
