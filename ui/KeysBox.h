#pragma once

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace vcdesk {

class OutcomeLabel;
class ActivityBase;
class KeyActions;
class KeyListModel;
class WalletSession;

/// The Settings group "Keys and identities": the profile's holder keys (DID, key type, DID
/// method, the default, when made; empty while locked), New key (type and DID method chosen
/// beside it, made on the wallet's thread), Make default, Copy DID. No removal: credentials
/// stay bound to the key they were issued to. What went wrong is a sentence under the table.
class KeysBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit KeysBox(QWidget *parent = nullptr);

    /// Shows the keys of `profileId` in `session`'s wallet. Until then the box says to unlock.
    void setWallet(WalletSession &session, qint64 profileId);

    KeyListModel *model() const { return m_model; }
    KeyActions *actions() const { return m_actions; }
    QString message() const;

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);

private:
    void updateState();
    qint64 selectedId() const;

    QPointer<WalletSession> m_session;
    qint64 m_profileId = 0;
    KeyListModel *m_model = nullptr;
    KeyActions *m_actions = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_method = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_makeDefault = nullptr;
    QPushButton *m_copy = nullptr;
    OutcomeLabel *m_message = nullptr;
    qint64 m_keepSelected = 0; // the key to select again once the list is read again
    bool m_working = false;
};

} // namespace vcdesk
