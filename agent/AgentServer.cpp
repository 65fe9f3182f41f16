#include "agent/AgentServer.h"

#include "agent/AgentHttp.h"
#include "agent/GuardedTcpServer.h"
#include "core/codec/Base64Url.h"
#include "core/crypto/SecureRandom.h"
#include "core/store/KeyStore.h"

#include <QDir>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSaveFile>
#include <QUuid>

namespace vcdesk {

namespace {

AgentParty makeParty(const QString &name, const QString &role, KeyType type)
{
    AgentParty party;
    party.name = name;
    party.role = role;
    party.apiKey = QString::fromLatin1(Base64Url::encode(SecureRandom::bytes(24)));
    party.key = PrivateKey::generate(type);
    party.did = KeyStore::didFor(party.key.publicKey(), KeyStore::DidMethod::Key);
    party.kid = KeyStore::kidFor(party.key.publicKey(), KeyStore::DidMethod::Key);
    return party;
}

} // namespace

Status AgentServer::ensureParties(AgentStore &store)
{
    auto parties = store.parties();
    if (!parties)
        return parties.error();
    if (!parties->isEmpty())
        return {};
    const AgentParty issuer =
        makeParty(QStringLiteral("issuer"), QStringLiteral("issuer"), KeyType::Secp256k1);
    const AgentParty holder =
        makeParty(QStringLiteral("holder"), QStringLiteral("holder"), KeyType::P256);
    const AgentParty verifier =
        makeParty(QStringLiteral("verifier"), QStringLiteral("verifier"), KeyType::P256);
    // The hosted wallet issues JSON-LD credentials with eddsa-jcs-2022 proofs: Ed25519.
    const AgentParty hosted =
        makeParty(QStringLiteral("hosted-wallet"), QStringLiteral("issuer"), KeyType::Ed25519);
    for (const AgentParty &party : {issuer, holder, verifier, hosted})
        if (auto done = store.addParty(party); !done)
            return done;
    return store.addConnection(
        {QUuid::createUuid().toString(QUuid::WithoutBraces), issuer.name, holder.name});
}

Result<std::unique_ptr<AgentServer>> AgentServer::start(const QHostAddress &address, quint16 port,
                                                        const QString &dataFolder,
                                                        qint64 requestLifetimeMs)
{
    AgentOptions options;
    options.address = address;
    options.port = port;
    options.dataFolder = dataFolder;
    options.requestLifetimeMs = requestLifetimeMs;
    return start(options);
}

Result<std::unique_ptr<AgentServer>> AgentServer::start(const AgentOptions &options)
{
    auto store = AgentStore::open(options.dataFolder);
    if (!store)
        return store.error();
    if (auto done = ensureParties(*store.value()); !done)
        return done.error();
    if (auto done = VerifierApi::ensureDefinitions(*store.value()); !done)
        return done.error();
    if (auto done = AgentVerification::ensureTrustList(*store.value(), options.dataFolder); !done)
        return done.error();
    if (auto done = HostedWalletApi::ensureTemplates(*store.value()); !done)
        return done.error();
    std::unique_ptr<AgentServer> agent(new AgentServer);
    agent->m_store = std::move(store).value();
    agent->m_server = std::make_unique<QHttpServer>();
    // Host and size checks happen before QHttpServer reads a byte (see GuardedTcpServer).
    auto *tcp = new GuardedTcpServer(RequestFramer::Limits{16 * 1024, AgentHttp::kMaxBodyBytes},
                                     agent->m_server.get());
    if (!tcp->listenOn(options.address, options.port))
        return Error{
            QStringLiteral("agent.listen"),
            tr("cannot listen on %1:%2").arg(options.address.toString()).arg(options.port)};
    agent->m_server->bind(tcp);
    const quint16 bound = tcp->serverPort();
    const QString host = options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + options.address.toString() + QLatin1Char(']')
                             : options.address.toString();
    agent->m_baseUrl = QStringLiteral("http://%1:%2").arg(host).arg(bound);
    // One request per connection: the guard closes it once the answer is out.
    agent->m_server->afterRequest([](QHttpServerResponse &&response) {
        response.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        return std::move(response);
    });
    // Every answer is JSON, an unknown path too.
    agent->m_server->setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            responder.write(
                QJsonDocument(QJsonObject{
                    {QStringLiteral("status"), 404},
                    {QStringLiteral("message"),
                     tr("there is no %1 %2")
                         .arg(QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>()
                                                      .valueToKey(int(request.method()))),
                              request.url().path().left(200))}}),
                {{QByteArrayLiteral("Connection"), QByteArrayLiteral("close")}},
                QHttpServerResponder::StatusCode::NotFound);
        });
    agent->m_verification = std::make_unique<AgentVerification>(
        *agent->m_store, agent->m_baseUrl, options.allowLoopbackHttp, options.trustListPath);
    // A trust list the operator named must be there and readable from the start.
    if (auto list = agent->m_verification->trustList(); !list)
        return list.error();
    agent->m_issuerApi = std::make_unique<IssuerAgentApi>(*agent->m_store, agent->m_baseUrl);
    agent->m_issuerApi->setAutoIssue(options.autoIssue);
    agent->m_issuerApi->registerRoutes(*agent->m_server);
    agent->m_issuerApi->resume();
    agent->m_operatorApi = std::make_unique<OperatorApi>(*agent->m_store, *agent->m_issuerApi);
    agent->m_operatorApi->registerRoutes(*agent->m_server);
    agent->m_verifierApi =
        std::make_unique<VerifierApi>(*agent->m_store, agent->m_baseUrl, *agent->m_verification,
                                      options.requestLifetimeMs, options.tokenLifetimeSeconds);
    agent->m_verifierApi->registerRoutes(*agent->m_server);
    agent->m_hostedWalletApi =
        std::make_unique<HostedWalletApi>(*agent->m_store, *agent->m_verification);
    agent->m_hostedWalletApi->registerRoutes(*agent->m_server);
    agent->m_generationApi = std::make_unique<GenerationApi>(*agent->m_store, agent->m_baseUrl);
    agent->m_generationApi->registerRoutes(*agent->m_server);
    if (auto written = agent->writeDescription(options.dataFolder); !written)
        return written.error();
    return agent;
}

AgentServer::~AgentServer() = default;

Status AgentServer::writeDescription(const QString &dataFolder)
{
    auto partyList = m_store->parties();
    auto connectionList = m_store->connections();
    if (!partyList || !connectionList)
        return Error{QStringLiteral("agent.io"), tr("cannot read the agent's parties")};
    QJsonArray parties;
    for (const AgentParty &party : partyList.value())
        parties.append(QJsonObject{{QStringLiteral("name"), party.name},
                                   {QStringLiteral("role"), party.role},
                                   {QStringLiteral("apiKey"), party.apiKey},
                                   {QStringLiteral("did"), party.did}});
    QJsonArray connections;
    for (const AgentStore::Connection &connection : connectionList.value())
        connections.append(QJsonObject{{QStringLiteral("id"), connection.id},
                                       {QStringLiteral("issuer"), connection.issuer},
                                       {QStringLiteral("holder"), connection.holder}});
    QJsonObject tokens;
    for (const char *role : {VerifierApi::kAdmin, VerifierApi::kUser}) {
        auto token = m_verifierApi->mintToken({QLatin1String(role)});
        if (!token)
            return token.error();
        tokens.insert(QLatin1String(role), QString::fromLatin1(token.value()));
    }
    m_description = QJsonObject{
        {QStringLiteral("baseUrl"), m_baseUrl},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("connections"), connections},
        {QStringLiteral("verifierTokens"), tokens},
        // The tokens expire: a fresh one for the verifier's apikey.
        {QStringLiteral("verifierTokenEndpoint"),
         m_baseUrl + QStringLiteral("/private/webapp/token")},
        {QStringLiteral("verifierTokenLifetime"), m_verifierApi->tokenLifetimeSeconds()}};
    QSaveFile file(QDir(dataFolder).filePath(QStringLiteral("agent.json")));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{QStringLiteral("agent.io"),
                     tr("cannot write agent.json in %1").arg(dataFolder)};
    file.write(QJsonDocument(m_description).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{QStringLiteral("agent.io"),
                     tr("cannot write agent.json: %1").arg(file.errorString())};
    return {};
}

} // namespace vcdesk
