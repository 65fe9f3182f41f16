#include "models/GenerationConsole.h"

#include "core/api/GenerationClient.h"
#include "core/common/DisplayText.h"
#include "core/store/Wallet.h"
#include "models/OperationRunner.h"
#include "models/WalletSession.h"

namespace vcdesk {

GenerationConsole::GenerationConsole(WalletSession &session, OperationLog &log, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_runner = new OperationRunner(log, tr("The generation service"), this);
    connect(m_runner, &OperationRunner::working, this, &GenerationConsole::working);
    connect(m_runner, &OperationRunner::succeeded, this, &GenerationConsole::succeeded);
    connect(m_runner, &OperationRunner::failed, this, &GenerationConsole::failed);
}

void GenerationConsole::generate(qint64 accountId, const QString &flowId, const QString &subjectDid,
                                 const QJsonObject &claims)
{
    m_runner->withAccount(m_session, accountId, [=, this](const Account &account) {
        QJsonObject payload = claims;
        if (!subjectDid.isEmpty())
            payload.insert(QStringLiteral("id"), subjectDid);
        OperationEntry entry;
        entry.account = account.name;
        entry.action = tr("Generate");
        entry.target = tr("flow %1").arg(DisplayText::escape(flowId, 60));
        m_runner->run<QByteArray>(
            entry, tr("Generating the credential…"), {account.secret},
            [url = QUrl(account.baseUrl), key = account.secret, policy = m_policy, flowId,
             payload](const ActivityBase::Context &) {
                return GenerationClient(url, key, policy).generate(flowId, payload);
            },
            [this](const QByteArray &jwt) {
                emit credentialReady(jwt);
                return tr("Generated (verifiableCredentialGenerated): a credential of %n "
                          "byte(s); open it in the inspector to check it.",
                          nullptr, int(jwt.size()));
            });
    });
}

} // namespace vcdesk
