#include "ui/HostedWalletConsolePage.h"

#include "core/common/ActivityBase.h"
#include "core/common/DisplayText.h"
#include "models/HostedWalletConsole.h"
#include "models/ReadableName.h"
#include "models/ValidationComparisonModel.h"
#include "ui/AccountPicker.h"
#include "ui/MessageBox.h"
#include "ui/OutcomeLabel.h"
#include "ui/PageTitle.h"
#include "ui/PlainLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

QPushButton *button(QWidget *parent, const QString &text, const char *name,
                    const QString &accessible)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(accessible);
    return b;
}

} // namespace

HostedWalletConsolePage::HostedWalletConsolePage(WalletSession &session, qint64 profileId,
                                                 OperationLog &log, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("hostedConsolePage"));
    m_console = new HostedWalletConsole(session, log, this);
    m_account = new AccountPicker(session, profileId, QStringLiteral("hosted-wallet"), this);
    m_account->setObjectName(QStringLiteral("hostedConsoleAccount"));
    m_account->setAccessibleName(tr("Hosted wallet account"));
    m_account->setAccessibleDescription(
        tr("Every request on this page goes to this account's hosted wallet, with its API "
           "key."));
    auto *accountLabel = new QLabel(tr("Acco&unt:"), this);
    accountLabel->setBuddy(m_account);
    m_noAccount = new PlainLabel(this, QStringLiteral("noHostedConsoleAccount"),
                                 tr("No hosted wallet account: add one in Wallet ▸ Accounts."));

    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("hostedCredentialId"));
    m_id->setAccessibleName(tr("Credential id at the hosted wallet"));
    m_id->setMaxLength(200);
    m_id->setAccessibleDescription(
        tr("Type the id the hosted wallet gave the credential, or issue one below to have it "
           "filled in. Press Enter to get its state."));
    auto *idLabel = new QLabel(tr("Credential &id:"), this);
    idLabel->setBuddy(m_id);
    m_get = button(this, tr("&Get"), "hostedGet", tr("Get the credential's state"));
    m_verify = button(this, tr("&Verify"), "hostedVerify",
                      tr("Verify at the hosted wallet and compare with vcdesk's checks"));
    m_delete = button(this, tr("&Delete…"), "hostedDelete",
                      tr("Delete the credential at the hosted wallet"));
    m_get->setToolTip(tr("Shows the credential's status, template, type, issuer and claims as "
                         "the hosted wallet keeps them."));
    m_verify->setToolTip(tr("The hosted wallet checks the credential, vcdesk checks it here too, "
                            "and the table shows both answers check by check."));
    m_delete->setToolTip(tr("You are asked to confirm first. The holder loses the credential at "
                            "the hosted wallet, and this cannot be undone."));
    m_details = new PlainLabel(this, QStringLiteral("hostedConsoleDetails"));
    m_details->setAccessibleName(tr("The credential"));
    m_comparison = new ValidationComparisonModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("hostedComparison"));
    m_table->setAccessibleName(tr("The hosted wallet's checks next to vcdesk's"));
    m_table->setAccessibleDescription(
        tr("One row per check: what the hosted wallet says, what vcdesk says, and whether they "
           "agree. Rows where they differ are highlighted."));
    m_table->setModel(m_comparison);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ValidationComparisonModel::CheckColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValidationComparisonModel::AgreeColumn,
                                                      QHeaderView::ResizeToContents);
    m_message = new OutcomeLabel(this, QStringLiteral("hostedConsoleMessage"));

    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(accountLabel);
    accountRow->addWidget(m_account, 1);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(idLabel);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_get);
    idRow->addWidget(m_verify);
    idRow->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Hosted wallet"), this));
    layout->addLayout(accountRow);
    layout->addWidget(m_noAccount);
    layout->addLayout(idRow);
    layout->addWidget(m_details);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(templateBox());

    connect(m_console, &HostedWalletConsole::working, this, &HostedWalletConsolePage::busy);
    connect(m_account, &AccountPicker::listed, this, &HostedWalletConsolePage::updateButtons);
    connect(m_account, &AccountPicker::accountChosen, this,
            &HostedWalletConsolePage::updateButtons);
    connect(m_id, &QLineEdit::textChanged, this, &HostedWalletConsolePage::updateButtons);
    connect(m_get, &QPushButton::clicked, this,
            [this] { m_console->get(accountId(), credentialId()); });
    connect(m_id, &QLineEdit::returnPressed, m_get, &QPushButton::click);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        m_comparison->setComparison({});
        m_console->verify(accountId(), credentialId());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const qint64 account = accountId();
        const QString id = credentialId();
        MessageBox::confirm(this, tr("Delete the credential?"),
                            tr("Credential %1 will be deleted at the hosted wallet. Its holder "
                               "loses it there; this cannot be undone.")
                                .arg(DisplayText::escape(id, 60)),
                            tr("Delete"), [this, account, id] { m_console->remove(account, id); });
    });
    connect(
        m_console, &HostedWalletConsole::fetched, this,
        [this](const HostedWalletClient::StoredCredential &stored) {
            const QJsonObject detail = stored.detail;
            m_details->setText(
                tr("Status %1, template %2, type %3, issuer %4.\nClaims: %5")
                    .arg(DisplayText::escape(stored.status, 40),
                         DisplayText::escape(stored.templateName.isEmpty() ? stored.templateId
                                                                           : stored.templateName,
                                             80),
                         DisplayText::escape(
                             ReadableName::ofValue(detail.value(QStringLiteral("type"))), 120),
                         DisplayText::escape(
                             ReadableName::ofValue(detail.value(QStringLiteral("issuer"))), 120),
                         DisplayText::escape(ReadableName::ofValue(stored.subjectData), 400)));
        });
    connect(m_console, &HostedWalletConsole::compared, m_comparison,
            &ValidationComparisonModel::setComparison);
    connect(m_console, &HostedWalletConsole::removed, this, [this] {
        m_details->clear();
        m_comparison->setComparison({});
    });
    connect(m_console, &HostedWalletConsole::succeeded, this,
            [this](const QString &sentence) { m_message->say(sentence, false); });
    connect(m_console, &HostedWalletConsole::failed, this,
            [this](const QString &sentence) { m_message->say(sentence, true); });
    updateButtons();
}

QWidget *HostedWalletConsolePage::templateBox()
{
    auto *box = new QGroupBox(tr("Issue from a template"), this);
    m_loadTemplates = button(box, tr("&Load templates"), "hostedLoadTemplates",
                             tr("Ask the hosted wallet for its templates"));
    m_loadTemplates->setToolTip(
        tr("Fills the template list with the templates the chosen account can issue from."));
    m_template = new QComboBox(box);
    m_template->setObjectName(QStringLiteral("hostedConsoleTemplate"));
    m_template->setAccessibleName(tr("Template"));
    m_template->setAccessibleDescription(
        tr("Empty until you load the templates. The fields of the template you choose appear "
           "below for you to fill in."));
    m_walletId = new QLineEdit(box);
    m_walletId->setObjectName(QStringLiteral("hostedWalletId"));
    m_walletId->setAccessibleName(tr("The holder's wallet to issue into"));
    m_walletId->setPlaceholderText(tr("the holder's wallet id or DID"));
    m_issue = button(box, tr("I&ssue"), "hostedIssue", tr("Issue from the template"));
    m_issue->setToolTip(tr("The hosted wallet issues a credential from the chosen template, with "
                           "the fields you filled in, into the holder's wallet. Its id then "
                           "appears in the credential id field."));
    m_fields = new QFormLayout;
    auto *templateLabel = new QLabel(tr("&Template:"), box);
    templateLabel->setBuddy(m_template);
    auto *walletLabel = new QLabel(tr("Hold&er's wallet:"), box);
    walletLabel->setBuddy(m_walletId);
    auto *top = new QHBoxLayout;
    top->addWidget(m_loadTemplates);
    top->addWidget(templateLabel);
    top->addWidget(m_template, 1);
    top->addWidget(walletLabel);
    top->addWidget(m_walletId, 1);
    top->addWidget(m_issue);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addLayout(m_fields);
    connect(m_loadTemplates, &QPushButton::clicked, this,
            [this] { m_console->loadTemplates(accountId()); });
    connect(m_console, &HostedWalletConsole::templatesLoaded, this,
            &HostedWalletConsolePage::showTemplates);
    connect(m_template, &QComboBox::currentIndexChanged, this,
            &HostedWalletConsolePage::showTemplateFields);
    connect(m_walletId, &QLineEdit::textChanged, this, &HostedWalletConsolePage::updateButtons);
    connect(m_issue, &QPushButton::clicked, this, [this] {
        const int index = m_template->currentIndex();
        if (index < 0 || index >= m_templates.size())
            return;
        QJsonObject fields;
        for (QLineEdit *edit : std::as_const(m_fieldEdits))
            fields.insert(edit->property("field").toString(), edit->text());
        m_console->issue(accountId(), m_templates.at(index), m_walletId->text().trimmed(), fields);
    });
    connect(m_console, &HostedWalletConsole::issued, m_id, &QLineEdit::setText);
    return box;
}

qint64 HostedWalletConsolePage::accountId() const
{
    return m_account->accountId();
}

QString HostedWalletConsolePage::credentialId() const
{
    return m_id->text().trimmed();
}

void HostedWalletConsolePage::updateButtons()
{
    const bool account = m_account->hasAccounts() && m_account->accountId() != 0;
    m_noAccount->setVisible(!m_account->hasAccounts());
    const bool id = account && !credentialId().isEmpty();
    m_get->setEnabled(id);
    m_verify->setEnabled(id);
    m_delete->setEnabled(id);
    m_loadTemplates->setEnabled(account);
    m_issue->setEnabled(account && m_template->currentIndex() >= 0 &&
                        !m_walletId->text().trimmed().isEmpty());
}

void HostedWalletConsolePage::showTemplates(const QList<HostedWalletClient::Template> &templates)
{
    m_templates = templates;
    m_template->clear();
    for (const auto &t : templates)
        m_template->addItem(DisplayText::escape(t.name.isEmpty() ? t.id : t.name, 80));
    showTemplateFields();
}

void HostedWalletConsolePage::showTemplateFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_fieldEdits.clear();
    const int index = m_template->currentIndex();
    if (index >= 0 && index < m_templates.size()) {
        const QStringList &fields = m_templates.at(index).customFields;
        // The service names the fields: plain-text labels, and no more than a form can hold.
        for (const QString &field : fields.mid(0, kMaxFields)) {
            auto *edit = new QLineEdit(this);
            edit->setProperty("field", field);
            edit->setObjectName(QStringLiteral("hostedField_") + field);
            const QString name = DisplayText::escape(ReadableName::of(field), 60);
            edit->setAccessibleName(name);
            auto *label = new PlainLabel(this, {}, name);
            label->setBuddy(edit);
            m_fields->addRow(label, edit);
            m_fieldEdits << edit;
        }
        if (fields.size() > kMaxFields)
            m_fields->addRow(new PlainLabel(this, {},
                                            tr("The template names %1 fields; the first %2 are "
                                               "shown.")
                                                .arg(fields.size())
                                                .arg(kMaxFields)));
    }
    updateButtons();
}

} // namespace vcdesk
