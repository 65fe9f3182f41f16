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
/// nothing; the field is cleared for another try.
class UnlockPage : public QWidget
{
    Q_OBJECT
public:
    UnlockPage(WalletSession &session, QWidget *parent = nullptr);

    void setWalletPath(const QString &path);
    /// Ready for typing (called when the page is shown).
    void focusPassphrase();
    QString problem() const;

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);

private:
    void unlock();

    WalletSession &m_session;
    QLabel *m_which = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_problem = nullptr;
    QString m_lastMessage;
};

} // namespace vcdesk
