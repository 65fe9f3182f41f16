#pragma once

#include "core/api/IssuerAgentClient.h"

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace vcdesk {

class ClaimsEditor;
class ConnectionPicker;
class ValidityBox;

/// The Issuer agent page's "Custodial issuance" tab (seed 001 issuance/custodial): offer,
/// accept and issue in one call for a holder whose key the wallet keeps as an account. The
/// holder's account, the connection (its DIDs filled in when listed), the DIDs, validity,
/// claims, and "Reuse the latest credential of this type" (the seed's noDuplicate).
class CustodialIssueForm : public QWidget
{
    Q_OBJECT
public:
    /// `accounts`: the issuer-agent accounts (AccountListModel rows, filtered).
    explicit CustodialIssueForm(QAbstractItemModel *accounts, QWidget *parent = nullptr);

    ConnectionPicker *connectionPicker() const { return m_connection; }
    ClaimsEditor *claimsEditor() const { return m_claims; }
    QComboBox *holderAccount() const { return m_holder; }
    QCheckBox *noDuplicateBox() const { return m_noDuplicate; }
    QPushButton *issueButton() const { return m_issue; }

signals:
    void issueRequested(qint64 holderAccountId,
                        const vcdesk::IssuerAgentClient::CustodialRequest &request);

private:
    void updateButton();

    QComboBox *m_holder = nullptr;
    ConnectionPicker *m_connection = nullptr;
    QLineEdit *m_issuerDid = nullptr;
    QLineEdit *m_holderDid = nullptr;
    ValidityBox *m_validity = nullptr;
    ClaimsEditor *m_claims = nullptr;
    QCheckBox *m_noDuplicate = nullptr;
    QPushButton *m_issue = nullptr;
};

} // namespace vcdesk
