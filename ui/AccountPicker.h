#pragma once

#include <QComboBox>

class QSortFilterProxyModel;

namespace vcdesk {

class AccountListModel;
class WalletSession;

/// A combo box of the profile's accounts of one kind whose choice survives the list being
/// read again. Every change to the wallet reloads the accounts, and a plain QComboBox jumps
/// back to its first row on each reload: a page would then act with an account the person
/// did not choose, or start over with the one it had.
class AccountPicker : public QComboBox
{
    Q_OBJECT
public:
    AccountPicker(WalletSession &session, qint64 profileId, const QString &kind,
                  QWidget *parent = nullptr);

    /// The account of this role ("issuer", …) is chosen until the person chooses another.
    void setPreferredRole(const QString &role) { m_preferredRole = role; }
    /// The chosen account's id, 0 when there is none.
    qint64 accountId() const { return m_chosen; }
    bool hasAccounts() const;
    AccountListModel *accounts() const { return m_accounts; }

signals:
    /// Another account is chosen (0: none is left). Not emitted when a reload keeps it.
    void accountChosen(qint64 id);
    /// The list was read (again); the choice is already settled.
    void listed();

private:
    void noteChoice();
    void restoreChoice();

    AccountListModel *m_accounts = nullptr;
    QSortFilterProxyModel *m_ofKind = nullptr;
    QString m_preferredRole;
    qint64 m_chosen = 0;
    bool m_reloading = false;
};

} // namespace vcdesk
