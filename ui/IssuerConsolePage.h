#pragma once

#include "core/api/IssuerOffer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace vcdesk {

class OutcomeLabel;
class AccountPicker;
class ActivityBase;
class CustodialIssueForm;
class IssuerConsole;
class IssuerOfferForm;
class OperationLog;
class PlainLabel;
class WalletSession;

/// Console ▸ Issuer agent: one of the wallet's issuer-agent accounts (seed 001) and what it
/// can do. Records: the exchanges with their protocol states, polled every 2 s while the page
/// is shown (a change shows in bold without a refresh; F5 asks now), Issue an accepted offer,
/// Revoke… (asks first). New offer and Custodial issuance are forms; Look up asks match/{type}.
/// Each action's progress and Cancel are in the status bar, its outcome a sentence under the
/// tabs; a credential an action brought back opens in the inspector.
class IssuerConsolePage : public QWidget
{
    Q_OBJECT
public:
    IssuerConsolePage(WalletSession &session, qint64 profileId, OperationLog &log,
                      QWidget *parent = nullptr);

    IssuerConsole *console() const { return m_console; }
    QTableView *recordsView() const { return m_table; }
    IssuerOfferForm *offerForm() const { return m_offerForm; }
    CustodialIssueForm *custodialForm() const { return m_custodialForm; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Selects the record in the table (tests, and after an action).
    bool selectRecord(const QString &recordId);

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);
    /// A credential (the JWT text) to open in the inspector.
    void inspectRequested(const QString &token);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *recordsTab();
    QWidget *lookUpTab();
    void accountChosen(qint64 id);
    void showAccountCount();
    void updateButtons();
    const IssuerOffer *selectedRecord() const;
    void keepCredential(const IssuerOffer &record);

    IssuerConsole *m_console = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    AccountPicker *m_account = nullptr;
    PlainLabel *m_noAccount = nullptr;
    PlainLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_revoke = nullptr;
    IssuerOfferForm *m_offerForm = nullptr;
    CustodialIssueForm *m_custodialForm = nullptr;
    QLineEdit *m_claimType = nullptr;
    QPushButton *m_lookUp = nullptr;
    OutcomeLabel *m_message = nullptr;
    QPushButton *m_inspect = nullptr;
    QString m_lastCredential; // the JWT of the credential an action brought back
};

} // namespace vcdesk
