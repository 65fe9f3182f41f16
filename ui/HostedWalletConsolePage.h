#pragma once

#include "core/api/HostedWalletClient.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vcdesk {

class OutcomeLabel;
class AccountPicker;
class ActivityBase;
class HostedWalletConsole;
class OperationLog;
class PlainLabel;
class ValidationComparisonModel;
class WalletSession;

/// Console ▸ Hosted wallet: a hosted-wallet account (seed 003) as its operator uses it. A
/// credential by id: Get (its state as plain text), Verify (the service's named validation
/// results next to vcdesk's own checks of the same credential, each difference highlighted
/// and said in words), Delete… (asks first). Issue from a template into a wallet (its fields
/// filled on the page); the new id is put in the id field.
class HostedWalletConsolePage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxFields = 50;

    HostedWalletConsolePage(WalletSession &session, qint64 profileId, OperationLog &log,
                            QWidget *parent = nullptr);

    HostedWalletConsole *console() const { return m_console; }
    ValidationComparisonModel *comparison() const { return m_comparison; }

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);

private:
    QWidget *templateBox();
    qint64 accountId() const;
    QString credentialId() const;
    void updateButtons();
    void showTemplates(const QList<HostedWalletClient::Template> &templates);
    void showTemplateFields();

    HostedWalletConsole *m_console = nullptr;
    AccountPicker *m_account = nullptr;
    PlainLabel *m_noAccount = nullptr;
    QLineEdit *m_id = nullptr;
    QPushButton *m_get = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_delete = nullptr;
    PlainLabel *m_details = nullptr;
    ValidationComparisonModel *m_comparison = nullptr;
    QTableView *m_table = nullptr;
    OutcomeLabel *m_message = nullptr;
    QPushButton *m_loadTemplates = nullptr;
    QComboBox *m_template = nullptr;
    QLineEdit *m_walletId = nullptr;
    QFormLayout *m_fields = nullptr;
    QList<QLineEdit *> m_fieldEdits;
    QPushButton *m_issue = nullptr;
    QList<HostedWalletClient::Template> m_templates;
};

} // namespace vcdesk
