#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace vcdesk {

/// Status list credentials as last fetched, in memory and (when given a folder) on disk, so
/// status checks keep working offline. Files are written atomically. Thread-safe.
class StatusListCache
{
public:
    struct Entry
    {
        QByteArray credential;
        QDateTime fetchedAt;
    };

    /// An empty folder keeps the cache in memory only.
    explicit StatusListCache(QString folder = {});

    std::optional<Entry> get(const QString &url) const;
    void put(const QString &url, const QByteArray &credential, const QDateTime &fetchedAt);

    /// The default cache folder under the user's cache location.
    static QString defaultFolder();

private:
    QString fileFor(const QString &url) const;

    QString m_folder;
    mutable QMutex m_mutex;
    mutable QHash<QString, Entry> m_memory;
};

} // namespace vcdesk
