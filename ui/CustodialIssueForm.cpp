#include "ui/CustodialIssueForm.h"

#include "models/AccountListModel.h"
#include "ui/ClaimsEditor.h"
#include "ui/ConnectionPicker.h"
#include "ui/LabelledForm.h"
#include "ui/ValidityBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace vcdesk {

CustodialIssueForm::CustodialIssueForm(QAbstractItemModel *accounts, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("custodialForm"));
    m_holder = new QComboBox(this);
    m_holder->setObjectName(QStringLiteral("custodialHolder"));
    m_holder->setAccessibleName(tr("The holder's account"));
    m_holder->setModel(accounts);
    m_holder->setAccessibleDescription(
        tr("Choose the holder's account at this same issuer agent. Its key goes to the agent "
           "with the request, so the agent can accept the credential for the holder."));
    m_connection = new ConnectionPicker(QStringLiteral("custodialConnection"), this);
    const auto didEdit = [this](const QString &name, const QString &accessible,
                                const QString &description) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setAccessibleDescription(description);
        return edit;
    };
    m_issuerDid = didEdit(QStringLiteral("custodialIssuerDid"), tr("Issuer DID"),
                          tr("Type the did: address the credential is issued under. "
                             "Choosing a connection fills it in when the agent names it."));
    m_holderDid = didEdit(QStringLiteral("custodialHolderDid"), tr("Holder DID"),
                          tr("Type the holder's did: address the credential is issued to. "
                             "Choosing a connection fills it in when the agent names it."));
    m_validity = new ValidityBox(QStringLiteral("custodialValidity"), this);
    m_validity->setAccessibleDescription(
        tr("How long the issued credential stays valid, from one minute up to ten years. The "
           "arrow keys change it by an hour."));
    m_claims = new ClaimsEditor(QStringLiteral("custodialClaims"), this);
    m_noDuplicate = new QCheckBox(tr("Reuse the &latest credential of this type instead of "
                                     "issuing another"),
                                  this);
    m_noDuplicate->setObjectName(QStringLiteral("noDuplicate"));
    m_noDuplicate->setAccessibleName(tr("Reuse the latest credential of this type"));
    m_noDuplicate->setToolTip(tr("When the holder already has a credential of this type, the "
                                 "agent gives that one back and issues nothing new."));
    m_issue = new QPushButton(tr("&Issue to the holder"), this);
    m_issue->setObjectName(QStringLiteral("issueCustodial"));
    m_issue->setAccessibleName(tr("Issue custodially"));
    m_issue->setToolTip(tr("The issuer agent offers the credential and accepts it for the holder "
                           "in one step, with the keys of both accounts."));

    auto *form = new LabelledForm;
    form->addField(tr("Holder's a&ccount:"), m_holder);
    form->addField(tr("Co&nnection:"), m_connection);
    form->addField(tr("Is&suer DID:"), m_issuerDid);
    form->addField(tr("Holder &DID:"), m_holderDid);
    form->addField(tr("&Valid for:"), m_validity);
    form->addField(tr("C&laims:"), m_claims);
    form->addRow(QString(), m_noDuplicate);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_issue);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    connect(m_connection, &ConnectionPicker::chosen, this,
            [this](const IssuerAgentClient::Connection &c) {
                if (!c.issuerDid.isEmpty())
                    m_issuerDid->setText(c.issuerDid);
                if (!c.holderDid.isEmpty())
                    m_holderDid->setText(c.holderDid);
            });
    for (QLineEdit *edit : {m_issuerDid, m_holderDid})
        connect(edit, &QLineEdit::textChanged, this, &CustodialIssueForm::updateButton);
    connect(m_connection, &QComboBox::currentTextChanged, this, &CustodialIssueForm::updateButton);
    connect(m_holder, &QComboBox::currentIndexChanged, this, &CustodialIssueForm::updateButton);
    connect(m_claims, &ClaimsEditor::validityChanged, this, &CustodialIssueForm::updateButton);
    connect(m_issue, &QPushButton::clicked, this, [this] {
        const auto claims = m_claims->claims();
        if (!claims || m_holder->currentIndex() < 0)
            return;
        IssuerAgentClient::CustodialRequest request;
        request.connectionId = m_connection->connectionId();
        request.issuerDid = m_issuerDid->text().trimmed();
        request.holderDid = m_holderDid->text().trimmed();
        request.validitySeconds = m_validity->value();
        request.claims = claims.value();
        request.noDuplicate = m_noDuplicate->isChecked();
        emit issueRequested(m_holder->currentData(AccountListModel::IdRole).toLongLong(), request);
    });
    updateButton();
}

void CustodialIssueForm::updateButton()
{
    m_issue->setEnabled(m_holder->currentIndex() >= 0 && !m_connection->connectionId().isEmpty() &&
                        !m_issuerDid->text().trimmed().isEmpty() &&
                        !m_holderDid->text().trimmed().isEmpty() && m_claims->isValid());
}

} // namespace vcdesk
