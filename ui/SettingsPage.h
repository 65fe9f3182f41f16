#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace vcdesk {

class ActivityBase;
class IdleLock;
class TrustListModel;

/// Settings a person changes: after how many idle minutes the wallet locks, and the trust list
/// (the issuers vcdesk names next to their DIDs, and a verifier may require): add an issuer's
/// DID or a pattern with a name, remove one. Saved at once; a bad entry is said plainly and
/// changes nothing.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(IdleLock &idleLock, const QString &trustListPath, QWidget *parent = nullptr);

    TrustListModel *trustList() const { return m_trust; }
    QString problem() const;

    static constexpr const char *kAutoLockKey = "wallet/autoLockMinutes";
    static constexpr int kDefaultAutoLockMinutes = 10;

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);

protected:
    void showEvent(QShowEvent *event) override;

private:
    IdleLock &m_idleLock;
    TrustListModel *m_trust = nullptr;
    QSpinBox *m_autoLock = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace vcdesk
