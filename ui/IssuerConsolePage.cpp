#include "ui/IssuerConsolePage.h"

#include "core/common/ActivityBase.h"
#include "core/common/DisplayText.h"
#include "models/IssuerConsole.h"
#include "models/IssuerRecordModel.h"
#include "ui/AccountPicker.h"
#include "ui/ConnectionPicker.h"
#include "ui/CustodialIssueForm.h"
#include "ui/IssuerOfferForm.h"
#include "ui/MessageBox.h"
#include "ui/OutcomeLabel.h"
#include "ui/PageTitle.h"
#include "ui/PlainLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vcdesk {

IssuerConsolePage::IssuerConsolePage(WalletSession &session, qint64 profileId, OperationLog &log,
                                     QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("issuerConsolePage"));
    m_console = new IssuerConsole(session, log, this);
    m_account = new AccountPicker(session, profileId, QStringLiteral("issuer-agent"), this);
    // An issuer's own account first: that is what an operator acts with.
    m_account->setPreferredRole(QStringLiteral("issuer"));
    m_account->setObjectName(QStringLiteral("issuerAccount"));
    m_account->setAccessibleName(tr("Issuer agent account"));
    m_account->setAccessibleDescription(
        tr("The account of your wallet this page acts with at the issuer agent; an issuer's own "
           "account is chosen first. Its records are read again every 2 seconds while the page "
           "is shown."));
    auto *accountLabel = new QLabel(tr("Acco&unt:"), this);
    accountLabel->setBuddy(m_account);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshRecords"));
    m_refresh->setAccessibleName(tr("Ask the agent for its records now"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Reads the chosen account's records from the agent at once, "
                             "without waiting for the next automatic read."));
    m_noAccount = new PlainLabel(this, QStringLiteral("noIssuerAccount"),
                                 tr("No issuer-agent account: add one in Wallet ▸ Accounts."));
    m_status = new PlainLabel(this, QStringLiteral("recordsStatus"));
    m_status->setAccessibleName(tr("When the records were last read"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("issuerTabs"));
    m_tabs->addTab(recordsTab(), tr("Records"));
    m_offerForm = new IssuerOfferForm(m_tabs);
    m_tabs->addTab(m_offerForm, tr("New offer"));
    m_custodialForm = new CustodialIssueForm(m_account->model(), m_tabs);
    m_tabs->addTab(m_custodialForm, tr("Custodial issuance"));
    m_tabs->addTab(lookUpTab(), tr("Look up"));

    m_message = new OutcomeLabel(this, QStringLiteral("issuerMessage"));
    m_inspect = new QPushButton(tr("&Open in inspector"), this);
    m_inspect->setObjectName(QStringLiteral("inspectIssued"));
    m_inspect->setAccessibleName(tr("Open the credential in the inspector"));
    m_inspect->setToolTip(tr("Takes the credential that the last look-up or custodial "
                             "issuance brought back to the Inspect section, where it is "
                             "checked."));
    m_inspect->setEnabled(false);

    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(accountLabel);
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_refresh);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_inspect);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Issuer agent"), this));
    auto *intro = new PlainLabel(this, QStringLiteral("issuerIntro"));
    intro->setText(tr("Offer, issue, revoke and look up credentials at an issuer agent, with "
                      "one of this wallet's issuer-agent accounts. Its key never leaves the "
                      "wallet except to the agent."));
    layout->addWidget(intro);
    layout->addLayout(accountRow);
    layout->addWidget(m_noAccount);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(m_console, &IssuerConsole::working, this, &IssuerConsolePage::busy);
    // The list is read again after every change to the wallet; the picker keeps the account
    // chosen, and with it its records, selection and forms.
    connect(m_account, &AccountPicker::accountChosen, this, &IssuerConsolePage::accountChosen);
    connect(m_account, &AccountPicker::listed, this, &IssuerConsolePage::showAccountCount);
    connect(m_refresh, &QPushButton::clicked, m_console, &IssuerConsole::refresh);
    connect(m_console, &IssuerConsole::accountReady, this, [this](const QString &name) {
        m_status->setText(tr("Reading the records of %1…").arg(DisplayText::escape(name, 60)));
        // Another account may be at another agent: nothing of the last one's is offered.
        m_offerForm->connectionPicker()->forget();
        m_custodialForm->connectionPicker()->forget();
        m_tabs->setEnabled(true);
        m_lookUp->setEnabled(!m_claimType->text().trimmed().isEmpty());
    });
    connect(m_console, &IssuerConsole::recordsUpdated, this, [this](const QDateTime &at) {
        m_status->setText(tr("%n record(s), read at %1; read again every 2 seconds while "
                             "this page is shown.",
                             nullptr, m_console->records()->rowCount())
                              .arg(QLocale().toString(at.time(), QLocale::LongFormat)));
        updateButtons();
    });
    connect(m_console, &IssuerConsole::pollFailed, this,
            [this](const QString &sentence) { m_status->setText(sentence); });
    connect(m_console, &IssuerConsole::connectionsLoaded, this,
            [this](const QList<IssuerAgentClient::Connection> &connections) {
                for (ConnectionPicker *picker :
                     {m_offerForm->connectionPicker(), m_custodialForm->connectionPicker()}) {
                    picker->setToolTip({});
                    picker->setConnections(connections);
                }
            });
    connect(m_console, &IssuerConsole::connectionsUnavailable, this,
            [this](const QString &sentence) {
                m_offerForm->connectionPicker()->setToolTip(DisplayText::toolTip(sentence));
                m_custodialForm->connectionPicker()->setToolTip(DisplayText::toolTip(sentence));
            });
    connect(m_console, &IssuerConsole::succeeded, this,
            [this](const QString &sentence) { m_message->say(sentence, false); });
    connect(m_console, &IssuerConsole::failed, this,
            [this](const QString &sentence) { m_message->say(sentence, true); });
    connect(m_console, &IssuerConsole::credentialReady, this, &IssuerConsolePage::keepCredential);
    connect(m_offerForm, &IssuerOfferForm::createRequested, m_console, &IssuerConsole::createOffer);
    connect(m_custodialForm, &CustodialIssueForm::issueRequested, m_console,
            &IssuerConsole::custodial);
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        if (!m_lastCredential.isEmpty())
            emit inspectRequested(m_lastCredential);
    });
    accountChosen(m_account->accountId());
}

QWidget *IssuerConsolePage::recordsTab()
{
    auto *tab = new QWidget(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_console->records());
    m_sorted->setSortRole(IssuerRecordModel::SortRole);
    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("issuerRecords"));
    m_table->setAccessibleName(tr("Credential exchange records"));
    m_table->setAccessibleDescription(
        tr("One row for each credential exchange at the agent, latest change first: its record "
           "and thread, role, state, claims, subject and when it changed. Choose a row to issue "
           "or revoke its credential."));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IssuerRecordModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(IssuerRecordModel::ClaimsColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false); // one line a record: long ids are elided, whole in tooltips
    m_table->setColumnWidth(IssuerRecordModel::RecordColumn, 170);
    m_table->setColumnWidth(IssuerRecordModel::ThreadColumn, 90);
    m_table->horizontalHeader()->setSectionResizeMode(IssuerRecordModel::RoleColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(IssuerRecordModel::StateColumn, 135);
    m_table->setColumnWidth(IssuerRecordModel::SubjectColumn, 130);
    m_table->horizontalHeader()->setSectionResizeMode(IssuerRecordModel::UpdatedColumn,
                                                      QHeaderView::ResizeToContents);
    m_issue = new QPushButton(tr("&Issue"), tab);
    m_issue->setObjectName(QStringLiteral("issueRecord"));
    m_issue->setAccessibleName(tr("Issue the chosen accepted offer"));
    // Its tooltip (what it does, or why it cannot) is set by updateButtons(), below.
    m_revoke = new QPushButton(tr("Re&voke…"), tab);
    m_revoke->setObjectName(QStringLiteral("revokeRecord"));
    m_revoke->setAccessibleName(tr("Revoke the chosen record's credential"));
    m_revoke->setToolTip(tr("After you confirm, the agent revokes the credential it sent, and "
                            "every verifier that checks its status refuses it. This cannot be "
                            "undone."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_issue);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IssuerConsolePage::updateButtons);
    connect(m_console->records(), &QAbstractItemModel::dataChanged, this,
            &IssuerConsolePage::updateButtons);
    connect(m_issue, &QPushButton::clicked, this, [this] {
        if (const IssuerOffer *record = selectedRecord())
            m_console->issue(record->recordId);
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        const IssuerOffer *record = selectedRecord();
        if (!record)
            return;
        const QString id = record->recordId;
        MessageBox::confirm(this, tr("Revoke the credential?"),
                            tr("The credential of record %1 will be revoked at the agent: every "
                               "verifier that checks its status will refuse it. This cannot be "
                               "undone.")
                                .arg(DisplayText::escape(id, 40)),
                            tr("Revoke"), [this, id] { m_console->revoke(id); });
    });
    updateButtons();
    return tab;
}

QWidget *IssuerConsolePage::lookUpTab()
{
    auto *tab = new QWidget(this);
    m_claimType = new QLineEdit(tab);
    m_claimType->setObjectName(QStringLiteral("matchType"));
    m_claimType->setAccessibleName(tr("Claim type to look up"));
    m_claimType->setPlaceholderText(tr("claim_type, e.g. email"));
    m_claimType->setMaxLength(100);
    auto *label = new QLabel(tr("Claim &type:"), tab);
    label->setBuddy(m_claimType);
    m_lookUp = new QPushButton(tr("&Look up"), tab);
    m_lookUp->setObjectName(QStringLiteral("matchButton"));
    m_lookUp->setAccessibleName(tr("Look up the first credential of this type"));
    m_lookUp->setToolTip(tr("Asks the agent for the first record whose claim_type is what you "
                            "typed; if it holds a credential, you can open it in the inspector."));
    m_lookUp->setEnabled(false);
    auto *explain = new PlainLabel(tab);
    explain->setText(tr("The agent answers with the first credential whose claim_type is this "
                        "(match/{type}); it opens in the inspector from the button below."));
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_claimType, 1);
    row->addWidget(m_lookUp);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(row);
    layout->addWidget(explain);
    layout->addStretch();
    connect(m_claimType, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_lookUp->setEnabled(m_console->hasAccount() && !text.trimmed().isEmpty());
    });
    const auto lookUp = [this] {
        if (m_lookUp->isEnabled())
            m_console->match(m_claimType->text().trimmed());
    };
    connect(m_lookUp, &QPushButton::clicked, this, lookUp);
    connect(m_claimType, &QLineEdit::returnPressed, this, lookUp);
    return tab;
}

void IssuerConsolePage::showAccountCount()
{
    m_noAccount->setVisible(!m_account->hasAccounts());
    m_refresh->setEnabled(m_account->accountId() != 0);
}

void IssuerConsolePage::accountChosen(qint64 id)
{
    showAccountCount();
    m_lastCredential.clear();
    m_inspect->setEnabled(false);
    // Until the account is read, there is nothing to act with.
    m_tabs->setEnabled(false);
    m_lookUp->setEnabled(false);
    if (id == 0) {
        m_console->reset();
        m_status->clear();
        return;
    }
    m_console->useAccount(id);
}

const IssuerOffer *IssuerConsolePage::selectedRecord() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_sorted->mapToSource(rows.first()).row();
    if (row < 0 || row >= m_console->records()->rowCount())
        return nullptr;
    return &m_console->records()->recordAt(row);
}

bool IssuerConsolePage::selectRecord(const QString &recordId)
{
    const int row = m_console->records()->rowOf(recordId);
    if (row < 0)
        return false;
    m_table->selectRow(m_sorted->mapFromSource(m_console->records()->index(row, 0)).row());
    return true;
}

void IssuerConsolePage::updateButtons()
{
    const IssuerOffer *record = selectedRecord();
    const bool issuer = record && record->role == QLatin1String("Issuer");
    m_issue->setEnabled(issuer && record->state == ProtocolState::RequestReceived);
    m_issue->setToolTip(issuer && record->state != ProtocolState::RequestReceived
                            ? tr("Only an offer the holder accepted (RequestReceived) can be "
                                 "issued.")
                            : tr("The agent issues the credential and sends it to the holder "
                                 "who accepted the chosen offer; the table shows how it goes."));
    m_revoke->setEnabled(issuer && record->state == ProtocolState::CredentialSent);
}

void IssuerConsolePage::keepCredential(const IssuerOffer &record)
{
    m_lastCredential = QString::fromLatin1(record.credential);
    m_inspect->setEnabled(!m_lastCredential.isEmpty());
}

void IssuerConsolePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_console->setWatching(true);
    m_console->refresh();
}

void IssuerConsolePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_console->setWatching(false);
}

} // namespace vcdesk
