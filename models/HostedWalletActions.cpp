#include "models/HostedWalletActions.h"

#include "core/common/DisplayText.h"
#include "core/store/Wallet.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "core/verify/VerdictText.h"
#include "models/WalletSession.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

HostedWalletClient clientFor(const Account &account, const NetworkPolicy &policy)
{
    return HostedWalletClient(QUrl(account.baseUrl), account.secret, policy);
}

/// The checks that did not pass, one line each, for the person deciding.
QString reportOf(const Inspection &inspection)
{
    QStringList lines;
    for (const CheckResult &check : inspection.report.checks()) {
        if (check.outcome == CheckResult::Outcome::Pass)
            continue;
        lines << QStringLiteral("• %1: %2").arg(check.name, DisplayText::escape(check.detail, 300));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

HostedWalletActions::HostedWalletActions(WalletSession &session, qint64 profileId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profileId(profileId)
{
    // A copy waiting for the person's word is the wallet's business: gone when it locks.
    connect(&session, &WalletSession::locked, this, &HostedWalletActions::dropCopy);
}

QString HostedWalletActions::sentence(const Error &error, const QString &whatToDo)
{
    if (error.code == QLatin1String("activity.cancelled"))
        return tr("Stopped. %1").arg(whatToDo);
    if (error.code.startsWith(QLatin1String("hosted.")))
        return error.message + QLatin1Char('.'); // ours: it says what to do
    return tr("%1. %2").arg(DisplayText::escape(error.message, 600), whatToDo);
}

template<typename T>
void HostedWalletActions::readThen(const QString &title, std::function<Result<T>(Wallet &)> work,
                                   std::function<void(const T &)> then)
{
    auto *reading = m_session.read<T>(
        [work](Wallet &wallet, const ActivityBase::Context &) { return work(wallet); });
    connect(reading, &ActivityBase::finished, this, [this, reading, title, then] {
        reading->deleteLater();
        if (!reading->result())
            return emit failed(title,
                               sentence(reading->result().error(), tr("Nothing was changed.")));
        then(reading->result().value());
    });
}

template<typename T>
void HostedWalletActions::onPool(const QString &what, const QString &title,
                                 std::function<Result<T>(const ActivityBase::Context &)> work,
                                 std::function<void(const T &)> then)
{
    auto *running = new Activity<T>(this);
    running->start(std::move(work));
    emit working(running, what);
    connect(running, &ActivityBase::finished, this, [this, running, title, then] {
        running->deleteLater();
        if (!running->result())
            return emit failed(title,
                               sentence(running->result().error(),
                                        tr("Nothing was stored; try again, or check the account "
                                           "in Wallet ▸ Accounts.")));
        then(running->result().value());
    });
}

void HostedWalletActions::fetch(qint64 hostedId)
{
    const qint64 profileId = m_profileId;
    auto *reading = m_session.read<HostedCopy::Ticket>(
        [hostedId, profileId](Wallet &wallet, const ActivityBase::Context &) {
            return HostedCopy::open(wallet, profileId, hostedId);
        });
    connect(reading, &ActivityBase::finished, this, [this, reading, hostedId] {
        reading->deleteLater();
        if (!reading->result())
            return emit fetchFailed(hostedId, sentence(reading->result().error(), {}));
        auto *asking = new Activity<HostedWalletClient::StoredCredential>(this);
        asking->start([ticket = reading->result().value(),
                       policy = m_policy](const ActivityBase::Context &context) {
            context.report(tr("Asking %1").arg(ticket.account.name));
            return clientFor(ticket.account, policy).get(ticket.remembered.remoteId);
        });
        emit working(asking, tr("Asking the hosted wallet…"));
        connect(asking, &ActivityBase::finished, this, [this, asking, hostedId] {
            asking->deleteLater();
            if (!asking->result())
                return emit fetchFailed(
                    hostedId, sentence(asking->result().error(),
                                       tr("What this wallet remembers is unchanged; try again "
                                          "later.")));
            emit fetched(hostedId, asking->result().value());
        });
    });
}

void HostedWalletActions::loadTemplates(qint64 accountId)
{
    const QString title = tr("No templates");
    readThen<Account>(
        title,
        [accountId, profileId = m_profileId](Wallet &wallet) {
            return HostedCopy::openAccount(wallet, profileId, accountId);
        },
        [this, accountId, title](const Account &account) {
            onPool<QList<HostedWalletClient::Template>>(
                tr("Asking the hosted wallet for its templates…"), title,
                [account, policy = m_policy](const ActivityBase::Context &) {
                    return clientFor(account, policy).templates();
                },
                [this, accountId](const QList<HostedWalletClient::Template> &templates) {
                    emit templatesLoaded(accountId, templates);
                });
        });
}

void HostedWalletActions::request(qint64 accountId, const HostedWalletClient::Template &chosen,
                                  const QJsonObject &fields)
{
    const QString title = tr("Not issued");
    // The seed issues "into the user's wallet": the holder's own DID (the profile's default
    // key) is the walletId, so the credential's subject names this holder.
    readThen<QPair<Account, QString>>(
        title,
        [accountId, profileId = m_profileId](Wallet &wallet) -> Result<QPair<Account, QString>> {
            auto account = HostedCopy::openAccount(wallet, profileId, accountId);
            if (!account)
                return account.error();
            auto key = wallet.keys().defaultKey(profileId);
            if (!key)
                return key.error();
            return qMakePair(account.value(), key->did);
        },
        [this, accountId, chosen, fields, title](const QPair<Account, QString> &opened) {
            onPool<QString>(
                tr("Asking the hosted wallet to issue “%1”…")
                    .arg(DisplayText::escape(chosen.name, 80)),
                title,
                [opened, chosen, fields,
                 policy = m_policy](const ActivityBase::Context &) -> Result<QString> {
                    auto issued =
                        clientFor(opened.first, policy).issue(chosen.id, opened.second, {}, fields);
                    if (!issued && issued.error().serverMessage.contains(
                                       QLatin1String("already exists"), Qt::CaseInsensitive))
                        return Error{QStringLiteral("hosted.already_issued"),
                                     tr("The hosted wallet already holds this credential for "
                                        "you; if you know its id, use “Add by id”")};
                    return issued;
                },
                [this, accountId, chosen](const QString &remoteId) {
                    remember(accountId, remoteId, chosen.name, [this, chosen](qint64 hostedId) {
                        emit requested(hostedId, chosen.name);
                    });
                });
        });
}

void HostedWalletActions::addById(qint64 accountId, const QString &typed)
{
    const QString remoteId = typed.trimmed();
    const QString title = tr("Not added");
    if (remoteId.isEmpty() || remoteId.size() > HostedCredentialStore::kMaxIdLength)
        return emit failed(title, tr("A credential id has 1 to %1 characters. Nothing was "
                                     "remembered.")
                                      .arg(HostedCredentialStore::kMaxIdLength));
    readThen<Account>(
        title,
        [accountId, profileId = m_profileId](Wallet &wallet) {
            return HostedCopy::openAccount(wallet, profileId, accountId);
        },
        [this, accountId, remoteId, title](const Account &account) {
            // Asked first: an id the hosted wallet does not know is not remembered.
            auto *asking = new Activity<HostedWalletClient::StoredCredential>(this);
            asking->start([account, remoteId, policy = m_policy](const ActivityBase::Context &) {
                return clientFor(account, policy).get(remoteId);
            });
            emit working(asking, tr("Asking the hosted wallet for the credential…"));
            connect(
                asking, &ActivityBase::finished, this, [this, asking, accountId, remoteId, title] {
                    asking->deleteLater();
                    const auto &got = asking->result();
                    if (!got && got.error().httpStatus == 404)
                        return emit failed(title,
                                           tr("The hosted wallet has no credential with the id "
                                              "“%1”. Check the id; nothing was remembered.")
                                               .arg(DisplayText::escape(remoteId, 80)));
                    if (!got)
                        return emit failed(title,
                                           sentence(got.error(), tr("Nothing was remembered; "
                                                                    "try again later.")));
                    QString name = got->templateName;
                    const QJsonArray types = got->detail.value(QStringLiteral("type")).toArray();
                    if (name.isEmpty() && !types.isEmpty())
                        name = types.last().toString();
                    remember(accountId, remoteId, name,
                             [this](qint64 hostedId) { emit added(hostedId); });
                });
        });
}

void HostedWalletActions::remember(qint64 accountId, const QString &remoteId, const QString &title,
                                   std::function<void(qint64)> then)
{
    auto *writing = m_session.write<qint64>(
        [accountId, remoteId, title](Wallet &wallet, const ActivityBase::Context &) {
            return wallet.hosted().remember(accountId, remoteId, title);
        });
    connect(writing, &ActivityBase::finished, this, [this, writing, then] {
        writing->deleteLater();
        if (!writing->result())
            return emit failed(
                tr("Not remembered"),
                sentence(writing->result().error(), tr("The hosted wallet keeps the credential.")));
        then(writing->result().value());
    });
}

void HostedWalletActions::copy(qint64 hostedId)
{
    const QString title = tr("Not copied");
    dropCopy();
    readThen<HostedCopy::Ticket>(
        title,
        [hostedId, profileId = m_profileId](Wallet &wallet) {
            return HostedCopy::open(wallet, profileId, hostedId);
        },
        [this, hostedId, title](const HostedCopy::Ticket &ticket) {
            if (ticket.remembered.credentialId > 0)
                return emit copied(hostedId, ticket.remembered.credentialId, true,
                                   tr("It is already in your wallet."));
            struct Checked
            {
                CredentialRecord record;
                QString report;
            };
            onPool<Checked>(
                tr("Copying from the hosted wallet…"), title,
                [ticket,
                 policy = m_policy](const ActivityBase::Context &context) -> Result<Checked> {
                    context.report(tr("Asking %1").arg(ticket.account.name));
                    auto got = clientFor(ticket.account, policy).get(ticket.remembered.remoteId);
                    if (!got)
                        return got.error();
                    context.report(tr("Checking the credential"));
                    // In memory only, as for every added credential: a cache of status lists
                    // would tell anyone with the folder what the wallet holds.
                    auto options = InspectOptionsBuilder()
                                       .cache(InspectOptionsBuilder::Cache::InMemory)
                                       .allowLoopbackHttp(policy.allowLoopbackHttp)
                                       .build();
                    if (!options)
                        return options.error();
                    Inspection inspection;
                    auto record =
                        HostedCopy::prepare(got.value(), ticket, options.value(), &inspection);
                    if (!record)
                        return record.error();
                    return Checked{record.value(), reportOf(inspection)};
                },
                [this, hostedId](const Checked &checked) {
                    if (checked.record.verdict == Verdict::Valid)
                        return storeCopy(hostedId, checked.record);
                    // As on the Add page: the person sees the report and decides.
                    m_pending = Pending{hostedId, checked.record};
                    emit copyNeedsDecision(hostedId, VerdictText::label(checked.record.verdict),
                                           checked.report);
                });
        });
}

void HostedWalletActions::keepCopy()
{
    if (!m_pending)
        return;
    const Pending pending = *m_pending;
    m_pending.reset();
    storeCopy(pending.hostedId, pending.record);
}

void HostedWalletActions::dropCopy()
{
    m_pending.reset();
}

void HostedWalletActions::storeCopy(qint64 hostedId, const CredentialRecord &record)
{
    auto *writing = m_session.write<HostedCopy::Stored>(
        [hostedId, record, profileId = m_profileId](Wallet &wallet, const ActivityBase::Context &) {
            return HostedCopy::store(wallet, profileId, hostedId, record);
        });
    connect(writing, &ActivityBase::finished, this, [this, writing, hostedId, record] {
        writing->deleteLater();
        if (!writing->result())
            return emit failed(tr("Not copied"),
                               sentence(writing->result().error(),
                                        tr("Nothing was stored; the hosted wallet keeps it.")));
        const HostedCopy::Stored stored = writing->result().value();
        emit copied(hostedId, stored.credentialId, stored.already,
                    stored.already
                        ? tr("It is already in your wallet.")
                        : tr("It is in your wallet. %1").arg(VerdictText::meaning(record.verdict)));
    });
}

void HostedWalletActions::forget(qint64 hostedId)
{
    auto *writing =
        m_session.write<int>([hostedId, profileId = m_profileId](
                                 Wallet &wallet, const ActivityBase::Context &) -> Result<int> {
            // Only a remembered id of this profile; the hosted wallet is not asked.
            auto remembered = wallet.hosted().get(hostedId);
            if (!remembered)
                return remembered.error();
            if (remembered->profileId != profileId)
                return Error{QStringLiteral("wallet.not_found"),
                             tr("no such hosted credential in this profile")};
            if (auto done = wallet.hosted().forget(hostedId); !done)
                return done.error();
            return 1;
        });
    connect(writing, &ActivityBase::finished, this, [this, writing, hostedId] {
        writing->deleteLater();
        if (!writing->result())
            return emit failed(tr("Not forgotten"),
                               sentence(writing->result().error(), tr("Nothing was changed.")));
        emit forgotten(hostedId);
    });
}

} // namespace vcdesk
