#include "ui/MainWindow.h"

#include "core/did/MultiMethodDidResolver.h"
#include "core/oid4vci/CredentialOfferLink.h"
#include "core/verify/TrustList.h"
#include "models/AccountActions.h"
#include "models/HostedWalletActions.h"
#include "models/InspectionController.h"
#include "models/IssuerConsole.h"
#include "models/OfferInbox.h"
#include "models/OperationLog.h"
#include "models/PresentController.h"
#include "models/ReceiveController.h"
#include "models/SandboxConnector.h"
#include "models/WalletSession.h"
#include "ui/AccountsPage.h"
#include "ui/AddCredentialPage.h"
#include "ui/BusyIndicator.h"
#include "ui/ConsolePage.h"
#include "ui/CredentialDetailPage.h"
#include "ui/CredentialsPage.h"
#include "ui/HistoryPage.h"
#include "ui/HostedWalletPage.h"
#include "ui/IdleLock.h"
#include "ui/InspectorPage.h"
#include "ui/IssuerConsolePage.h"
#include "ui/MessageBar.h"
#include "ui/OffersPage.h"
#include "ui/PlainLabel.h"
#include "ui/PresentPage.h"
#include "ui/ReceivePage.h"
#include "ui/SettingsPage.h"
#include "ui/UnlockPage.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

const QString kWalletPathKey = QStringLiteral("wallet/path");

} // namespace

MainWindow::MainWindow(const QString &walletPath, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("vcdesk"));
    resize(1100, 760);
    QSettings settings;
    m_walletPath = !walletPath.isEmpty()
                       ? walletPath
                       : settings.value(kWalletPathKey, Wallet::defaultPath()).toString();
    m_session = new WalletSession(this);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_messages = new MessageBar(central);
    outer->addWidget(m_messages);
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    m_sections = new QListWidget(central);
    m_sections->setObjectName(QStringLiteral("pageList"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setAccessibleDescription(
        tr("The section you choose fills the rest of the window: your wallet, the inspector, "
           "the operator console or the settings."));
    m_sections->setFixedWidth(170);
    m_sections->setFrameShape(QFrame::NoFrame);
    m_sections->setStyleSheet(QStringLiteral("QListWidget#pageList::item { padding: 8px 12px; }"));
    m_stack = new QStackedWidget(central);
    row->addWidget(m_sections);
    row->addWidget(m_stack, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);
    m_busy = new BusyIndicator(this);
    statusBar()->addPermanentWidget(m_busy);

    m_walletArea = new QStackedWidget(this);
    m_welcome = new WelcomePage(*m_session, m_walletArea);
    m_welcome->setWalletPath(m_walletPath);
    m_unlock = new UnlockPage(*m_session, m_walletArea);
    m_unlock->setWalletPath(m_walletPath);
    m_detail = new CredentialDetailPage(*m_session, m_walletArea);
    m_walletArea->addWidget(m_welcome);
    m_walletArea->addWidget(m_unlock);
    m_walletArea->addWidget(m_detail);
    connect(m_detail, &CredentialDetailPage::busy, this, &MainWindow::trackActivity);
    connect(m_detail, &CredentialDetailPage::message, m_messages, &MessageBar::show);
    const auto backToList = [this] {
        if (m_credentials && m_session->isUnlocked())
            m_walletArea->setCurrentWidget(m_credentials);
    };
    connect(m_detail, &CredentialDetailPage::back, this, backToList);
    connect(m_detail, &CredentialDetailPage::removed, this, backToList);
    addSection(tr("Wallet"), m_walletArea);
    m_inspectorController = new InspectionController(MultiMethodDidResolver::createDefault(), this);
    m_inspector = new InspectorPage(m_inspectorController, this);
    addSection(tr("Inspect"), m_inspector);
    m_operationLog = new OperationLog(OperationLog::defaultPath(), this);
    m_consoleArea = new QStackedWidget(this);
    auto *locked = new PlainLabel(m_consoleArea, QStringLiteral("consoleLocked"),
                                  tr("The console acts at services with this wallet's "
                                     "accounts: unlock the wallet to use it."));
    locked->setAlignment(Qt::AlignCenter);
    m_consoleLocked = locked;
    m_consoleArea->addWidget(m_consoleLocked);
    addSection(tr("Console"), m_consoleArea);
    connect(m_sections, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);

    connect(m_welcome, &WelcomePage::busy, this, &MainWindow::trackActivity);
    connect(m_unlock, &UnlockPage::busy, this, &MainWindow::trackActivity);
    connect(m_session, &WalletSession::message, m_messages, &MessageBar::show);
    connect(m_session, &WalletSession::opened, this, &MainWindow::showWalletState);
    connect(m_session, &WalletSession::unlocked, this, &MainWindow::showWalletState);
    connect(m_session, &WalletSession::locked, this, &MainWindow::showWalletState);

    m_idle = new IdleLock(this);
    m_idle->setInterval(
        settings
            .value(QLatin1String(SettingsPage::kAutoLockKey), SettingsPage::kDefaultAutoLockMinutes)
            .toInt() *
        60 * 1000);
    connect(m_idle, &IdleLock::idle, this, [this] {
        if (m_session->isUnlocked())
            m_session->lock();
    });
    m_settings = new SettingsPage(*m_idle, TrustList::defaultPath(), this);
    connect(m_settings, &SettingsPage::busy, this, &MainWindow::trackActivity);
    addSection(tr("Settings"), m_settings);
    buildMenus();

    if (QFileInfo::exists(m_walletPath))
        trackActivity(m_session->open(m_walletPath, Wallet::Access::ReadWrite),
                      tr("Opening the wallet…"));
    showWalletState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open token…"), this, [this] {
        showSection(m_inspector);
        m_inspector->openFile();
    });
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *wallet = menuBar()->addMenu(tr("&Wallet"));
    m_addAction = wallet->addAction(tr("&Add credential…"), this, [this] { showAddPage({}); });
    m_addAction->setObjectName(QStringLiteral("addAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_presentAction =
        wallet->addAction(tr("&Present to a verifier…"), this, &MainWindow::showPresentPage);
    m_presentAction->setObjectName(QStringLiteral("presentAction"));
    m_presentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_receiveAction =
        wallet->addAction(tr("&Receive from an issuer…"), this, &MainWindow::showReceivePage);
    m_receiveAction->setObjectName(QStringLiteral("receiveAction"));
    m_receiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_historyAction =
        wallet->addAction(tr("Presentation &history…"), this, &MainWindow::showHistoryPage);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_offersAction =
        wallet->addAction(tr("&Offers from issuers…"), this, &MainWindow::showOffersPage);
    m_offersAction->setObjectName(QStringLiteral("offersAction"));
    m_accountsAction = wallet->addAction(tr("A&ccounts…"), this, &MainWindow::showAccountsPage);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    m_hostedAction =
        wallet->addAction(tr("&Hosted wallet…"), this, &MainWindow::showHostedWalletPage);
    m_hostedAction->setObjectName(QStringLiteral("hostedAction"));
    m_sandboxAction =
        wallet->addAction(tr("Connect to the local &sandbox"), this, &MainWindow::connectSandbox);
    m_sandboxAction->setObjectName(QStringLiteral("sandboxAction"));
    m_sandboxAction->setVisible(false);
    m_lock = wallet->addAction(tr("&Lock"), this, [this] { m_session->lock(); });
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setShortcutContext(Qt::ApplicationShortcut);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About vcdesk"), this, [this] {
        QMessageBox::about(this, tr("About vcdesk"),
                           tr("<b>vcdesk %1</b><p>Verifiable credentials on the desktop: "
                              "inspect and verify credentials, keep them in a wallet, present "
                              "them, and run a verifier kiosk.</p>")
                               .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
}

void MainWindow::addSection(const QString &title, QWidget *page)
{
    auto *item = new QListWidgetItem(title, m_sections);
    item->setData(Qt::AccessibleTextRole, title);
    m_stack->addWidget(page);
}

void MainWindow::showSection(QWidget *page)
{
    const int index = m_stack->indexOf(page);
    if (index >= 0)
        m_sections->setCurrentRow(index);
}

QWidget *MainWindow::currentWalletPage() const
{
    return m_walletArea->currentWidget();
}

void MainWindow::showWalletState()
{
    m_lock->setEnabled(m_session->isUnlocked());
    m_addAction->setEnabled(m_session->isUnlocked());
    m_presentAction->setEnabled(m_session->isUnlocked());
    m_receiveAction->setEnabled(m_session->isUnlocked());
    m_offersAction->setEnabled(m_session->isUnlocked());
    m_sandboxAction->setEnabled(m_session->isUnlocked());
    m_accountsAction->setEnabled(m_session->isUnlocked());
    m_historyAction->setEnabled(m_session->isUnlocked());
    m_hostedAction->setEnabled(m_session->isUnlocked());
    if (m_console)
        m_consoleArea->setCurrentWidget(m_session->isUnlocked() ? static_cast<QWidget *>(m_console)
                                                                : m_consoleLocked);
    if (!m_session->isUnlocked()) {
        m_idle->stop();
        const bool exists = m_session->isOpen() || QFileInfo::exists(m_walletPath);
        m_walletArea->setCurrentWidget(exists ? static_cast<QWidget *>(m_unlock) : m_welcome);
        if (exists)
            m_unlock->focusPassphrase();
        return;
    }
    m_idle->start();
    if (m_credentials) {
        m_walletArea->setCurrentWidget(m_credentials);
        presentPending();
        return;
    }
    // The first unlock: which profile to show (the first one) is read on the wallet's thread.
    auto *first = m_session->read<qint64>([](Wallet &wallet, const ActivityBase::Context &) {
        auto profiles = wallet.profiles().list();
        if (!profiles)
            return Result<qint64>(profiles.error());
        if (profiles->isEmpty())
            return Result<qint64>(
                Error{QStringLiteral("wallet.no_profile"), tr("the wallet has no profile")});
        return Result<qint64>(profiles->first().id);
    });
    connect(first, &ActivityBase::finished, this, [this, first] {
        first->deleteLater();
        if (!first->result()) {
            m_messages->show(tr("Cannot show the credentials"), first->result().error().message,
                             WalletSession::MessageKind::Error);
            return;
        }
        if (!m_credentials)
            buildWalletPages(first->result().value());
        if (m_session->isUnlocked()) {
            m_walletArea->setCurrentWidget(m_credentials);
            presentPending();
        }
    });
}

void MainWindow::buildWalletPages(qint64 profileId)
{
    m_profileId = profileId;
    m_settings->setWallet(*m_session, m_profileId);
    m_credentials = new CredentialsPage(*m_session, m_profileId, m_walletArea);
    m_walletArea->addWidget(m_credentials);
    connect(m_credentials, &CredentialsPage::credentialActivated, this, [this](qint64 id) {
        m_detail->showCredential(id);
        m_walletArea->setCurrentWidget(m_detail);
    });
    connect(m_credentials, &CredentialsPage::addRequested, this, &MainWindow::showAddPage);
    connect(m_credentials, &CredentialsPage::presentRequested, this, &MainWindow::showPresentPage);
    m_present = new PresentPage(*m_session, m_profileId, m_walletArea);
    m_present->controller()->setNetworkPolicy(m_policy);
    m_walletArea->addWidget(m_present);
    connect(m_present, &PresentPage::done, this, &MainWindow::showCredentialsPage);
    m_receive = new ReceivePage(*m_session, m_profileId, m_walletArea);
    m_receive->controller()->setNetworkPolicy(m_policy);
    m_walletArea->addWidget(m_receive);
    connect(m_receive, &ReceivePage::done, this, &MainWindow::showCredentialsPage);
    // An offer pasted or scanned where presentations start is taken here.
    connect(m_present, &PresentPage::offerRequested, this, &MainWindow::receiveOffer);
    m_inbox = new OfferInbox(*m_session, m_profileId, this);
    m_inbox->setNetworkPolicy(m_policy);
    m_offers = new OffersPage(*m_session, m_profileId, *m_inbox, m_walletArea);
    m_walletArea->addWidget(m_offers);
    connect(m_credentials, &CredentialsPage::offersRequested, this, &MainWindow::showOffersPage);
    connect(m_offers, &OffersPage::busy, this, &MainWindow::trackActivity);
    connect(m_offers, &OffersPage::back, this, &MainWindow::showCredentialsPage);
    connect(m_inbox, &OfferInbox::failed, this, [this](const QString &title, const QString &text) {
        m_messages->show(title, text, WalletSession::MessageKind::Error);
    });
    connect(m_inbox, &OfferInbox::accepted, this,
            [this](qint64, qint64, const QString &verdictSentence) {
                m_messages->show(tr("Credential received"),
                                 tr("It is in your wallet. %1").arg(verdictSentence),
                                 WalletSession::MessageKind::Information);
                if (m_session->isUnlocked())
                    m_walletArea->setCurrentWidget(m_credentials);
            });
    m_accounts = new AccountsPage(*m_session, m_profileId, m_walletArea);
    m_accounts->actions()->setNetworkPolicy(m_policy);
    m_walletArea->addWidget(m_accounts);
    connect(m_accounts, &AccountsPage::busy, this, &MainWindow::trackActivity);
    connect(m_accounts, &AccountsPage::back, this, &MainWindow::showCredentialsPage);
    connect(m_accounts->actions(), &AccountActions::added, m_inbox, &OfferInbox::refresh);
    m_history = new HistoryPage(*m_session, m_profileId, m_walletArea);
    m_walletArea->addWidget(m_history);
    connect(m_history, &HistoryPage::busy, this, &MainWindow::trackActivity);
    connect(m_history, &HistoryPage::back, this, &MainWindow::showCredentialsPage);
    connect(m_present, &PresentPage::historyRequested, this, &MainWindow::showHistoryPage);
    m_hosted = new HostedWalletPage(*m_session, m_profileId, m_walletArea);
    m_hosted->actions()->setNetworkPolicy(m_policy);
    m_walletArea->addWidget(m_hosted);
    connect(m_hosted, &HostedWalletPage::busy, this, &MainWindow::trackActivity);
    connect(m_hosted, &HostedWalletPage::back, this, &MainWindow::showCredentialsPage);
    m_console = new ConsolePage(*m_session, m_profileId, *m_operationLog, m_consoleArea);
    m_console->setNetworkPolicy(m_policy);
    m_consoleArea->addWidget(m_console);
    // The wallet may have locked while its profile was being read.
    m_consoleArea->setCurrentWidget(m_session->isUnlocked() ? static_cast<QWidget *>(m_console)
                                                            : m_consoleLocked);
    connect(m_console, &ConsolePage::busy, this, &MainWindow::trackActivity);
    connect(m_console, &ConsolePage::inspectRequested, this, [this](const QString &token) {
        showSection(m_inspector);
        m_inspector->setToken(token);
    });
    m_inbox->refresh(); // the first unlock: check at once, then every minute
    if (m_welcome->takeSandboxWish())
        connectSandbox();
    m_add = new AddCredentialPage(*m_session, m_profileId, m_walletArea);
    m_walletArea->addWidget(m_add);
    connect(m_add, &AddCredentialPage::busy, this, &MainWindow::trackActivity);
    connect(m_add, &AddCredentialPage::done, this, &MainWindow::showCredentialsPage);
    connect(m_add, &AddCredentialPage::added, this, [this](int added, int duplicates) {
        m_messages->show(
            tr("Added"),
            duplicates == 0
                ? tr("%n credential(s) added to the wallet.", nullptr, added)
                : tr("%1 added; %2 already in the wallet (skipped).").arg(added).arg(duplicates),
            WalletSession::MessageKind::Information);
    });
}

void MainWindow::showAddPage(const QString &file)
{
    if (!m_add || !m_session->isUnlocked())
        return;
    showSection(m_walletArea);
    m_walletArea->setCurrentWidget(m_add);
    if (!file.isEmpty())
        m_add->loadFile(file);
}

void MainWindow::showPresentPage()
{
    if (!m_present || !m_session->isUnlocked())
        return;
    showSection(m_walletArea);
    m_walletArea->setCurrentWidget(m_present);
}

void MainWindow::receiveOffer(const QString &link)
{
    showReceivePage();
    if (!m_receive->startWith(link))
        m_messages->show(tr("Another offer first"),
                         tr("An offer is being received: finish it, then open the new link "
                            "again."),
                         WalletSession::MessageKind::Information);
}

void MainWindow::showReceivePage()
{
    if (!m_receive || !m_session->isUnlocked())
        return;
    showSection(m_walletArea);
    m_walletArea->setCurrentWidget(m_receive);
}

void MainWindow::setNetworkPolicy(const NetworkPolicy &policy)
{
    m_policy = policy;
    m_inspectorController->setAllowLoopbackHttp(policy.allowLoopbackHttp);
    if (m_present)
        m_present->controller()->setNetworkPolicy(policy);
    if (m_receive)
        m_receive->controller()->setNetworkPolicy(policy);
    if (m_inbox)
        m_inbox->setNetworkPolicy(policy);
    if (m_accounts)
        m_accounts->actions()->setNetworkPolicy(policy);
    if (m_hosted)
        m_hosted->actions()->setNetworkPolicy(policy);
    if (m_console)
        m_console->setNetworkPolicy(policy);
}

void MainWindow::showAccountsPage()
{
    if (!m_accounts || !m_session->isUnlocked())
        return;
    showSection(m_walletArea);
    m_walletArea->setCurrentWidget(m_accounts);
}

void MainWindow::showHistoryPage()
{
    if (!m_history || !m_session->isUnlocked())
        return;
    showSection(m_walletArea);
    m_walletArea->setCurrentWidget(m_history);
}

void MainWindow::showHostedWalletPage()
{
    if (!m_hosted || !m_session->isUnlocked())
        return;
    showSection(m_walletArea);
    m_walletArea->setCurrentWidget(m_hosted);
}

void MainWindow::showCredentialsPage()
{
    if (m_session->isUnlocked() && m_credentials)
        m_walletArea->setCurrentWidget(m_credentials);
}

void MainWindow::setSandbox(const QString &descriptionPath)
{
    m_sandboxPath = SandboxConnector::available(descriptionPath) ? descriptionPath : QString();
    m_welcome->setSandbox(m_sandboxPath);
    m_sandboxAction->setVisible(!m_sandboxPath.isEmpty());
}

void MainWindow::connectSandbox()
{
    if (m_sandboxPath.isEmpty() || !m_session->isUnlocked() || !m_inbox)
        return;
    auto *connector = new SandboxConnector(*m_session, m_profileId, this);
    connector->setNetworkPolicy(m_policy);
    connect(connector, &SandboxConnector::working, this, &MainWindow::trackActivity);
    connect(connector, &SandboxConnector::connected, this, [this, connector](const QString &text) {
        connector->deleteLater();
        m_messages->show(tr("Sandbox connected"), text, WalletSession::MessageKind::Information);
        m_inbox->refresh();
    });
    connect(connector, &SandboxConnector::failed, this, [this, connector](const QString &text) {
        connector->deleteLater();
        m_messages->show(tr("Could not connect to the sandbox"), text,
                         WalletSession::MessageKind::Error);
    });
    connector->connectTo(m_sandboxPath);
}

void MainWindow::showOffersPage()
{
    if (!m_offers || !m_session->isUnlocked())
        return;
    showSection(m_walletArea);
    m_walletArea->setCurrentWidget(m_offers);
}

void MainWindow::present(const QString &link)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (link.isEmpty()) // another start without a link: this window comes forward, that is all
        return;
    m_pendingLink = link;
    const bool offer = CredentialOfferLink::looksLikeOffer(link);
    if (m_session->isUnlocked() && m_present)
        presentPending();
    else if ((m_session->isOpen() || QFileInfo::exists(m_walletPath)) && offer)
        m_messages->show(tr("Unlock to receive"),
                         tr("An issuer's offer is waiting: unlock your wallet to see it."),
                         WalletSession::MessageKind::Information);
    else if (m_session->isOpen() || QFileInfo::exists(m_walletPath))
        m_messages->show(tr("Unlock to present"),
                         tr("A verifier's request is waiting: unlock your wallet to see it."),
                         WalletSession::MessageKind::Information);
    else
        m_messages->show(tr("No wallet yet"),
                         tr("Create a wallet first; then open the link again."),
                         WalletSession::MessageKind::Information);
}

void MainWindow::presentPending()
{
    if (m_pendingLink.isEmpty() || !m_present)
        return;
    const QString link = std::exchange(m_pendingLink, QString());
    m_messages->hide(); // "unlock to present" is done with
    if (CredentialOfferLink::looksLikeOffer(link) && m_receive) {
        receiveOffer(link);
        return;
    }
    showPresentPage();
    m_present->startWith(link);
}

void MainWindow::trackActivity(ActivityBase *activity, const QString &what)
{
    m_busy->track(activity, what);
}

} // namespace vcdesk
