#include "models/HostedWalletConsole.h"

#include "core/common/DisplayText.h"
#include "core/store/Wallet.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "models/OperationRunner.h"
#include "models/WalletSession.h"

#include <QJsonDocument>

namespace vcdesk {

namespace {

struct Target
{
    QUrl baseUrl;
    QByteArray apiKey;
    NetworkPolicy policy;
    HostedWalletClient client() const { return HostedWalletClient(baseUrl, apiKey, policy); }
};

QString shortId(const QString &id)
{
    return DisplayText::escape(id, 60);
}

} // namespace

HostedWalletConsole::HostedWalletConsole(WalletSession &session, OperationLog &log, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_runner = new OperationRunner(log, tr("The hosted wallet"), this);
    connect(m_runner, &OperationRunner::working, this, &HostedWalletConsole::working);
    connect(m_runner, &OperationRunner::succeeded, this, &HostedWalletConsole::succeeded);
    connect(m_runner, &OperationRunner::failed, this, &HostedWalletConsole::failed);
}

static OperationEntry entryFor(const Account &account, const QString &action, const QString &target)
{
    OperationEntry entry;
    entry.account = account.name;
    entry.action = action;
    entry.target = target;
    return entry;
}

void HostedWalletConsole::loadTemplates(qint64 accountId)
{
    m_runner->withAccount(m_session, accountId, [this](const Account &account) {
        m_runner->run<QList<HostedWalletClient::Template>>(
            entryFor(account, tr("List templates"), {}), tr("Asking for the templates…"),
            {account.secret},
            [target = Target{QUrl(account.baseUrl), account.secret, m_policy}](
                const ActivityBase::Context &) { return target.client().templates(); },
            [this](const QList<HostedWalletClient::Template> &templates) {
                emit templatesLoaded(templates);
                return tr("%n template(s).", nullptr, int(templates.size()));
            });
    });
}

void HostedWalletConsole::issue(qint64 accountId, const HostedWalletClient::Template &chosen,
                                const QString &walletId, const QJsonObject &fields)
{
    m_runner->withAccount(m_session, accountId, [=, this](const Account &account) {
        m_runner->run<QString>(
            entryFor(account, tr("Issue from template"),
                     tr("%1 to %2").arg(DisplayText::escape(chosen.name, 60), shortId(walletId))),
            tr("Issuing from the template…"), {account.secret},
            [target = Target{QUrl(account.baseUrl), account.secret, m_policy}, id = chosen.id,
             walletId, fields](const ActivityBase::Context &) {
                return target.client().issue(id, walletId, {}, fields);
            },
            [this](const QString &credentialId) {
                emit issued(credentialId);
                return tr("Issued: credential %1.").arg(shortId(credentialId));
            });
    });
}

void HostedWalletConsole::get(qint64 accountId, const QString &credentialId)
{
    m_runner->withAccount(m_session, accountId, [=, this](const Account &account) {
        m_runner->run<HostedWalletClient::StoredCredential>(
            entryFor(account, tr("Get"), tr("credential %1").arg(shortId(credentialId))),
            tr("Getting the credential…"), {account.secret},
            [target = Target{QUrl(account.baseUrl), account.secret, m_policy}, credentialId](
                const ActivityBase::Context &) { return target.client().get(credentialId); },
            [this](const HostedWalletClient::StoredCredential &stored) {
                emit fetched(stored);
                return tr("Credential %1: %2.")
                    .arg(shortId(stored.credentialId), DisplayText::escape(stored.status, 40));
            });
    });
}

void HostedWalletConsole::verify(qint64 accountId, const QString &credentialId)
{
    m_runner->withAccount(m_session, accountId, [=, this](const Account &account) {
        m_runner->run<ValidationComparison>(
            entryFor(account, tr("Verify"), tr("credential %1").arg(shortId(credentialId))),
            tr("Verifying at the hosted wallet and here…"), {account.secret},
            [target = Target{QUrl(account.baseUrl), account.secret, m_policy},
             credentialId](const ActivityBase::Context &context) -> Result<ValidationComparison> {
                HostedWalletClient client = target.client();
                auto stored = client.get(credentialId);
                if (!stored)
                    return stored.error();
                context.report(tr("The hosted wallet verifies it"));
                auto results = client.verify({stored->detail});
                if (!results)
                    return results.error();
                if (results->size() != 1)
                    return Error{QStringLiteral("api.invalid_answer"),
                                 tr("the hosted wallet gave %n result(s) for one proof", nullptr,
                                    int(results->size()))};
                context.report(tr("vcdesk checks it"));
                // In memory: the operator's cache folder learns nothing of the credential.
                auto options = InspectOptionsBuilder()
                                   .cache(InspectOptionsBuilder::Cache::InMemory)
                                   .allowLoopbackHttp(target.policy.allowLoopbackHttp)
                                   .build();
                if (!options)
                    return options.error();
                auto inspection = CredentialInspector::inspect(
                    QJsonDocument(stored->detail).toJson(QJsonDocument::Compact), options.value());
                if (!inspection)
                    return inspection.error();
                return ValidationComparison::of(results->first(), inspection->report);
            },
            [this](const ValidationComparison &comparison) {
                emit compared(comparison);
                const int differences = comparison.differences();
                return differences == 0
                           ? tr("The hosted wallet and vcdesk agree on every check.")
                           : tr("The hosted wallet and vcdesk differ on %n check(s): see the "
                                "highlighted rows.",
                                nullptr, differences);
            });
    });
}

void HostedWalletConsole::remove(qint64 accountId, const QString &credentialId)
{
    m_runner->withAccount(m_session, accountId, [=, this](const Account &account) {
        m_runner->run<bool>(
            entryFor(account, tr("Delete"), tr("credential %1").arg(shortId(credentialId))),
            tr("Deleting the credential…"), {account.secret},
            [target = Target{QUrl(account.baseUrl), account.secret, m_policy},
             credentialId](const ActivityBase::Context &) -> Result<bool> {
                if (auto done = target.client().remove(credentialId); !done)
                    return done.error();
                return true;
            },
            [this, credentialId](const bool &) {
                emit removed(credentialId);
                return tr("Credential %1 is deleted at the hosted wallet.")
                    .arg(shortId(credentialId));
            });
    });
}

} // namespace vcdesk
