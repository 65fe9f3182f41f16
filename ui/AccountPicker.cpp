#include "ui/AccountPicker.h"

#include "models/AccountListModel.h"

#include <QSignalBlocker>
#include <QSortFilterProxyModel>

namespace vcdesk {

AccountPicker::AccountPicker(WalletSession &session, qint64 profileId, const QString &kind,
                             QWidget *parent)
    : QComboBox(parent)
{
    m_accounts = new AccountListModel(session, profileId, this);
    m_ofKind = new QSortFilterProxyModel(this);
    m_ofKind->setSourceModel(m_accounts);
    m_ofKind->setFilterRole(AccountListModel::KindRole);
    m_ofKind->setFilterFixedString(kind);
    setModel(m_ofKind);
    // Connected after setModel, so these run after the combo box's own reset handling, which
    // picks row 0 on its own: that pick is not the person's and is undone here.
    connect(m_ofKind, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_reloading = true; });
    connect(m_ofKind, &QAbstractItemModel::modelReset, this, &AccountPicker::restoreChoice);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            noteChoice();
    });
}

bool AccountPicker::hasAccounts() const
{
    return m_ofKind->rowCount() > 0;
}

void AccountPicker::noteChoice()
{
    const qint64 id = currentIndex() < 0 ? 0 : currentData(AccountListModel::IdRole).toLongLong();
    if (id == m_chosen)
        return;
    m_chosen = id;
    emit accountChosen(id);
}

void AccountPicker::restoreChoice()
{
    m_reloading = false;
    int keep = -1;
    int preferred = -1;
    for (int row = 0; row < m_ofKind->rowCount(); ++row) {
        const QModelIndex index = m_ofKind->index(row, 0);
        if (m_chosen != 0 && index.data(AccountListModel::IdRole).toLongLong() == m_chosen)
            keep = row;
        if (preferred < 0 && !m_preferredRole.isEmpty() &&
            index.data(AccountListModel::PartyRole).toString() == m_preferredRole)
            preferred = row;
    }
    const int row = keep >= 0                  ? keep
                    : preferred >= 0           ? preferred
                    : m_ofKind->rowCount() > 0 ? 0
                                               : -1;
    {
        const QSignalBlocker quiet(this);
        setCurrentIndex(row);
    }
    noteChoice();
    emit listed();
}

} // namespace vcdesk
