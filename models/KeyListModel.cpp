#include "models/KeyListModel.h"

#include "core/store/Wallet.h"
#include "models/WalletSession.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace vcdesk {

KeyListModel::KeyListModel(WalletSession &session, qint64 profileId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(&session)
    , m_profileId(profileId)
{
    for (auto signal : {&WalletSession::changed, &WalletSession::unlocked, &WalletSession::locked,
                        &WalletSession::opened})
        connect(&session, signal, this, &KeyListModel::reload);
    reload();
}

QString KeyListModel::typeText(KeyType type)
{
    return keytype::jwkCurve(type);
}

QString KeyListModel::methodText(const QString &did)
{
    const int second = did.indexOf(QLatin1Char(':'), 4); // the colon after "did:<method>"
    return second > 0 ? did.left(second) : did;
}

void KeyListModel::reload()
{
    m_read.start(
        this, m_session, true,
        [profileId = m_profileId](Wallet &wallet) { return wallet.keys().list(profileId); },
        [this](const Result<QList<HolderKey>> &keys) {
            if (!keys) {
                emit loadFailed(keys.error().message);
                return;
            }
            beginResetModel();
            m_keys = keys.value();
            endResetModel();
        });
}

int KeyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int KeyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const HolderKey *KeyListModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? &m_keys[row] : nullptr;
}

int KeyListModel::rowOf(qint64 keyId) const
{
    for (int row = 0; row < m_keys.size(); ++row)
        if (m_keys[row].id == keyId)
            return row;
    return -1;
}

QVariant KeyListModel::data(const QModelIndex &index, int role) const
{
    const HolderKey *key = index.isValid() ? keyAt(index.row()) : nullptr;
    if (!key)
        return {};
    switch (role) {
    case IdRole:
        return key->id;
    case DidRole:
        return key->did;
    case IsDefaultRole:
        return key->isDefault;
    case Qt::FontRole:
        if (key->isDefault) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == DidColumn ? QVariant(key->did) : QVariant();
    case Qt::AccessibleTextRole:
        if (index.column() == DefaultColumn)
            return key->isDefault ? tr("the default key") : tr("not the default key");
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DidColumn:
        return key->did;
    case TypeColumn:
        return typeText(key->type);
    case MethodColumn:
        return methodText(key->did);
    case DefaultColumn:
        return key->isDefault ? tr("Yes") : QString();
    case CreatedColumn:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(key->createdAt),
                                  QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant KeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DidColumn:
        return tr("DID");
    case TypeColumn:
        return tr("Key type");
    case MethodColumn:
        return tr("DID method");
    case DefaultColumn:
        return tr("Default");
    case CreatedColumn:
        return tr("Made");
    default:
        return {};
    }
}

} // namespace vcdesk
