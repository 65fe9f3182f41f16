#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace vcdesk {

class ActivityBase;
class AllowedContextsBox;
class DocumentCacheBox;
class IdleLock;
class KeysBox;
class TrustListModel;
class WalletSession;

/// Settings a person changes: after how many idle minutes the wallet locks and whether the
/// system keychain remembers it; the profile's keys and DIDs (KeysBox); the trust list (the
/// issuers vcdesk names next to their DIDs, and a verifier may require): add an issuer's DID
/// or a pattern with a name, remove one, import a list file (merged) or export the list; the
/// status lists and schemas cache (DocumentCacheBox); the JSON-LD contexts allowed beyond the
/// bundled ones (AllowedContextsBox); the language (from the next start).
/// Saved at once; a bad entry or file is said plainly and changes nothing. The page scrolls
/// when it does not fit.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    /// `cacheFolder`: the status lists and schemas cache shown (empty: the default folder).
    SettingsPage(IdleLock &idleLock, const QString &trustListPath, QWidget *parent = nullptr,
                 const QString &cacheFolder = {});

    /// The wallet whose keys and keychain setting the page shows (the window calls it once the
    /// profile is known). Until then those controls are disabled and say why.
    void setWallet(WalletSession &session, qint64 profileId);

    TrustListModel *trustList() const { return m_trust; }
    KeysBox *keys() const { return m_keys; }
    DocumentCacheBox *documentCache() const { return m_cache; }
    AllowedContextsBox *allowedContexts() const { return m_contexts; }
    QString problem() const;
    /// What the last import or export did, in a sentence.
    QString transferMessage() const;

    static constexpr const char *kAutoLockKey = "wallet/autoLockMinutes";
    static constexpr int kDefaultAutoLockMinutes = 10;

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *walletBox();
    QWidget *trustBox();
    QWidget *languageBox();
    /// Import… and Export… under the trust list, and their outcome.
    QLayout *transferRow(QWidget *box);
    /// `failure`: the sentence for an error, its message as %1.
    void startTransfer(ActivityBase *activity, const QString &what, const QString &failure);
    void sayTransfer(const QString &text, bool problem);
    void rememberInKeychain(bool remember);
    /// The keychain box: checked as the session says, enabled only while unlocked and idle.
    void updateKeychain();

    IdleLock &m_idleLock;
    QPointer<WalletSession> m_session;
    qint64 m_profileId = 0;
    TrustListModel *m_trust = nullptr;
    QSpinBox *m_autoLock = nullptr;
    QCheckBox *m_keychain = nullptr;
    bool m_askingKeychain = false;
    KeysBox *m_keys = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_transferMessage = nullptr;
    QPointer<ActivityBase> m_transfer; // the import or export running
    QString m_transferFailure;
    DocumentCacheBox *m_cache = nullptr;
    AllowedContextsBox *m_contexts = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace vcdesk
