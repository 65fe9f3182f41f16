#include "ui/KeyPicker.h"

#include "core/store/HolderKey.h"
#include "models/KeyListModel.h"

#include <QSignalBlocker>

namespace vcdesk {

namespace {

/// How many characters of the DID's end tell keys apart at a glance.
constexpr int kDidTail = 8;

} // namespace

KeyPicker::KeyPicker(WalletSession &session, qint64 profileId, QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("keyPicker"));
    setAccessibleName(tr("Key the credentials are bound to"));
    setAccessibleDescription(tr("The credentials you receive are bound to the key you choose, "
                                "and presenting them later needs it. Your default key is chosen "
                                "until you choose another."));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_keys = new KeyListModel(session, profileId, this);
    connect(m_keys, &QAbstractItemModel::modelReset, this, &KeyPicker::refill);
    // A refill selects rows with signals blocked: only the person's choices are remembered.
    connect(this, &QComboBox::currentIndexChanged, this,
            [this](int row) { m_chosen = row < 0 ? QString() : itemData(row).toString(); });
    refill();
}

QString KeyPicker::keyDid() const
{
    return currentIndex() < 0 ? QString() : currentData().toString();
}

void KeyPicker::refill()
{
    fillQuietly();
    emit listed();
}

void KeyPicker::fillQuietly()
{
    const QSignalBlocker quiet(this);
    clear();
    int chosen = -1;
    int fallback = -1;
    for (int row = 0; row < m_keys->rowCount(); ++row) {
        const HolderKey &key = *m_keys->keyAt(row);
        const QString label = tr("%1 · %2 · …%3")
                                  .arg(KeyListModel::typeText(key.type),
                                       KeyListModel::methodText(key.did), key.did.right(kDidTail));
        addItem(key.isDefault ? tr("%1 (default)").arg(label) : label, key.did);
        setItemData(count() - 1, key.did, Qt::ToolTipRole);
        if (!m_chosen.isEmpty() && key.did == m_chosen)
            chosen = count() - 1;
        if (key.isDefault)
            fallback = count() - 1;
    }
    setCurrentIndex(chosen >= 0 ? chosen : fallback >= 0 ? fallback : count() > 0 ? 0 : -1);
}

} // namespace vcdesk
