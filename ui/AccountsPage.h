#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace vcdesk {

class AccountActions;
class AccountListModel;
class ActivityBase;
class WalletSession;

/// The services the wallet talks to: a list of accounts (name, kind, address), Test (one
/// harmless call with the account's secret: "connection ok" or the reason) and Remove (after
/// confirming), and a form to add one: kind, name, address, role, and its API key or Bearer
/// token (typed hidden, sealed in the wallet, never shown again).
class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    AccountsPage(WalletSession &session, qint64 profileId, QWidget *parent = nullptr);

    AccountListModel *model() const { return m_model; }
    AccountActions *actions() const { return m_actions; }
    void selectRow(int row);

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);
    void back();

private:
    QWidget *addForm();
    void addAccount();
    void showSelected();

    AccountListModel *m_model = nullptr;
    AccountActions *m_actions = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_role = nullptr;
    QComboBox *m_secretKind = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_formProblem = nullptr;
};

} // namespace vcdesk
