#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace vcdesk {

/// While one is alive on a thread, CompactJws::payloadObject() on that thread gives the object
/// it parsed before for the same payload bytes instead of parsing them again. For one piece of
/// work that reads the same tokens several times (PresentationVerifier: the offline precheck of
/// every token, the inspection, the match against what was asked each parsed every payload),
/// and never longer: payloads are credentials' claims in plain text, and none is kept after
/// the work that read them. When the outermost one ends, the thread forgets them all. (The
/// holder's wallet opens none: nothing it reads is kept here.)
///
/// Only payloads read under the default JSON limits and without error are kept (a bad one is
/// refused every time), up to kMaxPayloadBytes each, kMaxPayloads at most (emptied when full).
class JwsPayloadReuse
{
public:
    static constexpr qsizetype kMaxPayloadBytes = 8192;
    static constexpr qsizetype kMaxPayloads = 32;

    JwsPayloadReuse();
    ~JwsPayloadReuse();
    JwsPayloadReuse(const JwsPayloadReuse &) = delete;
    JwsPayloadReuse &operator=(const JwsPayloadReuse &) = delete;

    /// How many payloads this thread keeps now: none outside every scope.
    static qsizetype keptOnThisThread();
    /// Whether one is alive on this thread: its work reads whole payloads, and keeps them.
    static bool inScope();

private:
    friend class CompactJws;
    /// The object kept for these bytes on this thread, or null (always null outside a scope).
    static const QJsonObject *find(const QByteArray &payload);
    /// Keeps it when inside a scope and small enough; else does nothing.
    static void remember(const QByteArray &payload, const QJsonObject &object);
};

} // namespace vcdesk
