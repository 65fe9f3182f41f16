#include "ui/HostedWalletPage.h"

#include "core/common/DisplayText.h"
#include "models/HostedCredentialListModel.h"
#include "models/HostedWalletActions.h"
#include "models/ReadableName.h"
#include "models/WalletSession.h"
#include "ui/AccountPicker.h"
#include "ui/MessageBox.h"
#include "ui/OutcomeLabel.h"
#include "ui/PageTitle.h"
#include "ui/PlainLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

/// A JSON value from the hosted wallet as one line of plain text.
QString oneLine(const QJsonValue &value)
{
    return DisplayText::escape(ReadableName::ofValue(value), 300);
}

} // namespace

HostedWalletPage::HostedWalletPage(WalletSession &session, qint64 profileId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("hostedWalletPage"));
    m_model = new HostedCredentialListModel(session, this);
    m_actions = new HostedWalletActions(session, profileId, this);

    auto *intro = new PlainLabel(this, QStringLiteral("intro"));
    intro->setText(tr("What a hosted wallet holds for you. Its service lists nothing, so this "
                      "wallet remembers the ids it learns: those requested here and those you "
                      "add."));
    m_account = new AccountPicker(session, profileId, QStringLiteral("hosted-wallet"), this);
    m_account->setObjectName(QStringLiteral("hostedAccount"));
    m_account->setAccessibleName(tr("Hosted wallet account"));
    m_account->setAccessibleDescription(tr("Choose which of your hosted wallet accounts the "
                                           "list, the templates and the requests below use."));
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);
    m_noAccount = new PlainLabel(this, QStringLiteral("noAccount"),
                                 tr("No hosted wallet account: add one in Wallet ▸ Accounts."));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("hostedList"));
    m_list->setAccessibleName(tr("Credentials the hosted wallet holds"));
    m_list->setAccessibleDescription(tr("The credentials your wallet remembers for this account. "
                                        "Choose one to see what it holds, copy it here or forget "
                                        "it."));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMaximumHeight(180);
    m_details = new PlainLabel(this, QStringLiteral("hostedDetails"));
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setAccessibleName(tr("The chosen credential"));
    m_message = new OutcomeLabel(this, QStringLiteral("hostedMessage"));

    m_copy = new QPushButton(tr("&Copy into this wallet"), this);
    m_copy->setObjectName(QStringLiteral("copyHosted"));
    m_copy->setAccessibleName(tr("Copy the chosen credential into this wallet"));
    m_copy->setToolTip(tr("Your wallet fetches the credential from the hosted wallet and checks "
                          "it; one that is not valid is kept only if you say so. The hosted "
                          "wallet keeps it too."));
    m_forget = new QPushButton(tr("&Forget…"), this);
    m_forget->setObjectName(QStringLiteral("forgetHosted"));
    m_forget->setAccessibleName(tr("Forget the chosen credential's id"));
    m_forget->setToolTip(tr("This wallet forgets the id; the hosted wallet keeps the "
                            "credential, and a copy here stays."));
    auto *back = new QPushButton(tr("Back"), this);
    back->setObjectName(QStringLiteral("back"));
    back->setAccessibleName(tr("Back to the credentials"));
    back->setToolTip(tr("Returns to the list of credentials in your wallet."));
    back->setShortcut(QKeySequence::Back);

    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(accountLabel);
    accountRow->addWidget(m_account, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_message, 1);
    listButtons->addWidget(m_forget);
    listButtons->addWidget(m_copy);
    auto *forms = new QHBoxLayout;
    forms->addWidget(requestForm(), 3);
    forms->addWidget(addByIdForm(), 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(back);
    bottom->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Hosted wallet"), this));
    layout->addWidget(intro);
    layout->addLayout(accountRow);
    layout->addWidget(m_noAccount);
    layout->addWidget(m_list);
    layout->addWidget(m_details, 1);
    layout->addLayout(listButtons);
    layout->addLayout(forms);
    layout->addLayout(bottom);

    connect(back, &QPushButton::clicked, this, &HostedWalletPage::back);
    connect(m_actions, &HostedWalletActions::working, this, &HostedWalletPage::busy);
    connect(m_account, &AccountPicker::accountChosen, this, &HostedWalletPage::accountChosen);
    connect(m_account, &AccountPicker::listed, this, &HostedWalletPage::accountChosen);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HostedWalletPage::showSelected);
    // The list reloads after every change to the wallet: the chosen credential stays chosen.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_selectAfterReload == 0)
            m_selectAfterReload = currentCredential();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(std::exchange(m_selectAfterReload, 0));
        if (row >= 0)
            selectRow(row);
        else
            showSelected();
    });
    connect(&session, &WalletSession::locked, this, &HostedWalletPage::clearAll);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentCredential()) {
            m_message->say(tr("Copying…"));
            m_actions->copy(id);
        }
    });
    connect(m_actions, &HostedWalletActions::copyNeedsDecision, this,
            [this](qint64, const QString &verdict, const QString &report) {
                const QString question =
                    tr("The copy is “%1”:\n%2\n\nKeep it in your wallet anyway? It is kept "
                       "marked “%1”.")
                        .arg(verdict, report);
                m_message->say(tr("The copy is “%1”; nothing is stored unless you keep it.\n%2")
                                   .arg(verdict, report),
                               true);
                MessageBox::confirm(this, tr("Keep a copy that is not valid?"), question,
                                    tr("Keep it"), [this] { m_actions->keepCopy(); });
            });
    connect(m_actions, &HostedWalletActions::copied, this,
            [this](qint64, qint64, bool, const QString &sentence) { m_message->say(sentence); });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        const HostedCredential *chosen = m_model->credentialAt(m_list->currentIndex().row());
        if (!chosen)
            return;
        const qint64 id = chosen->id;
        MessageBox::confirm(this, tr("Forget the credential?"),
                            tr("Forget “%1”? This wallet no longer lists it; the hosted wallet "
                               "keeps it, and a copy in this wallet stays.")
                                .arg(HostedCredentialListModel::titleOf(*chosen)),
                            tr("Forget"), [this, id] { m_actions->forget(id); });
    });
    connect(m_actions, &HostedWalletActions::forgotten, this,
            [this] { m_message->say(tr("Forgotten. The hosted wallet keeps the credential.")); });
    connect(m_actions, &HostedWalletActions::added, this, [this](qint64 hostedId) {
        m_idInput->clear();
        m_selectAfterReload = hostedId;
        m_message->say(tr("Added. It is listed above."));
    });
    connect(m_actions, &HostedWalletActions::requested, this,
            [this](qint64 hostedId, const QString &title) {
                for (QLineEdit *edit : std::as_const(m_fieldEdits))
                    edit->clear();
                m_selectAfterReload = hostedId;
                m_message->say(
                    tr("The hosted wallet issued “%1” to you. It is listed above; copy it to "
                       "keep it here too.")
                        .arg(DisplayText::escape(title, 80)));
            });
    connect(m_actions, &HostedWalletActions::templatesLoaded, this,
            &HostedWalletPage::showTemplates);
    connect(m_actions, &HostedWalletActions::fetched, this, &HostedWalletPage::showLive);
    connect(m_actions, &HostedWalletActions::fetchFailed, this,
            [this](qint64 hostedId, const QString &sentence) {
                if (hostedId == currentCredential())
                    m_details->setText(
                        m_details->text() + QLatin1Char('\n') +
                        tr("The hosted wallet could not be asked: %1").arg(sentence));
            });
    connect(m_actions, &HostedWalletActions::failed, this,
            [this](const QString &title, const QString &message) {
                m_message->say(tr("%1: %2").arg(title, message), true);
            });
    accountChosen();
}

QWidget *HostedWalletPage::addByIdForm()
{
    auto *box = new QGroupBox(tr("Add by id"), this);
    m_idInput = new QLineEdit(box);
    m_idInput->setObjectName(QStringLiteral("hostedIdInput"));
    m_idInput->setAccessibleName(tr("The hosted wallet's id of a credential"));
    m_idInput->setPlaceholderText(tr("e.g. 654cb11409081b002b4f782f"));
    m_idInput->setMaxLength(200);
    m_addById = new QPushButton(tr("A&dd by id"), box);
    m_addById->setObjectName(QStringLiteral("addById"));
    m_addById->setAccessibleName(tr("Remember the id, once the hosted wallet knows it"));
    m_addById->setToolTip(tr("Your wallet asks the hosted wallet for the credential with the id "
                             "you typed and, if it has it, lists it above. Nothing is copied into "
                             "this wallet yet."));
    auto *idLabel = new QLabel(tr("&Id:"), box);
    idLabel->setBuddy(m_idInput);
    auto *form = new QFormLayout(box);
    form->addRow(idLabel, m_idInput);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_addById);
    form->addRow(row);
    connect(m_addById, &QPushButton::clicked, this, [this] {
        if (const qint64 account = currentAccount()) {
            m_message->say(tr("Asking the hosted wallet for “%1”…")
                               .arg(DisplayText::escape(m_idInput->text().trimmed(), 80)));
            m_actions->addById(account, m_idInput->text());
        }
    });
    connect(m_idInput, &QLineEdit::returnPressed, m_addById, &QPushButton::click);
    return box;
}

QWidget *HostedWalletPage::requestForm()
{
    auto *box = new QGroupBox(tr("Request from a template"), this);
    m_loadTemplates = new QPushButton(tr("Get &templates"), box);
    m_loadTemplates->setObjectName(QStringLiteral("loadTemplates"));
    m_loadTemplates->setAccessibleName(tr("Ask the hosted wallet for its templates"));
    m_loadTemplates->setToolTip(tr("Your wallet fetches the credential templates of the chosen "
                                   "account and lists them in the Template box."));
    m_template = new QComboBox(box);
    m_template->setObjectName(QStringLiteral("templateChoice"));
    m_template->setAccessibleName(tr("Template"));
    m_template->setAccessibleDescription(tr("The template to request a credential from. "
                                            "Choosing one shows the fields it asks you to fill "
                                            "in below."));
    m_template->setPlaceholderText(tr("Get the templates first"));
    m_request = new QPushButton(tr("&Request"), box);
    m_request->setObjectName(QStringLiteral("requestHosted"));
    m_request->setAccessibleName(tr("Have the hosted wallet issue the credential to you"));
    m_request->setToolTip(tr("The hosted wallet issues a credential from the chosen template, "
                             "with the fields you filled in, in the name of your wallet's default "
                             "key. It is then listed above, and you can copy it here."));
    auto *templateLabel = new QLabel(tr("Te&mplate:"), box);
    templateLabel->setBuddy(m_template);
    auto *top = new QHBoxLayout;
    top->addWidget(templateLabel);
    top->addWidget(m_template, 1);
    top->addWidget(m_loadTemplates);
    m_fields = new QFormLayout;
    auto *requestRow = new QHBoxLayout;
    requestRow->addStretch();
    requestRow->addWidget(m_request);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addLayout(m_fields);
    layout->addLayout(requestRow);
    connect(m_loadTemplates, &QPushButton::clicked, this, [this] {
        if (const qint64 account = currentAccount())
            m_actions->loadTemplates(account);
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, &HostedWalletPage::templateChosen);
    connect(m_request, &QPushButton::clicked, this, &HostedWalletPage::requestChosen);
    return box;
}

qint64 HostedWalletPage::currentAccount() const
{
    return m_account->accountId();
}

qint64 HostedWalletPage::currentCredential() const
{
    const HostedCredential *chosen = m_model->credentialAt(m_list->currentIndex().row());
    return chosen ? chosen->id : 0;
}

void HostedWalletPage::selectRow(int row)
{
    m_list->setCurrentIndex(m_model->index(row));
}

void HostedWalletPage::accountChosen()
{
    const qint64 account = currentAccount();
    const bool any = m_account->hasAccounts();
    m_noAccount->setVisible(!any && m_session.isUnlocked());
    m_account->setEnabled(any);
    m_idInput->setEnabled(account > 0);
    m_addById->setEnabled(account > 0);
    m_loadTemplates->setEnabled(account > 0);
    if (account != m_templatesAccount)
        showTemplates(account, {}); // another account's templates do not apply
    m_model->setAccount(account);
    showSelected();
}

void HostedWalletPage::showSelected()
{
    const HostedCredential *chosen = m_model->credentialAt(m_list->currentIndex().row());
    m_copy->setEnabled(chosen != nullptr);
    m_forget->setEnabled(chosen != nullptr);
    if (!chosen) {
        m_details->setText(currentAccount() == 0 ? QString()
                           : m_model->rowCount() == 0
                               ? tr("No credentials remembered for this account yet: request "
                                    "one from a template, or add one by its id.")
                               : tr("Choose a credential to see what it holds."));
        return;
    }
    QStringList lines{
        HostedCredentialListModel::titleOf(*chosen),
        tr("Id in the hosted wallet: %1").arg(DisplayText::escape(chosen->remoteId, 200)),
        chosen->credentialId > 0 ? tr("A copy is in this wallet.")
                                 : tr("Not copied into this wallet."),
        tr("Asking the hosted wallet…")};
    m_details->setText(lines.join(QLatin1Char('\n')));
    // Asked once per selection: the list reloads after every change to the wallet.
    if (m_liveId == chosen->id)
        showLive(chosen->id, m_live);
    else
        m_actions->fetch(chosen->id);
}

void HostedWalletPage::showLive(qint64 hostedId,
                                const HostedWalletClient::StoredCredential &credential)
{
    const HostedCredential *chosen = m_model->credentialAt(m_list->currentIndex().row());
    if (!chosen || chosen->id != hostedId)
        return; // the selection moved on
    m_liveId = hostedId;
    m_live = credential;
    const QJsonObject &detail = credential.detail;
    const QJsonValue issuer = detail.value(QStringLiteral("issuer"));
    QStringList lines{
        HostedCredentialListModel::titleOf(*chosen),
        tr("Id in the hosted wallet: %1").arg(DisplayText::escape(chosen->remoteId, 200)),
        chosen->credentialId > 0 ? tr("A copy is in this wallet.")
                                 : tr("Not copied into this wallet."),
        tr("Status: %1").arg(DisplayText::escape(credential.status, 60)),
        tr("Template: %1")
            .arg(DisplayText::escape(credential.templateName.isEmpty() ? credential.templateId
                                                                       : credential.templateName,
                                     120)),
        tr("Type: %1").arg(oneLine(detail.value(QStringLiteral("type")))),
        tr("Issuer: %1").arg(oneLine(issuer.isObject() ? issuer[QStringLiteral("id")] : issuer)),
        tr("What it says:")};
    const QJsonObject subject = detail.value(QStringLiteral("credentialSubject")).toObject();
    for (auto it = subject.constBegin(); it != subject.constEnd(); ++it)
        lines << QStringLiteral("• ") +
                     tr("%1: %2").arg(DisplayText::escape(ReadableName::of(it.key()), 120),
                                      oneLine(it.value()));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void HostedWalletPage::showTemplates(qint64 accountId,
                                     const QList<HostedWalletClient::Template> &templates)
{
    if (accountId != currentAccount())
        return;
    m_templatesAccount = accountId;
    m_templates = templates;
    m_template->clear();
    for (const HostedWalletClient::Template &t : templates)
        m_template->addItem(DisplayText::escape(t.name.isEmpty() ? t.id : t.name, 80));
    // With a placeholder the combo chooses nothing by itself: the first template it is.
    m_template->setCurrentIndex(templates.isEmpty() ? -1 : 0);
    templateChosen();
}

void HostedWalletPage::templateChosen()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_fieldEdits.clear();
    const int index = m_template->currentIndex();
    m_request->setEnabled(index >= 0 && index < m_templates.size());
    if (!m_request->isEnabled())
        return;
    for (const QString &field : m_templates[index].customFields) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("field_") + field);
        const QString label = DisplayText::escape(ReadableName::of(field), 60);
        edit->setAccessibleName(label);
        edit->setProperty("field", field);
        edit->setMaxLength(1000);
        m_fields->addRow(tr("%1:").arg(label), edit);
        m_fieldEdits << edit;
    }
}

void HostedWalletPage::requestChosen()
{
    const int index = m_template->currentIndex();
    const qint64 account = currentAccount();
    if (index < 0 || index >= m_templates.size() || account == 0)
        return;
    QJsonObject fields;
    for (QLineEdit *edit : std::as_const(m_fieldEdits))
        if (!edit->text().trimmed().isEmpty())
            fields.insert(edit->property("field").toString(), edit->text().trimmed());
    m_message->say(tr("Asking the hosted wallet to issue it…"));
    m_actions->request(account, m_templates[index], fields);
}

void HostedWalletPage::clearAll()
{
    // Nothing of a locked wallet stays on the page (the models empty themselves).
    m_actions->dropCopy();
    m_idInput->clear();
    m_templates.clear();
    m_templatesAccount = 0;
    m_template->clear();
    templateChosen();
    m_liveId = 0;
    m_live = {};
    m_message->say({});
    m_details->clear();
}

} // namespace vcdesk
