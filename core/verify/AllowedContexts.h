#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace vcdesk {

/// The JSON-LD contexts a person allowed beyond the ones vcdesk carries, as ContextLoader uses
/// them: URL -> the SHA-256 (64 hex digits) it must have, or empty to use the first copy
/// cached. Kept in the user's data folder (allowed-contexts.json):
/// {"contexts": [{"url": "https://…", "sha256": "…"}]}, "sha256" optional (64 lowercase hex
/// digits when present).
///
/// Read as hostile input: at most kMaxBytes and kMaxEntries; each URL absolute http(s) with a
/// host, no user name, no fragment, shown without control characters; no URL twice. Errors:
/// "contexts.unreadable", "contexts.invalid" (saying which entry and why).
class AllowedContexts
{
    Q_DECLARE_TR_FUNCTIONS(AllowedContexts)
public:
    using Map = QHash<QString, QByteArray>;

    static constexpr qsizetype kMaxBytes = 256 * 1024;
    static constexpr int kMaxEntries = 500;

    static QString defaultPath();
    /// An absent file is an empty list.
    static Result<Map> load(const QString &path);
    /// Written atomically; "contexts.unwritable" when it cannot be.
    static Status save(const QString &path, const Map &contexts);
    /// One allowance as a person types it: "URL", or "URL#sha256=HEX" to pin it (a context's
    /// address has no fragment, so the two cannot be confused; the hex in either case).
    static Result<std::pair<QString, QByteArray>> parseEntry(const QString &text);
    /// Checks one URL and hash as an entry of the file ("contexts.invalid").
    static Status checkEntry(const QString &url, const QByteArray &sha256);
};

} // namespace vcdesk
