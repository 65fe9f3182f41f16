#pragma once

#include "core/store/Wallet.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace vcdesk {

class ActivityBase;
class PassphraseMeter;
class RestoreForm;
class WalletSession;

/// The first page when there is no wallet yet: make one with a passphrase typed twice (a
/// strength meter refuses weak ones and says why), or restore one from a backup file
/// (RestoreForm, in the same page). The wallet gets a profile and a holder key with its DID;
/// the session opens it unlocked. Either way the system keychain can be asked to remember it
/// (off by default); if it cannot, a message says so and the wallet works as it is. Nothing to
/// configure, no terminal.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    WelcomePage(WalletSession &session, QWidget *parent = nullptr);

    /// Where the wallet will be made.
    void setWalletPath(const QString &path);
    const QString &walletPath() const { return m_path; }
    /// How the wallet is made (key type, DID method, KDF cost: tests make it cheap); a
    /// restored wallet's passphrase is stretched with the same KDF.
    void setCreateOptions(const Wallet::CreateOptions &options);
    /// Offers to connect the new wallet to the local sandbox described at `path` (a check box,
    /// on by default); no path: no offer.
    void setSandbox(const QString &path);
    /// Whether the person asked for the sandbox with the wallet just made; asked once.
    bool takeSandboxWish();
    RestoreForm *restoreForm() const { return m_restoreForm; }
    /// Whether the restore form is shown instead of the create form.
    bool isRestoring() const;

signals:
    /// Creating started: the window shows its progress.
    void busy(vcdesk::ActivityBase *activity, const QString &what);

private:
    void updateState();
    void create();
    void showRestoreForm(bool restore);
    /// Shows `activity`'s progress and, once the wallet is open and unlocked, asks the system
    /// keychain to remember it when the person wished so.
    void follow(ActivityBase *activity, const QString &what, bool rememberInKeychain);

    WalletSession &m_session;
    QString m_path;
    Wallet::CreateOptions m_options;
    QLabel *m_where = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    PassphraseMeter *m_meter = nullptr;
    QLabel *m_mismatch = nullptr;
    QPushButton *m_create = nullptr;
    QCheckBox *m_sandbox = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_restore = nullptr;
    QStackedWidget *m_forms = nullptr;
    QWidget *m_createForm = nullptr;
    RestoreForm *m_restoreForm = nullptr;
    bool m_creating = false;
    bool m_sandboxWished = false;
};

} // namespace vcdesk
