#include "agent/ApiKeyAuth.h"

#include "agent/AgentHttp.h"

namespace vcdesk {

Result<AgentParty> ApiKeyAuth::caller(const AgentStore &store, const QHttpServerRequest &request)
{
    auto header = AgentHttp::header(request, "apikey");
    if (!header)
        return header.error();
    const QByteArray key = header.value();
    if (key.isEmpty())
        return Error{QStringLiteral("401"), tr("the apikey header is missing")};
    auto party = store.partyByApiKey(key);
    if (!party)
        return Error{QStringLiteral("401"), tr("the apikey is not known")};
    return *party;
}

} // namespace vcdesk
