// vcdesk-agent killed with SIGKILL while it is busy: several issuer -> holder exchanges in
// flight at once (offers, accepts, issues, custodial issuance and the agent's own delayed
// steps), the agent killed at a random moment, restarted, loaded again, killed again. After
// the last restart every exchange must end on both sides (the issuer's record CredentialSent,
// the holder's CredentialReceived with its credential) once the clients take the steps that
// are theirs: none may be stuck half-way.
//
// VCDESK_AGENT_KILL_ROUNDS=N changes the number of kills (default 40).

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Keys
{
    QByteArray issuer;
    QByteArray holder;
    QString issuerDid;
    QString holderDid;
    QString connection;
};

/// One client of the agent doing exchanges one after the other, each step as soon as the
/// previous answer allows; on any failure (the agent was killed) it starts over.
class Lane : public QObject
{
public:
    Lane(QNetworkAccessManager &network, const Keys &keys, bool custodial)
        : m_network(network)
        , m_keys(keys)
        , m_custodial(custodial)
    {
    }

    void start(const QString &base)
    {
        m_base = base;
        ++m_generation; // answers to an earlier run are ignored
        m_thid.clear();
        next();
    }
    void stop() { ++m_generation; }
    int completed = 0;

private:
    void next()
    {
        if (m_custodial) {
            const QJsonObject body{{"connection", m_keys.connection},
                                   {"key_peer1", QString::fromLatin1(m_keys.issuer)},
                                   {"key_peer2", QString::fromLatin1(m_keys.holder)},
                                   {"did_peer1", m_keys.issuerDid},
                                   {"did_peer2", m_keys.holderDid},
                                   {"claims", QJsonObject{{"claim_type", "custodial"}}}};
            send("POST", "/api/v1/vc/issuance/custodial", {}, body, [this](const QJsonObject &) {
                ++completed;
                next();
            });
            return;
        }
        if (m_thid.isEmpty()) {
            const QJsonObject body{{"connection", m_keys.connection},
                                   {"claims", QJsonObject{{"claim_type", "killed"}}}};
            send("POST", "/api/v1/vc/offer-noschema", m_keys.issuer, body,
                 [this](const QJsonObject &answer) {
                     m_thid = answer.value("data").toObject().value("thid").toString();
                     next();
                 });
            return;
        }
        // Look at both sides and take whichever step is due.
        send("GET", "/api/v1/vc/offers?thid=" + m_thid, m_keys.holder, {},
             [this](const QJsonObject &holderAnswer) {
                 const QJsonObject holder = holderAnswer.value("data").toArray().first().toObject();
                 const QString state = holder.value("protocolState").toString();
                 if (state == "CredentialReceived") {
                     ++completed;
                     m_thid.clear();
                     next();
                 } else if (state == "OfferReceived") {
                     send("POST", "/api/v1/vc/accept", m_keys.holder,
                          QJsonObject{{"recordId", holder.value("recordId")},
                                      {"did", m_keys.holderDid}},
                          [this](const QJsonObject &) { next(); });
                 } else {
                     send("GET", "/api/v1/vc/offers?thid=" + m_thid, m_keys.issuer, {},
                          [this](const QJsonObject &issuerAnswer) {
                              const QJsonObject issuer =
                                  issuerAnswer.value("data").toArray().first().toObject();
                              if (issuer.value("protocolState").toString() == "RequestReceived")
                                  send("POST", "/api/v1/vc/issue", m_keys.issuer,
                                       QJsonObject{{"recordId", issuer.value("recordId")}},
                                       [this](const QJsonObject &) { next(); });
                              else
                                  QTimer::singleShot(20, this, [this, g = m_generation] {
                                      if (g == m_generation)
                                          next();
                                  });
                          });
                 }
             });
    }

    void send(const QByteArray &method, const QString &path, const QByteArray &apiKey,
              const QJsonObject &body, std::function<void(const QJsonObject &)> then)
    {
        QNetworkRequest request(QUrl(m_base + path));
        if (!apiKey.isEmpty())
            request.setRawHeader("apikey", apiKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply =
            method == "GET"
                ? m_network.get(request)
                : m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, then, generation = m_generation] {
                    reply->deleteLater();
                    if (generation != m_generation)
                        return;
                    if (reply->error() != QNetworkReply::NoError) {
                        // The agent is gone (or refused): a new exchange when it is back.
                        m_thid.clear();
                        QTimer::singleShot(20, this, [this, generation] {
                            if (generation == m_generation)
                                next();
                        });
                        return;
                    }
                    then(QJsonDocument::fromJson(reply->readAll()).object());
                });
    }

    QNetworkAccessManager &m_network;
    const Keys &m_keys;
    bool m_custodial;
    QString m_base;
    QString m_thid;
    int m_generation = 0;
};

} // namespace

class AgentKillTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_agent;
    QString m_base;
    Keys m_keys;
    QNetworkAccessManager m_network;

    bool startAgent()
    {
        m_agent.start(QStringLiteral(VCDESK_AGENT_BINARY), {"--port", "0", "--data", m_dir.path()});
        if (!m_agent.waitForReadyRead(15000))
            return false;
        m_base = QString::fromUtf8(m_agent.readLine()).trimmed();
        return m_base.startsWith("http://127.0.0.1:");
    }

    /// All records of one party, by thid.
    QHash<QString, QJsonObject> recordsOf(const QByteArray &apiKey)
    {
        QNetworkRequest request(QUrl(m_base + "/api/v1/vc/offers"));
        request.setRawHeader("apikey", apiKey);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000) || reply->error() != QNetworkReply::NoError)
            qFatal("offers: %s", qPrintable(reply->errorString()));
        QHash<QString, QJsonObject> byThid;
        for (const QJsonValue &record :
             QJsonDocument::fromJson(reply->readAll()).object().value("data").toArray())
            byThid.insert(record.toObject().value("thid").toString(), record.toObject());
        reply->deleteLater();
        return byThid;
    }

    void post(const QString &path, const QByteArray &apiKey, const QJsonObject &body)
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setRawHeader("apikey", apiKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        reply->deleteLater();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startAgent());
        QFile json(m_dir.filePath("agent.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject description = QJsonDocument::fromJson(json.readAll()).object();
        for (const QJsonValue &value : description.value("parties").toArray()) {
            const QJsonObject party = value.toObject();
            if (party.value("name") == "issuer") {
                m_keys.issuer = party.value("apiKey").toString().toLatin1();
                m_keys.issuerDid = party.value("did").toString();
            } else if (party.value("name") == "holder") {
                m_keys.holder = party.value("apiKey").toString().toLatin1();
                m_keys.holderDid = party.value("did").toString();
            }
        }
        m_keys.connection =
            description.value("connections").toArray().first().toObject().value("id").toString();
        QVERIFY(!m_keys.issuer.isEmpty() && !m_keys.holder.isEmpty());
    }

    void cleanupTestCase()
    {
        m_agent.terminate();
        m_agent.waitForFinished(5000);
    }

    void everyExchangeEndsOnBothSidesAfterKills()
    {
        const int rounds = qEnvironmentVariableIsSet("VCDESK_AGENT_KILL_ROUNDS")
                               ? qEnvironmentVariableIntValue("VCDESK_AGENT_KILL_ROUNDS")
                               : 40;
        std::vector<std::unique_ptr<Lane>> lanes;
        for (int i = 0; i < 6; ++i)
            lanes.push_back(std::make_unique<Lane>(m_network, m_keys, i == 5));
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < rounds; ++round) {
            if (round > 0)
                QVERIFY(startAgent());
            for (auto &lane : lanes)
                lane->start(m_base);
            // Let the load run for a random while (a few steps of the agent's own, too), then
            // kill the agent wherever it is.
            QTest::qWait(int(random->bounded(80, 500)));
            m_agent.kill(); // SIGKILL
            QVERIFY(m_agent.waitForFinished(5000));
            for (auto &lane : lanes)
                lane->stop();
        }
        int completedUnderLoad = 0;
        for (const auto &lane : lanes)
            completedUnderLoad += lane->completed;

        // Restarted once more: the agent finishes what it was doing; the clients take the
        // steps that are theirs (accept an offer, issue on a request) until all have ended.
        QVERIFY(startAgent());
        QElapsedTimer patience;
        patience.start();
        QHash<QString, QJsonObject> issuerSide;
        QHash<QString, QJsonObject> holderSide;
        QStringList unfinished;
        do {
            issuerSide = recordsOf(m_keys.issuer);
            holderSide = recordsOf(m_keys.holder);
            unfinished.clear();
            for (auto it = issuerSide.cbegin(); it != issuerSide.cend(); ++it) {
                const QJsonObject holder = holderSide.value(it.key());
                const QString issuerState = it.value().value("protocolState").toString();
                const QString holderState = holder.value("protocolState").toString();
                if (issuerState == "CredentialSent" && holderState == "CredentialReceived" &&
                    !holder.value("credential").toString().isEmpty())
                    continue;
                unfinished << issuerState + '/' + (holderState.isEmpty() ? "-" : holderState);
                if (holderState == "OfferReceived")
                    post("/api/v1/vc/accept", m_keys.holder,
                         {{"recordId", holder.value("recordId")}, {"did", m_keys.holderDid}});
                else if (issuerState == "RequestReceived")
                    post("/api/v1/vc/issue", m_keys.issuer,
                         {{"recordId", it.value().value("recordId")}});
            }
            if (!unfinished.isEmpty())
                QTest::qWait(100);
        } while (!unfinished.isEmpty() && patience.elapsed() < 30000);
        qInfo("%d kills, %d exchanges completed under load, %lld exchanges in all", rounds,
              completedUnderLoad, qint64(issuerSide.size()));
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(", ")));
        QCOMPARE(holderSide.size(), issuerSide.size()); // no side without the other
        QVERIFY(issuerSide.size() >= rounds / 2);       // the load did reach the agent
    }
};

QTEST_GUILESS_MAIN(AgentKillTest)
#include "tst_agent_kills.moc"
