#pragma once

#include "core/api/HostedWalletClient.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace vcdesk {

class OutcomeLabel;
class AccountPicker;
class ActivityBase;
class HostedCredentialListModel;
class HostedWalletActions;
class WalletSession;

/// Wallet ▸ Hosted wallet: the credentials a hosted-wallet account (seed 003) holds for the
/// holder, as this wallet remembers their ids (the service lists nothing); the chosen one's
/// live state asked of the service (status, template, type, issuer, claims, as plain text);
/// Copy into this wallet (checked as every added credential; one that is not valid is kept
/// only if the person says so), Forget (asks first; the hosted wallet keeps it), Add by id,
/// and Request from a template (its fields filled here, issued to the holder's DID).
class HostedWalletPage : public QWidget
{
    Q_OBJECT
public:
    HostedWalletPage(WalletSession &session, qint64 profileId, QWidget *parent = nullptr);

    HostedWalletActions *actions() const { return m_actions; }
    HostedCredentialListModel *model() const { return m_model; }
    void selectRow(int row);

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);
    void back();

private:
    QWidget *addByIdForm();
    QWidget *requestForm();
    qint64 currentAccount() const;
    qint64 currentCredential() const;
    void accountChosen();
    void showSelected();
    void showLive(qint64 hostedId, const HostedWalletClient::StoredCredential &credential);
    void showTemplates(qint64 accountId, const QList<HostedWalletClient::Template> &templates);
    void templateChosen();
    void requestChosen();
    void clearAll();

    WalletSession &m_session;
    HostedCredentialListModel *m_model = nullptr;
    HostedWalletActions *m_actions = nullptr;
    AccountPicker *m_account = nullptr;
    QLabel *m_noAccount = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_details = nullptr;
    OutcomeLabel *m_message = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_forget = nullptr;
    QLineEdit *m_idInput = nullptr;
    QPushButton *m_addById = nullptr;
    QPushButton *m_loadTemplates = nullptr;
    QComboBox *m_template = nullptr;
    QFormLayout *m_fields = nullptr;
    QList<QLineEdit *> m_fieldEdits;
    QPushButton *m_request = nullptr;
    QList<HostedWalletClient::Template> m_templates;
    qint64 m_templatesAccount = 0;
    qint64 m_liveId = 0; // the credential m_live was asked for
    HostedWalletClient::StoredCredential m_live;
    qint64 m_selectAfterReload = 0; // a credential just remembered: selected once it is listed
};

} // namespace vcdesk
