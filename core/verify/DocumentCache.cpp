#include "core/verify/DocumentCache.h"

#include "core/common/Clock.h"

#include "core/codec/StrictJson.h"
#include "core/crypto/Digest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace vcdesk {

DocumentCache::DocumentCache(QString folder)
    : m_folder(std::move(folder))
{
    if (!m_folder.isEmpty() && QDir().mkpath(m_folder))
        QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner);
}

QString DocumentCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/documents");
}

QString DocumentCache::fileFor(const QString &url) const
{
    return m_folder + QLatin1Char('/') + QString::fromLatin1(Digest::sha256(url.toUtf8()).toHex()) +
           QStringLiteral(".json");
}

std::optional<DocumentCache::Entry> DocumentCache::get(const QString &url) const
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_memory.constFind(url); it != m_memory.constEnd())
        return it.value();
    if (m_folder.isEmpty())
        return std::nullopt;
    QFile file(fileFor(url));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    JsonLimits limits;
    limits.maxBytes = 32 * 1024 * 1024;
    auto json = StrictJson::parseObject(file.read(limits.maxBytes + 1), limits);
    // A damaged cache file is ignored (and replaced by the next fetch), never trusted.
    if (!json || json->value(QStringLiteral("url")).toString() != url)
        return std::nullopt;
    Entry entry{json->value(QStringLiteral("document")).toString().toUtf8(),
                QDateTime::fromString(json->value(QStringLiteral("fetchedAt")).toString(),
                                      Qt::ISODateWithMs),
                false};
    if (entry.bytes.isEmpty() || !entry.fetchedAt.isValid())
        return std::nullopt;
    m_memory.insert(url, entry);
    return entry;
}

void DocumentCache::pin(const QString &url, const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    m_memory.insert(url, Entry{bytes, Clock::now(), true});
}

void DocumentCache::put(const QString &url, const QByteArray &bytes, const QDateTime &fetchedAt)
{
    QMutexLocker lock(&m_mutex);
    m_memory.insert(url, Entry{bytes, fetchedAt, false});
    if (m_folder.isEmpty())
        return;
    QSaveFile file(fileFor(url));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return; // the in-memory copy still serves this session
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("url"), url},
                                         {QStringLiteral("fetchedAt"),
                                          fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("document"), QString::fromUtf8(bytes)}})
                   .toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace vcdesk
