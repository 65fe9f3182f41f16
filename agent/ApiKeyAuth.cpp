#include "agent/ApiKeyAuth.h"

#include "agent/AgentHttp.h"

namespace vcdesk {

Result<AgentParty> ApiKeyAuth::caller(const AgentStore &store, const QHttpServerRequest &request)
{
    const QByteArray key = AgentHttp::header(request, "apikey");
    if (key.isEmpty())
        return Error{QStringLiteral("401"), tr("the apikey header is missing")};
    auto party = store.partyByApiKey(key);
    if (!party)
        return Error{QStringLiteral("401"), tr("the apikey is not known")};
    return *party;
}

} // namespace vcdesk
