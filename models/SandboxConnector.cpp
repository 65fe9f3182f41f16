#include "models/SandboxConnector.h"

#include "core/common/Activity.h"
#include "core/receive/SandboxDescription.h"
#include "core/store/Wallet.h"
#include "models/WalletSession.h"

#include <QFileInfo>

namespace vcdesk {

SandboxConnector::SandboxConnector(WalletSession &session, qint64 profileId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profileId(profileId)
{
}

bool SandboxConnector::available(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isFile();
}

void SandboxConnector::connectTo(const QString &path)
{
    auto *reading = new Activity<SandboxDescription>(this);
    reading->start(
        [path](const ActivityBase::Context &) { return SandboxDescription::load(path); });
    connect(reading, &ActivityBase::finished, this, [this, reading] {
        reading->deleteLater();
        if (!reading->result())
            return emit failed(reading->result().error().message);
        addAccounts(reading->result().value());
    });
}

void SandboxConnector::addAccounts(const SandboxDescription &sandbox)
{
    auto *writing =
        m_session.write<int>([sandbox, profileId = m_profileId](
                                 Wallet &wallet, const ActivityBase::Context &) -> Result<int> {
            int added = 0;
            for (Account &account : sandbox.accounts()) {
                auto done = wallet.accounts().add(profileId, account);
                if (done)
                    ++added;
                else if (done.error().code != QLatin1String("wallet.account_exists"))
                    return done.error();
            }
            return added;
        });
    connect(writing, &ActivityBase::finished, this, [this, writing, sandbox] {
        writing->deleteLater();
        if (!writing->result())
            return emit failed(writing->result().error().message);
        askForSampleOffer(sandbox, writing->result().value());
    });
}

void SandboxConnector::askForSampleOffer(const SandboxDescription &sandbox, int added)
{
    auto *asking = new Activity<int>(this);
    asking->start([sandbox, policy = m_policy](const ActivityBase::Context &) -> Result<int> {
        if (auto done = sandbox.requestSampleOffer(policy); !done)
            return done.error();
        return 1;
    });
    emit working(asking, tr("Asking the sandbox issuer for a sample offer…"));
    connect(asking, &ActivityBase::finished, this, [this, asking, added] {
        asking->deleteLater();
        if (!asking->result())
            return emit failed(tr("The sandbox accounts were added, but the sample offer was not "
                                  "made: %1")
                                   .arg(asking->result().error().message));
        emit connected(added > 0 ? tr("Connected to the local sandbox: its issuer, verifier and "
                                      "hosted wallet are your accounts now, and a sample offer is "
                                      "on its way to your inbox.")
                                 : tr("Already connected to the local sandbox; a new sample "
                                      "offer is on its way to your inbox."));
    });
}

} // namespace vcdesk
