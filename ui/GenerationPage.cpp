#include "ui/GenerationPage.h"

#include "core/common/ActivityBase.h"
#include "models/GenerationConsole.h"
#include "models/StatusColour.h"
#include "ui/AccountPicker.h"
#include "ui/ClaimsEditor.h"
#include "ui/LabelledForm.h"
#include "ui/PageTitle.h"
#include "ui/PlainLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace vcdesk {

GenerationPage::GenerationPage(WalletSession &session, qint64 profileId, OperationLog &log,
                               QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("generationPage"));
    m_console = new GenerationConsole(session, log, this);

    m_account = new AccountPicker(session, profileId, QStringLiteral("generator"), this);
    m_account->setObjectName(QStringLiteral("generatorAccount"));
    m_account->setAccessibleName(tr("Generation service account"));
    m_account->setAccessibleDescription(
        tr("Which of your wallet's generator accounts to ask. You add one in Wallet ▸ "
           "Accounts."));
    m_noAccount = new PlainLabel(this, QStringLiteral("noGeneratorAccount"),
                                 tr("No generation service account: add one (kind \"generator\") "
                                    "in Wallet ▸ Accounts."));
    m_flow = new QLineEdit(this);
    m_flow->setObjectName(QStringLiteral("flowId"));
    m_flow->setAccessibleName(tr("Flow id"));
    m_flow->setMaxLength(200);
    m_flow->setPlaceholderText(tr("a new id for each request"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("generationSubject"));
    m_subject->setAccessibleName(tr("Subject DID"));
    m_subject->setPlaceholderText(tr("did:… (optional)"));
    m_claims = new ClaimsEditor(QStringLiteral("generationClaims"), this);
    m_generate = new QPushButton(tr("&Generate"), this);
    m_generate->setObjectName(QStringLiteral("generate"));
    m_generate->setAccessibleName(tr("Generate the credential"));
    m_generate->setToolTip(tr("Sends the claims and subject DID to the chosen service, with a new "
                              "flow id if you left it empty. What happened is said beside the "
                              "button and kept in the operations history."));
    m_message = new PlainLabel(this, QStringLiteral("generationMessage"));
    m_message->setAccessibleName(tr("What happened"));
    m_inspect = new QPushButton(tr("&Open in inspector"), this);
    m_inspect->setObjectName(QStringLiteral("inspectGenerated"));
    m_inspect->setAccessibleName(tr("Open the generated credential in the inspector"));
    m_inspect->setToolTip(tr("Shows the last credential the service made in the inspector, "
                             "where you see it checked. Available once one has been generated."));
    m_inspect->setEnabled(false);

    auto *form = new LabelledForm;
    form->addField(tr("Acco&unt:"), m_account);
    form->addField(tr("Flow i&d:"), m_flow);
    form->addField(tr("&Subject DID:"), m_subject);
    form->addField(tr("C&laims:"), m_claims);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_inspect);
    buttons->addWidget(m_generate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Generation service"), this));
    auto *intro = new PlainLabel(this);
    intro->setText(tr("Ask a generation service (POST /generate) for a credential: the claims "
                      "are the message payload, the subject's DID its \"id\"."));
    layout->addWidget(intro);
    layout->addWidget(m_noAccount);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    connect(m_console, &GenerationConsole::working, this, &GenerationPage::busy);
    connect(m_account, &AccountPicker::listed, this, &GenerationPage::updateButton);
    connect(m_account, &AccountPicker::accountChosen, this, &GenerationPage::updateButton);
    connect(m_claims, &ClaimsEditor::validityChanged, this, &GenerationPage::updateButton);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        const auto claims = m_claims->claims();
        if (!claims || m_account->accountId() == 0)
            return;
        QString flow = m_flow->text().trimmed();
        if (flow.isEmpty())
            flow = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_message->setText(tr("Asking for flow %1…").arg(flow));
        m_message->setStyleSheet({});
        m_console->generate(m_account->accountId(), flow, m_subject->text().trimmed(),
                            claims.value());
    });
    connect(m_console, &GenerationConsole::succeeded, this, [this](const QString &sentence) {
        m_message->setText(sentence);
        m_message->setStyleSheet({});
    });
    connect(m_console, &GenerationConsole::failed, this, [this](const QString &sentence) {
        m_message->setText(sentence);
        m_message->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    });
    connect(m_console, &GenerationConsole::credentialReady, this, [this](const QByteArray &jwt) {
        m_lastCredential = QString::fromUtf8(jwt);
        m_inspect->setEnabled(true);
    });
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        if (!m_lastCredential.isEmpty())
            emit inspectRequested(m_lastCredential);
    });
    updateButton();
}

void GenerationPage::updateButton()
{
    const bool any = m_account->hasAccounts();
    m_noAccount->setVisible(!any);
    m_generate->setEnabled(any && m_account->accountId() != 0 && m_claims->isValid());
}

} // namespace vcdesk
