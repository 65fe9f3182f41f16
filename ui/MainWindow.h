#pragma once

#include "core/net/NetworkPolicy.h"

#include <QMainWindow>

class QAction;
class QListWidget;
class QStackedWidget;

namespace vcdesk {

class AccountsPage;
class ActivityBase;
class AddCredentialPage;
class BusyIndicator;
class CredentialDetailPage;
class ConsolePage;
class CredentialsPage;
class IdleLock;
class InspectionController;
class InspectorPage;
class MessageBar;
class OfferInbox;
class HistoryPage;
class HostedWalletPage;
class OffersPage;
class OperationLog;
class PresentPage;
class ReceivePage;
class SettingsPage;
class UnlockPage;
class WalletSession;
class WelcomePage;

/// The application window, the shell every face of vcdesk lives in: sections on the left
/// (the wallet, the inspector), the current one on the right, a message bar on top for what a
/// person must read, and the status bar's busy indicator with Cancel for whatever runs.
///
/// The wallet section follows the wallet: no wallet file yet → the welcome page; locked →
/// the unlock page and nothing of its content; unlocked → its credentials. Wallet ▸ Lock
/// (Ctrl+L) and an idle time (Settings, default 10 minutes) lock it. The inspector works
/// without a wallet.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `walletPath`: the wallet file (none: the one in the settings, else Wallet::defaultPath).
    explicit MainWindow(const QString &walletPath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    InspectorPage *inspectorPage() const { return m_inspector; }
    WelcomePage *welcomePage() const { return m_welcome; }
    UnlockPage *unlockPage() const { return m_unlock; }
    WalletSession *session() const { return m_session; }
    /// Null until the wallet was first unlocked.
    CredentialsPage *credentialsPage() const { return m_credentials; }
    CredentialDetailPage *credentialDetailPage() const { return m_detail; }
    /// Null until the wallet was first unlocked.
    AddCredentialPage *addCredentialPage() const { return m_add; }
    QAction *addAction() const { return m_addAction; }
    /// Null until the wallet was first unlocked.
    PresentPage *presentPage() const { return m_present; }
    QAction *presentAction() const { return m_presentAction; }
    /// Null until the wallet was first unlocked.
    ReceivePage *receivePage() const { return m_receive; }
    QAction *receiveAction() const { return m_receiveAction; }
    /// Null until the wallet was first unlocked.
    OffersPage *offersPage() const { return m_offers; }
    OfferInbox *offerInbox() const { return m_inbox; }
    QAction *offersAction() const { return m_offersAction; }
    /// Null until the wallet was first unlocked.
    AccountsPage *accountsPage() const { return m_accounts; }
    QAction *accountsAction() const { return m_accountsAction; }
    /// Null until the wallet was first unlocked.
    HistoryPage *historyPage() const { return m_history; }
    QAction *historyAction() const { return m_historyAction; }
    HostedWalletPage *hostedWalletPage() const { return m_hosted; }
    /// The operator console (section Console). Null until the wallet was first unlocked.
    ConsolePage *consolePage() const { return m_console; }
    OperationLog *operationLog() const { return m_operationLog; }
    /// Shows the section that holds `page` (tests, links).
    void showSection(QWidget *page);
    QAction *hostedAction() const { return m_hostedAction; }
    /// The rules for what the window contacts (presentations); plain http to this computer
    /// only when allowed here (the local sandbox agent, tests).
    void setNetworkPolicy(const NetworkPolicy &policy);
    /// The local sandbox's description (scripts/run.sh): the welcome page offers to connect a
    /// new wallet to it, and Wallet ▸ Connect to the local sandbox does it later.
    void setSandbox(const QString &descriptionPath);
    QAction *sandboxAction() const { return m_sandboxAction; }
    /// A link from outside (the command line, another vcdesk): the window comes forward and
    /// the wallet's Present page takes the link once the wallet is unlocked (empty: only
    /// comes forward).
    void present(const QString &link);
    QWidget *currentWalletPage() const;
    MessageBar *messageBar() const { return m_messages; }
    IdleLock *idleLock() const { return m_idle; }
    SettingsPage *settingsPage() const { return m_settings; }
    QAction *lockAction() const { return m_lock; }

private:
    void addSection(const QString &title, QWidget *page);
    void showWalletState();
    void trackActivity(ActivityBase *activity, const QString &what);
    void buildMenus();
    void buildWalletPages(qint64 profileId);
    void showAddPage(const QString &file);
    void showPresentPage();
    void showReceivePage();
    /// Shows the Receive page on `link`, unless another offer is being received (said).
    void receiveOffer(const QString &link);
    void showOffersPage();
    void showAccountsPage();
    void showHistoryPage();
    void showHostedWalletPage();
    /// Back to the list, from a page of the wallet (while it is unlocked).
    void showCredentialsPage();
    void connectSandbox();
    void presentPending();

    QString m_walletPath;
    WalletSession *m_session = nullptr;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStackedWidget *m_walletArea = nullptr;
    WelcomePage *m_welcome = nullptr;
    UnlockPage *m_unlock = nullptr;
    CredentialsPage *m_credentials = nullptr;
    CredentialDetailPage *m_detail = nullptr;
    AddCredentialPage *m_add = nullptr;
    QAction *m_addAction = nullptr;
    PresentPage *m_present = nullptr;
    OffersPage *m_offers = nullptr;
    ReceivePage *m_receive = nullptr;
    OfferInbox *m_inbox = nullptr;
    QAction *m_offersAction = nullptr;
    AccountsPage *m_accounts = nullptr;
    QAction *m_accountsAction = nullptr;
    HistoryPage *m_history = nullptr;
    QAction *m_historyAction = nullptr;
    HostedWalletPage *m_hosted = nullptr;
    QStackedWidget *m_consoleArea = nullptr;
    QWidget *m_consoleLocked = nullptr;
    ConsolePage *m_console = nullptr;
    InspectionController *m_inspectorController = nullptr;
    OperationLog *m_operationLog = nullptr;
    QAction *m_hostedAction = nullptr;
    QAction *m_sandboxAction = nullptr;
    QString m_sandboxPath;
    QAction *m_presentAction = nullptr;
    QAction *m_receiveAction = nullptr;
    NetworkPolicy m_policy;
    QString m_pendingLink; // handed over while locked: presented after the unlock
    InspectorPage *m_inspector = nullptr;
    SettingsPage *m_settings = nullptr;
    MessageBar *m_messages = nullptr;
    BusyIndicator *m_busy = nullptr;
    IdleLock *m_idle = nullptr;
    QAction *m_lock = nullptr;
    qint64 m_profileId = 0;
};

} // namespace vcdesk
