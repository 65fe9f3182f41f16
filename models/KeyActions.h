#pragma once

#include "core/crypto/KeyType.h"
#include "core/store/KeyStore.h"

#include <QObject>

namespace vcdesk {

class ActivityBase;
class WalletSession;

/// What the Settings page does to a profile's holder keys, on the wallet's thread: make a new
/// key (its type and DID method chosen; the profile's first becomes the default) and make one
/// the default (new presentations and offers use it). There is no removal: credentials stay
/// bound to the key they were issued to. Each ends with a signal; a failure is a sentence.
class KeyActions : public QObject
{
    Q_OBJECT
public:
    KeyActions(WalletSession &session, qint64 profileId, QObject *parent = nullptr);

    ActivityBase *generate(KeyType type, KeyStore::DidMethod method);
    ActivityBase *makeDefault(qint64 keyId);

signals:
    void generated(qint64 keyId, const QString &did);
    void madeDefault(qint64 keyId, const QString &did);
    void failed(const QString &message);

private:
    WalletSession &m_session;
    qint64 m_profileId;
};

} // namespace vcdesk
