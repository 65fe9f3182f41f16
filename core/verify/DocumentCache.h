#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace vcdesk {

/// Documents fetched for verification (status list credentials, JSON schemas) as last
/// fetched, in memory and (when given a folder) on disk, so checks keep working offline.
/// Files are written atomically. Thread-safe.
class DocumentCache
{
public:
    struct Entry
    {
        QByteArray bytes;
        QDateTime fetchedAt;
        /// Put by the application as the authoritative copy (e.g. the agent's own status
        /// lists), not fetched: used as is, whatever the network policy says of the URL.
        bool pinned = false;
    };

    /// An empty folder keeps the cache in memory only.
    explicit DocumentCache(QString folder = {});

    std::optional<Entry> get(const QString &url) const;
    void put(const QString &url, const QByteArray &bytes, const QDateTime &fetchedAt);
    /// An authoritative copy held by this process (memory only).
    void pin(const QString &url, const QByteArray &bytes);

    /// The default cache folder under the user's cache location.
    static QString defaultFolder();

private:
    QString fileFor(const QString &url) const;

    QString m_folder;
    mutable QMutex m_mutex;
    mutable QHash<QString, Entry> m_memory;
};

} // namespace vcdesk
