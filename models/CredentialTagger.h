#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace vcdesk {

class WalletSession;

/// Saves a credential's tags as a person types them, on one line: "work, travel". parse()
/// splits at the commas and says in a sentence what is wrong (an empty tag, a tag too long,
/// too many, an invisible character), before anything is written; save() writes them through
/// the session on the wallet's thread (CredentialStore::setTags): saved() with the tags as
/// stored, or failed() with a sentence, and the stored tags stay as they were. The session's
/// changed() then reloads the lists and the filter choices.
class CredentialTagger : public QObject
{
    Q_OBJECT
public:
    explicit CredentialTagger(WalletSession &session, QObject *parent = nullptr);

    /// The tags in `text` (trimmed, each once; an empty line is no tags), or why not.
    static Result<QStringList> parse(const QString &text);
    /// The line that parses back to `tags`.
    static QString joined(const QStringList &tags);

    /// Returns at once; saved() or failed() follow.
    void save(qint64 credentialId, const QString &text);
    bool isSaving() const { return m_saving > 0; }

signals:
    void saved(qint64 credentialId, const QStringList &tags);
    void failed(qint64 credentialId, const QString &sentence);

private:
    QPointer<WalletSession> m_session;
    int m_saving = 0;
};

} // namespace vcdesk
