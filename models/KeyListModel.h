#pragma once

#include "core/store/HolderKey.h"

#include "models/LatestRead.h"
#include <QAbstractTableModel>

#include <QPointer>

namespace vcdesk {

class WalletSession;

/// A profile's holder keys as a table (DID, key type, DID method, which one is the default,
/// when it was made), read through the session on the wallet's thread and read again after
/// every change; empty while the wallet is locked (KeyStore lists keys only then). A profile
/// has a handful of keys, so they come in one read, not in pages.
class KeyListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DidColumn, TypeColumn, MethodColumn, DefaultColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DidRole, IsDefaultRole };

    KeyListModel(WalletSession &session, qint64 profileId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const HolderKey *keyAt(int row) const;
    /// The row of the key with this id, or -1.
    int rowOf(qint64 keyId) const;
    /// "P-256", "secp256k1", "Ed25519".
    static QString typeText(KeyType type);
    /// "did:key", "did:jwk", … read from the DID itself.
    static QString methodText(const QString &did);

public slots:
    void reload();

signals:
    void loadFailed(const QString &message);

private:
    QPointer<WalletSession> m_session;
    qint64 m_profileId;
    QList<HolderKey> m_keys;
    LatestRead<HolderKey> m_read;
};

} // namespace vcdesk
