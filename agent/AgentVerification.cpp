#include "agent/AgentVerification.h"

#include "core/common/Clock.h"

#include "agent/CredentialMinter.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/DocumentCache.h"

#include <QFileInfo>

namespace vcdesk {

AgentVerification::AgentVerification(const AgentStore &store, QString baseUrl,
                                     bool allowLoopbackHttp, QString trustListPath)
    : m_store(store)
    , m_baseUrl(std::move(baseUrl))
    , m_trustListPath(std::move(trustListPath))
{
    m_policy.allowLoopbackHttp = allowLoopbackHttp;
    m_trustListNamed = !m_trustListPath.isEmpty();
    if (!m_trustListNamed)
        m_trustListPath = defaultTrustListPath(store.folder());
}

QString AgentVerification::defaultTrustListPath(const QString &dataFolder)
{
    return dataFolder + QStringLiteral("/trust-list.json");
}

Result<std::shared_ptr<const TrustList>> AgentVerification::trustList() const
{
    auto list = m_trustListNamed ? TrustList::loadExisting(m_trustListPath)
                                 : TrustList::load(m_trustListPath);
    if (!list)
        return list.error();
    return std::make_shared<const TrustList>(std::move(list).value());
}

Status AgentVerification::ensureTrustList(const AgentStore &store, const QString &dataFolder)
{
    const QString path = defaultTrustListPath(dataFolder);
    if (QFileInfo::exists(path))
        return {};
    auto parties = store.parties();
    if (!parties)
        return parties.error();
    TrustList list;
    for (const AgentParty &party : parties.value())
        if (party.role == QLatin1String("issuer"))
            if (auto added = list.add(party.did, tr("vcdesk-agent (%1)").arg(party.name)); !added)
                return added;
    return list.save(path);
}

InspectOptions AgentVerification::options() const
{
    InspectOptions options;
    options.network = m_policy;
    options.resolver = MultiMethodDidResolver::createDefault(m_policy);
    // In memory only, and fresh for this inspection: the lists as they are right now.
    auto cache = std::make_shared<DocumentCache>();
    const QDateTime now = Clock::now();
    const auto ids = m_store.statusListIds();
    for (const QString &id : ids ? ids.value() : QStringList{}) {
        const auto list = m_store.statusList(id);
        const auto issuer = list ? m_store.partyByName(list->first) : std::nullopt;
        if (!issuer)
            continue;
        const QString url = m_baseUrl + QStringLiteral("/status/") + id;
        if (auto jwt = CredentialMinter::statusList(*issuer, url, list->second, now))
            cache->pin(url, jwt.value());
    }
    options.documentCache = cache;
    return options;
}

} // namespace vcdesk
