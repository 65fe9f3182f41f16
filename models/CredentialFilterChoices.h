#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace vcdesk {

class WalletSession;

/// The choices of the credential list's filter menus: the profile's types, issuers and tags,
/// read through the session on the wallet's thread (CredentialSearch: one index seek per
/// distinct value, so fast at 100,000 credentials), again after every change and unlock, and
/// emptied at once when the wallet locks (they are the wallet's content). Each choice has the
/// value the filter matches and a label a person reads: a readable type, the issuer's
/// trust-list name else its DID, the tag; escaped as plain text and sorted by label.
class CredentialFilterChoices : public QObject
{
    Q_OBJECT
public:
    struct Choice
    {
        QString value;
        QString label;
    };

    CredentialFilterChoices(WalletSession &session, qint64 profileId, QObject *parent = nullptr);

    const QList<Choice> &types() const { return m_types; }
    const QList<Choice> &issuers() const { return m_issuers; }
    const QList<Choice> &tags() const { return m_tags; }

public slots:
    void reload();

signals:
    /// The choices changed (read again, or emptied).
    void changed();
    void loadFailed(const QString &message);

private:
    void clear();

    QPointer<WalletSession> m_session;
    qint64 m_profileId;
    QList<Choice> m_types;
    QList<Choice> m_issuers;
    QList<Choice> m_tags;
    quint64 m_ticket = 0;
};

} // namespace vcdesk
