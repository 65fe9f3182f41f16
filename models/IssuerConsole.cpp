#include "models/IssuerConsole.h"

#include "core/common/DisplayText.h"
#include "core/store/Wallet.h"
#include "models/IssuerRecordModel.h"
#include "models/OperationLog.h"
#include "models/OperationRunner.h"
#include "models/WalletSession.h"

#include <QTimer>

namespace vcdesk {

namespace {

QString agentName()
{
    return IssuerConsole::tr("The issuer agent");
}

QString shortId(const QString &id)
{
    return DisplayText::escape(id, 40);
}

} // namespace

IssuerConsole::IssuerConsole(WalletSession &session, OperationLog &log, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_runner = new OperationRunner(log, agentName(), this);
    m_records = new IssuerRecordModel(this);
    m_timer = new QTimer(this);
    m_timer->setInterval(kDefaultPollMs);
    connect(m_timer, &QTimer::timeout, this, &IssuerConsole::poll);
    connect(m_runner, &OperationRunner::working, this, &IssuerConsole::working);
    connect(m_runner, &OperationRunner::succeeded, this, &IssuerConsole::succeeded);
    connect(m_runner, &OperationRunner::failed, this, &IssuerConsole::failed);
    // Every action changes records: show the change at once rather than at the next poll.
    connect(m_runner, &OperationRunner::succeeded, this, &IssuerConsole::poll);
    connect(&session, &WalletSession::locked, this, &IssuerConsole::reset);
}

IssuerConsole::~IssuerConsole()
{
    reset();
}

void IssuerConsole::setPollInterval(int ms)
{
    m_timer->setInterval(ms);
}

IssuerConsole::Target IssuerConsole::target() const
{
    return Target{QUrl(m_account->baseUrl), m_account->secret, m_policy};
}

OperationEntry IssuerConsole::entry(const QString &action, const QString &target) const
{
    OperationEntry e;
    e.account = m_account ? m_account->name : QString();
    e.action = action;
    e.target = target;
    return e;
}

void IssuerConsole::reset()
{
    ++m_generation;
    m_timer->stop();
    if (m_account)
        m_account->secret.fill('\0');
    m_account.reset();
    m_records->clear();
}

void IssuerConsole::useAccount(qint64 accountId)
{
    reset();
    const quint64 generation = m_generation;
    auto *reading =
        m_session.read<Account>([accountId](Wallet &wallet, const ActivityBase::Context &) {
            return wallet.accounts().open(accountId);
        });
    connect(reading, &ActivityBase::finished, this, [this, reading, generation] {
        reading->deleteLater();
        if (generation != m_generation)
            return;
        auto account = reading->result();
        if (!account)
            return emit failed(tr("The account cannot be read: %1.")
                                   .arg(DisplayText::escape(account.error().message, 300)));
        if (account->kind != QLatin1String("issuer-agent"))
            return emit failed(tr("%1 is not an issuer-agent account.")
                                   .arg(DisplayText::escape(account->name, 60)));
        m_account = account.value();
        emit accountReady(m_account->name);
        setWatching(m_watching);
        poll();
        loadConnections();
    });
}

void IssuerConsole::setWatching(bool on)
{
    m_watching = on;
    if (on && m_account)
        m_timer->start();
    else
        m_timer->stop();
}

void IssuerConsole::refresh()
{
    poll();
}

void IssuerConsole::poll()
{
    // One poll at a time: a slow agent is asked again only once it answered.
    if (!m_account || m_polling)
        return;
    m_polling = true;
    const quint64 generation = m_generation;
    auto *asking = new Activity<QList<IssuerOffer>>(this);
    connect(asking, &ActivityBase::finished, this, [this, asking, generation] {
        asking->deleteLater();
        m_polling = false;
        if (generation != m_generation)
            return;
        const auto records = asking->result();
        if (!records)
            return emit pollFailed(ServiceSentence::failure(
                records.error(), agentName(), {m_account ? m_account->secret : QByteArray()}));
        m_records->update(records.value());
        emit recordsUpdated(QDateTime::currentDateTime());
    });
    asking->start(
        [target = target()](const ActivityBase::Context &) { return target.client().offers(); });
}

void IssuerConsole::loadConnections()
{
    if (!m_account)
        return;
    const quint64 generation = m_generation;
    auto *asking = new Activity<QList<IssuerAgentClient::Connection>>(this);
    connect(asking, &ActivityBase::finished, this, [this, asking, generation] {
        asking->deleteLater();
        if (generation != m_generation)
            return;
        const auto connections = asking->result();
        if (!connections) {
            const Error &error = connections.error();
            return emit connectionsUnavailable(
                error.code == QLatin1String("api.not_offered")
                    ? tr("This agent does not list its connections: type the connection id.")
                    : ServiceSentence::failure(error, agentName(),
                                               {m_account ? m_account->secret : QByteArray()}));
        }
        emit connectionsLoaded(connections.value());
    });
    asking->start([target = target()](const ActivityBase::Context &) {
        return target.client().connections();
    });
}

bool IssuerConsole::ready()
{
    if (m_account)
        return true;
    emit failed(tr("Choose an issuer-agent account first (it may still be being read)."));
    return false;
}

void IssuerConsole::createOffer(const QString &connectionId, const QString &authorDid,
                                qint64 validitySeconds, const QJsonObject &claims)
{
    if (!ready())
        return;
    m_runner->run<IssuerOffer>(
        entry(tr("Create offer"), tr("connection %1").arg(shortId(connectionId))),
        tr("Creating the offer…"), {m_account->secret},
        [target = target(), connectionId, authorDid, validitySeconds,
         claims](const ActivityBase::Context &) {
            return target.client().createOffer(connectionId, authorDid, validitySeconds, claims);
        },
        [](const IssuerOffer &record) {
            return tr("Offer %1 created (%2); the holder sees it once it is sent.")
                .arg(shortId(record.recordId), DisplayText::escape(record.stateName, 40));
        });
}

void IssuerConsole::issue(const QString &recordId)
{
    if (!ready())
        return;
    m_runner->run<IssuerOffer>(
        entry(tr("Issue"), tr("record %1").arg(shortId(recordId))), tr("Issuing…"),
        {m_account->secret},
        [target = target(), recordId](const ActivityBase::Context &) {
            return target.client().issue(recordId);
        },
        [](const IssuerOffer &record) {
            return tr("Record %1 is being issued (%2).")
                .arg(shortId(record.recordId), DisplayText::escape(record.stateName, 40));
        });
}

void IssuerConsole::revoke(const QString &recordId)
{
    if (!ready())
        return;
    m_runner->run<bool>(
        entry(tr("Revoke"), tr("record %1").arg(shortId(recordId))), tr("Revoking…"),
        {m_account->secret},
        [target = target(), recordId](const ActivityBase::Context &) -> Result<bool> {
            if (auto done = target.client().revoke(recordId); !done)
                return done.error();
            return true;
        },
        [recordId](const bool &) {
            return tr("The agent says the credential of record %1 is revoked: verifiers that "
                      "check its status list refuse it from now on.")
                .arg(shortId(recordId));
        });
}

void IssuerConsole::match(const QString &claimType)
{
    if (!ready())
        return;
    m_runner->run<IssuerOffer>(
        entry(tr("Look up"), tr("type %1").arg(DisplayText::escape(claimType, 60))),
        tr("Looking up…"), {m_account->secret},
        [target = target(), claimType](const ActivityBase::Context &) {
            return target.client().match(claimType);
        },
        [this](const IssuerOffer &record) {
            emit credentialReady(record);
            if (record.credential.isEmpty())
                return tr("Found record %1 (%2). It holds no credential to inspect: an "
                          "issuer's records do not keep them, the holder's do.")
                    .arg(shortId(record.recordId), DisplayText::escape(record.stateName, 40));
            return tr("Found record %1 (%2), with its credential.")
                .arg(shortId(record.recordId), DisplayText::escape(record.stateName, 40));
        });
}

void IssuerConsole::custodial(qint64 holderAccountId, IssuerAgentClient::CustodialRequest request)
{
    if (!ready())
        return;
    const quint64 generation = m_generation;
    auto *reading =
        m_session.read<Account>([holderAccountId](Wallet &wallet, const ActivityBase::Context &) {
            return wallet.accounts().open(holderAccountId);
        });
    connect(reading, &ActivityBase::finished, this, [this, reading, generation, request]() mutable {
        reading->deleteLater();
        if (generation != m_generation || !m_account)
            return emit failed(tr("The account changed before the issuance began: nothing was "
                                  "sent."));
        auto holder = reading->result();
        if (!holder)
            return emit failed(tr("The holder's account cannot be read: %1.")
                                   .arg(DisplayText::escape(holder.error().message, 300)));
        // The holder's key goes in the body to the issuer's agent: never to another service.
        const auto origin = [](const QString &url) {
            return QUrl(url).adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                      QUrl::StripTrailingSlash);
        };
        if (holder->kind != QLatin1String("issuer-agent") ||
            origin(holder->baseUrl) != origin(m_account->baseUrl))
            return emit failed(tr("%1 is not an account at this issuer agent: its key is not "
                                  "sent here.")
                                   .arg(DisplayText::escape(holder->name, 60)));
        request.issuerApiKey = m_account->secret;
        request.holderApiKey = holder->secret;
        const QByteArrayList secrets{m_account->secret, holder->secret};
        m_runner->run<IssuerAgentClient::CustodialResult>(
            entry(tr("Custodial issuance"),
                  tr("connection %1, holder %2")
                      .arg(shortId(request.connectionId), DisplayText::escape(holder->name, 60))),
            tr("Issuing custodially…"), secrets,
            [target = target(), request](const ActivityBase::Context &) mutable {
                auto result = target.client().custodial(request);
                request.issuerApiKey.fill('\0');
                request.holderApiKey.fill('\0');
                return result;
            },
            [this](const IssuerAgentClient::CustodialResult &result) {
                emit credentialReady(result.credential);
                if (!result.wasOffered)
                    return tr("No new credential: the holder already had one of this type, "
                              "so the agent gave back the latest (record %1).")
                        .arg(shortId(result.credential.recordId));
                return tr("Issued: record %1, %2.")
                    .arg(shortId(result.credential.recordId),
                         DisplayText::escape(result.credential.stateName, 40));
            });
        request.issuerApiKey.fill('\0');
        request.holderApiKey.fill('\0');
    });
}

} // namespace vcdesk
