#include "core/jsonld/ProcessedContexts.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

namespace vcdesk {

namespace {

struct Store
{
    QMutex mutex;
    QHash<QString, ActiveContext> contexts;
    QStringList order; // oldest first
};

Store &store()
{
    static Store instance;
    return instance;
}

} // namespace

std::optional<ActiveContext> ProcessedContexts::find(const QString &key)
{
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    auto found = s.contexts.constFind(key);
    if (found == s.contexts.constEnd())
        return std::nullopt;
    return found.value(); // a copy: implicitly shared, never changed in place
}

void ProcessedContexts::keep(const QString &key, const ActiveContext &context)
{
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    if (s.contexts.contains(key))
        return;
    if (s.order.size() >= kMaxEntries)
        s.contexts.remove(s.order.takeFirst());
    s.contexts.insert(key, context);
    s.order << key;
}

} // namespace vcdesk
