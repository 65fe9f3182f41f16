#include "ui/AccountsPage.h"

#include "core/common/ActivityBase.h"
#include "core/common/DisplayText.h"
#include "core/store/AccountStore.h"
#include "models/AccountActions.h"
#include "models/AccountListModel.h"
#include "models/StatusColour.h"
#include "ui/MessageBox.h"
#include "ui/PageTitle.h"
#include "ui/PlainLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

} // namespace

AccountsPage::AccountsPage(WalletSession &session, qint64 profileId, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("accountsPage"));
    m_model = new AccountListModel(session, profileId, this);
    m_actions = new AccountActions(session, profileId, this);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setAccessibleDescription(tr("The services your wallet talks to, each with its kind "
                                        "and address. Choose one to test or remove it."));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMaximumHeight(200);
    m_result = new PlainLabel(this, QStringLiteral("checkResult"));
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("testAccount"));
    m_test->setAccessibleName(tr("Test the connection of the chosen account"));
    m_test->setToolTip(tr("Your wallet asks the service something that changes nothing, with "
                          "this account's key or token, and shows beside the button whether it "
                          "answered."));
    m_remove = new QPushButton(tr("Re&move…"), this);
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    m_remove->setAccessibleName(tr("Remove the chosen account"));
    m_remove->setToolTip(tr("After you confirm, your wallet forgets the account, its key or "
                            "token and the offers it brought; credentials already received stay."));
    auto *back = new QPushButton(tr("Back"), this);
    back->setObjectName(QStringLiteral("back"));
    back->setToolTip(tr("Returns to the list of credentials in your wallet."));
    back->setShortcut(QKeySequence::Back);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_result, 1);
    listButtons->addWidget(m_test);
    listButtons->addWidget(m_remove);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(back);
    bottom->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Accounts"), this));
    auto *intro = new PlainLabel(this, QStringLiteral("intro"));
    intro->setText(tr("The issuer agents, verifiers, hosted wallets and generation services this "
                      "wallet talks to. Their keys and tokens are sealed in the wallet."));
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(listButtons);
    layout->addWidget(addForm());
    layout->addStretch();
    layout->addLayout(bottom);

    connect(back, &QPushButton::clicked, this, &AccountsPage::back);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPage::showSelected);
    connect(m_actions, &AccountActions::working, this, &AccountsPage::busy);
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (const Account *account = m_model->accountAt(m_list->currentIndex().row())) {
            m_result->setStyleSheet(QString());
            m_result->setText(tr("Testing %1…").arg(account->name));
            m_actions->check(account->id);
        }
    });
    connect(m_actions, &AccountActions::checked, this,
            [this](qint64, bool ok, const QString &text) {
                m_result->setStyleSheet(
                    ok ? StatusColour::textStyle(StatusColour::Tone::Success, palette())
                       : StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
                m_result->setText(ok ? text : tr("Not ok: %1").arg(DisplayText::escape(text, 400)));
            });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const Account *account = m_model->accountAt(m_list->currentIndex().row());
        if (!account)
            return;
        const qint64 id = account->id;
        MessageBox::confirm(this, tr("Remove the account?"),
                            tr("Remove “%1”? Its key goes with it, and so do the offers it "
                               "brought; credentials already received stay.")
                                .arg(account->name),
                            tr("Remove"), [this, id] { m_actions->remove(id); });
    });
    connect(m_actions, &AccountActions::failed, this, [this](const QString &text) {
        m_formProblem->setText(DisplayText::escape(text, 400));
    });
    connect(m_actions, &AccountActions::added, this, [this](const QString &name) {
        m_formProblem->clear();
        m_result->setStyleSheet(QString());
        m_result->setText(tr("Added “%1”. Test it to see that it answers.").arg(name));
        m_name->clear();
        m_url->clear();
        m_role->clear();
        m_secret->clear();
    });
    showSelected();
}

QWidget *AccountsPage::addForm()
{
    auto *box = new QGroupBox(tr("Add an account"), this);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("accountKind"));
    m_kind->setAccessibleName(tr("Kind of service"));
    m_kind->setAccessibleDescription(tr("What the service is: an issuer agent, a verifier, a "
                                        "hosted wallet or a generation service. The pages that "
                                        "work with that kind of service offer the account."));
    for (const QString &kind : AccountStore::kinds())
        m_kind->addItem(AccountListModel::kindText(kind), kind);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setAccessibleName(tr("Account name"));
    m_name->setPlaceholderText(tr("e.g. City library"));
    m_url = new QLineEdit(box);
    m_url->setObjectName(QStringLiteral("accountUrl"));
    m_url->setAccessibleName(tr("Service address"));
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_role = new QLineEdit(box);
    m_role->setObjectName(QStringLiteral("accountRole"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setPlaceholderText(tr("e.g. holder, Verifier_User (optional)"));
    m_secretKind = new QComboBox(box);
    m_secretKind->setObjectName(QStringLiteral("secretKind"));
    m_secretKind->setAccessibleName(tr("How it signs in"));
    m_secretKind->setAccessibleDescription(tr("How the service expects your wallet to sign in: "
                                              "with an API key, a bearer token or nothing. With "
                                              "nothing, the secret field is turned off."));
    m_secretKind->addItem(tr("API key"), int(Account::SecretKind::ApiKey));
    m_secretKind->addItem(tr("Bearer token"), int(Account::SecretKind::Bearer));
    m_secretKind->addItem(tr("Nothing"), int(Account::SecretKind::None));
    m_secret = new QLineEdit(box);
    m_secret->setObjectName(QStringLiteral("accountSecret"));
    m_secret->setAccessibleName(tr("API key or token"));
    m_secret->setAccessibleDescription(tr("Paste the key or token the service gave you; it "
                                          "stays hidden. Your wallet keeps it sealed, and the "
                                          "field forgets it once you add the account."));
    m_secret->setEchoMode(QLineEdit::Password);
    m_formProblem = new PlainLabel(box, QStringLiteral("formProblem"));
    m_formProblem->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    auto *add = new QPushButton(tr("&Add account"), box);
    add->setObjectName(QStringLiteral("addAccount"));
    add->setAccessibleName(tr("Add the account"));
    add->setToolTip(tr("Your wallet keeps the account with its key or token sealed; if "
                       "something is missing, the form says what. Test the account afterwards to "
                       "see that the service answers."));

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("A&ddress:"), m_url);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("Signs in &with:"), m_secretKind);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(m_formProblem);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(add);
    form->addRow(addRow);
    connect(add, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_secretKind, &QComboBox::currentIndexChanged, this, [this] {
        m_secret->setEnabled(m_secretKind->currentData().toInt() != int(Account::SecretKind::None));
    });
    return box;
}

void AccountsPage::addAccount()
{
    Account account;
    account.kind = m_kind->currentData().toString();
    account.name = m_name->text().trimmed();
    account.baseUrl = m_url->text().trimmed();
    account.role = m_role->text().trimmed();
    account.secretKind = Account::SecretKind(m_secretKind->currentData().toInt());
    if (account.baseUrl.isEmpty()) {
        m_formProblem->setText(tr("Give the service's address."));
        return;
    }
    if (account.secretKind != Account::SecretKind::None) {
        account.secret = m_secret->text().toUtf8();
        if (account.secret.isEmpty()) {
            m_formProblem->setText(tr("Give its API key or token, or choose “Nothing”."));
            return;
        }
    }
    m_secret->clear(); // the field forgets it; the wallet seals its copy
    m_actions->add(std::move(account));
}

void AccountsPage::selectRow(int row)
{
    m_list->setCurrentIndex(m_model->index(row));
}

void AccountsPage::showSelected()
{
    const bool chosen = m_model->accountAt(m_list->currentIndex().row()) != nullptr;
    m_test->setEnabled(chosen);
    m_remove->setEnabled(chosen);
    const QString none = tr("No accounts yet.");
    if (m_model->rowCount() == 0)
        m_result->setText(none);
    else if (m_result->text() == none)
        m_result->clear();
}

} // namespace vcdesk
