#include "ui/IssuerOfferForm.h"

#include "ui/ClaimsEditor.h"
#include "ui/ConnectionPicker.h"
#include "ui/LabelledForm.h"
#include "ui/ValidityBox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace vcdesk {

IssuerOfferForm::IssuerOfferForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("issuerOfferForm"));
    m_connection = new ConnectionPicker(QStringLiteral("offerConnection"), this);
    m_author = new QLineEdit(this);
    m_author->setObjectName(QStringLiteral("offerAuthor"));
    m_author->setAccessibleName(tr("Author DID"));
    m_author->setPlaceholderText(tr("the issuer's published DID"));
    m_validity = new ValidityBox(QStringLiteral("offerValidity"), this);
    m_validity->setAccessibleDescription(
        tr("How long the offered credential stays valid, from one minute up to ten years. The "
           "arrow keys change it by an hour."));
    m_claims = new ClaimsEditor(QStringLiteral("offerClaims"), this);
    m_create = new QPushButton(tr("C&reate offer"), this);
    m_create->setObjectName(QStringLiteral("createOffer"));
    m_create->setAccessibleName(tr("Create the offer"));
    m_create->setToolTip(tr("The issuer agent makes an offer of these claims to the holder on "
                            "the chosen connection. It then appears under Records."));

    auto *form = new LabelledForm;
    form->addField(tr("Co&nnection:"), m_connection);
    form->addField(tr("&Author DID:"), m_author);
    form->addField(tr("&Valid for:"), m_validity);
    form->addField(tr("C&laims:"), m_claims);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_create);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    connect(m_connection, &ConnectionPicker::chosen, this,
            [this](const IssuerAgentClient::Connection &c) {
                if (!c.issuerDid.isEmpty())
                    m_author->setText(c.issuerDid);
            });
    connect(m_connection, &QComboBox::currentTextChanged, this, &IssuerOfferForm::updateButton);
    connect(m_author, &QLineEdit::textChanged, this, &IssuerOfferForm::updateButton);
    connect(m_claims, &ClaimsEditor::validityChanged, this, &IssuerOfferForm::updateButton);
    connect(m_create, &QPushButton::clicked, this, [this] {
        const auto claims = m_claims->claims();
        if (!claims)
            return;
        emit createRequested(m_connection->connectionId(), m_author->text().trimmed(),
                             m_validity->value(), claims.value());
    });
    updateButton();
}

void IssuerOfferForm::updateButton()
{
    m_create->setEnabled(!m_connection->connectionId().isEmpty() &&
                         !m_author->text().trimmed().isEmpty() && m_claims->isValid());
}

} // namespace vcdesk
