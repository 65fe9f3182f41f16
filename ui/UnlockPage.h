#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vcdesk {

class ActivityBase;
class WalletSession;

/// What the window shows while the wallet is locked: which wallet, a passphrase field and
/// Unlock. Nothing of the wallet's content. A wrong passphrase is said plainly and changes
/// nothing; the field is cleared for another try. When the system keychain was asked to
/// remember this wallet, "Unlock with the system keychain" too; if the keychain cannot, that
/// is said and the passphrase field stays usable.
class UnlockPage : public QWidget
{
    Q_OBJECT
public:
    UnlockPage(WalletSession &session, QWidget *parent = nullptr);

    void setWalletPath(const QString &path);
    /// Ready for typing (called when the page is shown).
    void focusPassphrase();
    QString problem() const;

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);

private:
    void unlock();
    void unlockWithKeychain();
    /// Offers the keychain only for a wallet it was asked to remember.
    void updateKeychainOffer();
    void setBusy(bool busy);

    WalletSession &m_session;
    QLabel *m_which = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_keychain = nullptr;
    QLabel *m_problem = nullptr;
    QString m_lastMessage;
};

} // namespace vcdesk
