#pragma once

#include "core/common/Activity.h"
#include "core/store/CredentialRecord.h"
#include "core/verify/Inspection.h"

#include <QObject>
#include <QPointer>

namespace vcdesk {

class WalletSession;

/// Adds to the wallet what a person gives it (a file's bytes, a paste), in two steps so the
/// report is seen before anything is stored: examine() finds the credentials in the input
/// (itself, or those an issuer-agent record wraps) and inspects each with every check, off
/// the GUI thread (CredentialImporter, the options of InspectOptionsBuilder: a damaged trust
/// list is an error); store() adds them to the profile through the session (duplicates are
/// skipped, never doubled). A newer examine() supersedes an older one.
class CredentialAdder : public QObject
{
    Q_OBJECT
public:
    struct Candidate
    {
        CredentialRecord record;
        Inspection inspection;
    };

    CredentialAdder(WalletSession &session, qint64 profileId, QObject *parent = nullptr);

    ActivityBase *examine(const QByteArray &input, const QString &sourceRef);
    const QList<Candidate> &candidates() const { return m_candidates; }
    /// Stores what examine() found; stored() or failed() follow.
    ActivityBase *store(const QStringList &tags = {});
    void clear();

signals:
    void examined();
    void stored(int added, int duplicates);
    void failed(const QString &message);

private:
    WalletSession &m_session;
    qint64 m_profileId;
    QList<Candidate> m_candidates;
    QPointer<ActivityBase> m_examining;
};

} // namespace vcdesk
