#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace vcdesk {

/// Documents fetched for verification (status list credentials, JSON schemas) as last
/// fetched, in memory and (when given a folder) on disk, so checks keep working offline.
/// Files are written atomically. A copy in memory of a file is used only while that file is
/// unchanged (same size and modification time): a copy removed or replaced by another
/// process (another vcdesk, the cache view) is seen at the next get(). Thread-safe.
class DocumentCache
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCache)
public:
    /// What a cached document is, read from its content (kindOf()).
    enum class Kind { StatusList, Schema, Other };

    struct Entry
    {
        QByteArray bytes;
        QDateTime fetchedAt;
        /// Put by the application as the authoritative copy (e.g. the agent's own status
        /// lists), not fetched: used as is, whatever the network policy says of the URL.
        bool pinned = false;
    };

    /// One cached document as list() describes it (without its bytes).
    struct Listing
    {
        QString url;
        Kind kind = Kind::Other;
        QDateTime fetchedAt;
        qint64 size = 0;
        bool pinned = false;
    };

    /// An empty folder keeps the cache in memory only.
    explicit DocumentCache(QString folder = {});

    std::optional<Entry> get(const QString &url) const;
    void put(const QString &url, const QByteArray &bytes, const QDateTime &fetchedAt);
    /// An authoritative copy held by this process (memory only).
    void pin(const QString &url, const QByteArray &bytes);

    /// Every cached document, on disk and in memory, by URL (reads every file: not on the GUI
    /// thread). Damaged files are left out, as get() ignores them.
    QList<Listing> list() const;
    /// Forgets the copy of `url` (memory and disk); a pinned copy stays. "cache.not_cached"
    /// when there was none, "cache.unwritable" when its file cannot be removed.
    Status remove(const QString &url);
    /// Forgets every fetched copy (pinned ones stay): every cache file in the folder (damaged
    /// ones too; other files stay) and the copies held in memory only; how many went.
    /// "cache.unwritable" when a file cannot be removed (the others still are).
    Result<qsizetype> clear();

    const QString &folder() const { return m_folder; }
    /// A status list credential (W3C, any envelope, or an IETF status list token), a JSON
    /// schema (or a JsonSchemaCredential), or something else.
    static Kind kindOf(const QByteArray &bytes);
    /// The default cache folder under the user's cache location.
    static QString defaultFolder();

private:
    /// A copy in memory and, for a copy of a file, the file as it was when read or written.
    struct Held
    {
        Entry entry;
        bool onDisk = false;
        qint64 fileSize = -1;
        QDateTime fileModified;
    };

    QString fileFor(const QString &url) const;
    bool isCacheFile(const QString &name) const;
    /// The entry a cache file holds (for `url`, when given), or nothing for a damaged one.
    static std::optional<std::pair<QString, Entry>> readFile(const QString &path);
    /// Whether the file for `held` is still the one it was read from or written to.
    bool stillOnDisk(const QString &url, const Held &held) const;

    QString m_folder;
    mutable QMutex m_mutex;
    mutable QHash<QString, Held> m_memory;
};

} // namespace vcdesk
