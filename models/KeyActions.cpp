#include "models/KeyActions.h"

#include "core/common/Activity.h"
#include "core/store/Wallet.h"
#include "core/store/WalletErrors.h"
#include "models/WalletSession.h"

namespace vcdesk {

KeyActions::KeyActions(WalletSession &session, qint64 profileId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profileId(profileId)
{
}

ActivityBase *KeyActions::generate(KeyType type, KeyStore::DidMethod method)
{
    auto *writing =
        m_session.write<HolderKey>([type, method, profileId = m_profileId](
                                       Wallet &wallet, const ActivityBase::Context &context) {
            context.report(tr("Making a new key"));
            return wallet.keys().generate(profileId, type, method);
        });
    connect(writing, &ActivityBase::finished, this, [this, writing] {
        writing->deleteLater();
        if (!writing->result())
            return emit failed(writing->result().error().message);
        emit generated(writing->result()->id, writing->result()->did);
    });
    return writing;
}

ActivityBase *KeyActions::makeDefault(qint64 keyId)
{
    auto *writing = m_session.write<HolderKey>(
        [keyId, profileId = m_profileId](Wallet &wallet,
                                         const ActivityBase::Context &) -> Result<HolderKey> {
            KeyStore keys = wallet.keys();
            auto key = keys.get(keyId);
            if (!key)
                return key.error();
            // Only a key of this profile: setDefault() would switch the key's own profile.
            if (key->profileId != profileId)
                return WalletErrors::notFound(tr("key"), keyId);
            if (auto done = keys.setDefault(keyId); !done)
                return done.error();
            return key;
        });
    connect(writing, &ActivityBase::finished, this, [this, writing] {
        writing->deleteLater();
        if (!writing->result())
            return emit failed(writing->result().error().message);
        emit madeDefault(writing->result()->id, writing->result()->did);
    });
    return writing;
}

} // namespace vcdesk
