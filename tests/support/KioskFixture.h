#pragma once

// A kiosk's world for tests and screenshots: vcdesk-agent on loopback as the verifier, a
// holder's wallet with a membership credential the agent issued, the kiosk config that
// points at the agent, and the holder scanning and answering with the engine's own code.

#include "core/did/MultiMethodDidResolver.h"
#include "core/kiosk/KioskConfig.h"
#include "core/oid4vp/PresentationSession.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/WalletFixture.h"

#include <QTemporaryDir>

namespace vcdesk::test {

class KioskFixture
{
public:
    /// The agent (on `port`, 0 for any) and, the first time, the holder's wallet.
    Status start(quint16 port = 0, const QString &holderName = QStringLiteral("Alice"))
    {
        auto agent =
            AgentThread::start(QHostAddress::LocalHost, port, m_dir.filePath("agent"), 60000);
        if (!agent)
            return agent.error();
        m_agent = std::move(agent).value();
        m_port = QUrl(m_agent->baseUrl()).port();
        m_description = AgentDescription{m_agent->description()};
        if (m_wallet)
            return {};
        m_wallet = createWallet(m_dir.filePath("wallet.db"));
        m_profileId = m_wallet->profiles().list().value().first().id;
        auto issued =
            issueIntoWallet(m_agent->baseUrl(), m_description, *m_wallet, m_profileId,
                            QJsonObject{{"claim_type", "membership"}, {"name", holderName}});
        if (!issued)
            return issued.error();
        m_credentialId = issued.value();
        return {};
    }

    /// The holder's credential as stored (what a person could show the kiosk's camera).
    QByteArray heldCredential() const
    {
        return m_wallet->credentials().open(m_credentialId).value().raw;
    }

    void stopAgent() { m_agent.reset(); }
    quint16 port() const { return m_port; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    const AgentDescription &description() const { return m_description; }

    KioskConfig config() const
    {
        KioskConfig config = KioskConfig::defaults();
        config.station = QStringLiteral("test-door");
        config.verifierUrl = QUrl(m_agent->baseUrl());
        config.bearerToken = m_description.verifierToken();
        config.definitionId = QStringLiteral("membershipCredential");
        config.allowLoopbackHttp = true;
        config.trustListPath = m_dir.filePath("agent/trust-list.json");
        config.pollIntervalMs = 100;
        config.pollMaxIntervalMs = 200;
        config.resetSeconds = 2;
        config.statusCacheFolder = m_dir.filePath("status-cache");
        return config;
    }

    /// The holder scans `link` (the kiosk then sees it scanned); fatal when it cannot.
    std::unique_ptr<PresentationSession> scan(const QString &link)
    {
        RequestResolver::Options options;
        options.policy = loopbackPolicy();
        options.trust.didResolver = MultiMethodDidResolver::createDefault(options.policy);
        auto session = std::make_unique<PresentationSession>(*m_wallet, m_profileId, options);
        if (auto opened = session->open(link); !opened)
            qFatal("the holder cannot open the kiosk's request: %s",
                   qPrintable(opened.error().toString()));
        return session;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AgentThread> m_agent;
    quint16 m_port = 0;
    std::unique_ptr<Wallet> m_wallet;
    qint64 m_profileId = 0;
    qint64 m_credentialId = 0;
    AgentDescription m_description;
};

} // namespace vcdesk::test
