#pragma once

#include "core/crypto/PassphraseKdf.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vcdesk {

class ActivityBase;
struct Error;
class PassphraseMeter;
class WalletSession;

/// The welcome page's other way in: a wallet restored from a backup file. The backup (typed
/// or chosen), its passphrase, a new passphrase for this wallet typed twice under the same
/// strength rule as a new wallet, and whether the system keychain should remember it. The
/// restore runs on the wallet's thread (WalletSession::restore); what went wrong is said in a
/// sentence under the form, and nothing changed. Enter restores, Esc or Back goes back.
class RestoreForm : public QWidget
{
    Q_OBJECT
public:
    RestoreForm(WalletSession &session, QWidget *parent = nullptr);

    /// Where the restored wallet will be written (a file that does not exist yet).
    void setWalletPath(const QString &path);
    /// How the new passphrase is stretched (tests make it cheap; no salt: calibrated).
    void setKdf(const PassphraseKdf::Parameters &kdf) { m_kdf = kdf; }
    /// What went wrong with the last restore, in a sentence; empty when nothing did.
    QString problem() const;
    /// Ready for typing (called when the form is shown).
    void focusFirstField();

    /// The sentence a person reads for a restore that failed with `error`.
    static QString sentenceFor(const Error &error);

protected:
    void keyPressEvent(QKeyEvent *event) override;

signals:
    /// A restore began; `rememberInKeychain`: the person asked for the system keychain once
    /// the wallet is open.
    void started(vcdesk::ActivityBase *activity, const QString &what, bool rememberInKeychain);
    /// The person wants the create form again.
    void back();

private:
    void updateState();
    void chooseFile();
    void restore();
    static QLineEdit *secretField(const char *name, const QString &accessibleName, QWidget *parent);

    WalletSession &m_session;
    QString m_path;
    PassphraseKdf::Parameters m_kdf;
    QLineEdit *m_file = nullptr;
    QPushButton *m_choose = nullptr;
    QLineEdit *m_backupPassphrase = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    PassphraseMeter *m_meter = nullptr;
    QLabel *m_mismatch = nullptr;
    QLabel *m_where = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_back = nullptr;
    bool m_restoring = false;
};

} // namespace vcdesk
