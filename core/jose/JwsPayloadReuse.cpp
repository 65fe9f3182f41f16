#include "core/jose/JwsPayloadReuse.h"

#include "core/common/RecentTable.h"

namespace vcdesk {

namespace {

struct PayloadReuse
{
    int scopes = 0;
    RecentTable<QByteArray, QJsonObject, JwsPayloadReuse::kMaxPayloads> payloads;
};

thread_local PayloadReuse t_reuse;

bool keeps(const QByteArray &payload)
{
    return t_reuse.scopes > 0 && payload.size() <= JwsPayloadReuse::kMaxPayloadBytes;
}

} // namespace

JwsPayloadReuse::JwsPayloadReuse()
{
    ++t_reuse.scopes;
}

JwsPayloadReuse::~JwsPayloadReuse()
{
    Q_ASSERT(t_reuse.scopes > 0); // scopes live on the stack of the thread that opened them
    if (--t_reuse.scopes == 0)
        t_reuse.payloads.clear();
}

bool JwsPayloadReuse::inScope()
{
    return t_reuse.scopes > 0;
}

qsizetype JwsPayloadReuse::keptOnThisThread()
{
    return t_reuse.payloads.size();
}

const QJsonObject *JwsPayloadReuse::find(const QByteArray &payload)
{
    return keeps(payload) ? t_reuse.payloads.find(payload) : nullptr;
}

void JwsPayloadReuse::remember(const QByteArray &payload, const QJsonObject &object)
{
    if (keeps(payload))
        t_reuse.payloads.remember(payload, object);
}

} // namespace vcdesk
