#include "models/CredentialAdder.h"

#include "core/store/CredentialImporter.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "models/WalletSession.h"

namespace vcdesk {

CredentialAdder::CredentialAdder(WalletSession &session, qint64 profileId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profileId(profileId)
{
    // What was found is the wallet's business: gone when it locks.
    connect(&session, &WalletSession::locked, this, &CredentialAdder::clear);
}

void CredentialAdder::clear()
{
    if (m_examining)
        m_examining->cancel();
    m_examining = nullptr; // whatever it finds now is dropped
    m_candidates.clear();
}

ActivityBase *CredentialAdder::examine(const QByteArray &input, const QString &sourceRef)
{
    clear();
    auto *examining = new Activity<QList<Candidate>>(this);
    m_examining = examining;
    examining->start([input,
                      sourceRef](const ActivityBase::Context &context) -> Result<QList<Candidate>> {
        if (input.size() > CredentialImporter::kMaxInputBytes)
            return Error{QStringLiteral("import.too_large"),
                         tr("this is larger than %1 MiB; it is not a credential")
                             .arg(CredentialImporter::kMaxInputBytes / (1024 * 1024))};
        auto found = CredentialImporter::extract(input);
        if (!found)
            return found.error();
        // In memory only: the status lists a wallet's credentials point at would tell anyone
        // with a copy of the cache folder what the wallet holds.
        auto options =
            InspectOptionsBuilder().cache(InspectOptionsBuilder::Cache::InMemory).build();
        if (!options)
            return options.error();
        QList<Candidate> candidates;
        for (const QByteArray &raw : found.value()) {
            context.report(
                tr("Checking credential %1 of %2…").arg(candidates.size() + 1).arg(found->size()));
            Candidate candidate;
            auto record = CredentialImporter::prepare(
                raw, options.value(), QStringLiteral("import"), sourceRef, &candidate.inspection);
            if (!record)
                return record.error();
            candidate.record = record.value();
            candidate.inspection.payload.object(); // built here, not on the GUI thread
            candidates << candidate;
        }
        return candidates;
    });
    connect(examining, &ActivityBase::finished, this, [this, examining] {
        examining->deleteLater();
        if (examining != m_examining)
            return; // superseded
        if (!examining->result()) {
            emit failed(tr("%1 [%2]").arg(examining->result().error().message,
                                          examining->result().error().code));
            return;
        }
        m_candidates = examining->result().value();
        emit examined();
    });
    return examining;
}

ActivityBase *CredentialAdder::store(const QStringList &tags)
{
    QList<CredentialRecord> records;
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        records << candidate.record;
        records.last().tags = tags;
    }
    const qint64 profileId = m_profileId;
    auto *storing = m_session.write<QPair<int, int>>(
        [records, profileId](Wallet &wallet,
                             const ActivityBase::Context &) -> Result<QPair<int, int>> {
            auto done = wallet.credentials().addMany(profileId, records);
            if (!done)
                return done.error();
            return qMakePair(int(done->added.size()), int(done->duplicates.size()));
        });
    connect(storing, &ActivityBase::finished, this, [this, storing] {
        storing->deleteLater();
        if (!storing->result()) {
            emit failed(storing->result().error().message);
            return;
        }
        m_candidates.clear();
        emit stored(storing->result()->first, storing->result()->second);
    });
    return storing;
}

} // namespace vcdesk
