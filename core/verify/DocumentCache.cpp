#include "core/verify/DocumentCache.h"

#include "core/common/BoundedRead.h"
#include "core/common/Clock.h"

#include "core/codec/Base64Url.h"
#include "core/codec/StrictJson.h"
#include "core/crypto/Digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace vcdesk {

namespace {

/// What a cache file or a cached document may be at most.
JsonLimits cacheLimits()
{
    JsonLimits limits;
    limits.maxBytes = 32 * 1024 * 1024;
    return limits;
}

QStringList typesOf(const QJsonValue &type)
{
    QStringList types;
    if (type.isString())
        types << type.toString();
    for (const QJsonValue &each : type.toArray())
        types << each.toString();
    return types;
}

bool anyOf(const QStringList &types, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(),
                       [&](const char *name) { return types.contains(QLatin1String(name)); });
}

/// A credential (or a JWT's claims) read for its kind only.
DocumentCache::Kind kindOfObject(const QJsonObject &object)
{
    // An IETF token status list carries its list as a claim.
    if (object.value(QStringLiteral("status_list")).isObject())
        return DocumentCache::Kind::StatusList;
    const QJsonObject credential = object.value(QStringLiteral("vc")).isObject()
                                       ? object.value(QStringLiteral("vc")).toObject()
                                       : object;
    const QStringList types = typesOf(credential.value(QStringLiteral("type")));
    const QJsonValue subject = credential.value(QStringLiteral("credentialSubject"));
    const QStringList subjectTypes = typesOf((subject.isArray() ? subject.toArray().at(0) : subject)
                                                 .toObject()
                                                 .value(QStringLiteral("type")));
    if (anyOf(types, {"StatusList2021Credential", "BitstringStatusListCredential",
                      "RevocationList2020Credential"}) ||
        anyOf(subjectTypes, {"StatusList2021", "BitstringStatusList", "RevocationList2020"}))
        return DocumentCache::Kind::StatusList;
    if (types.contains(QLatin1String("JsonSchemaCredential")) ||
        object.contains(QStringLiteral("$schema")) ||
        (object.value(QStringLiteral("type")) == QLatin1String("object") &&
         object.value(QStringLiteral("properties")).isObject()))
        return DocumentCache::Kind::Schema;
    return DocumentCache::Kind::Other;
}

} // namespace

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

bool DocumentCache::isCacheFile(const QString &name) const
{
    // 64 hexadecimal digits and ".json": what fileFor() makes, nothing else in the folder.
    return name.size() == 69 && name.endsWith(QLatin1String(".json")) &&
           std::all_of(name.begin(), name.begin() + 64, [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                      (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

std::optional<std::pair<QString, DocumentCache::Entry>> DocumentCache::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const JsonLimits limits = cacheLimits();
    auto json = StrictJson::parseObject(BoundedRead::upTo(file, limits.maxBytes), limits);
    // A damaged cache file is ignored (and replaced by the next fetch), never trusted.
    if (!json)
        return std::nullopt;
    const QString url = json->value(QStringLiteral("url")).toString();
    Entry entry{json->value(QStringLiteral("document")).toString().toUtf8(),
                QDateTime::fromString(json->value(QStringLiteral("fetchedAt")).toString(),
                                      Qt::ISODateWithMs),
                false};
    // A file must hold the document of the URL it is named for.
    if (url.isEmpty() ||
        QFileInfo(path).fileName() !=
            QString::fromLatin1(Digest::sha256(url.toUtf8()).toHex()) + QStringLiteral(".json"))
        return std::nullopt;
    if (entry.bytes.isEmpty() || !entry.fetchedAt.isValid())
        return std::nullopt;
    return std::make_pair(url, entry);
}

bool DocumentCache::stillOnDisk(const QString &url, const Held &held) const
{
    const QFileInfo info(fileFor(url));
    return info.exists() && info.size() == held.fileSize &&
           info.lastModified() == held.fileModified;
}

std::optional<DocumentCache::Entry> DocumentCache::get(const QString &url) const
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_memory.constFind(url); it != m_memory.constEnd()) {
        // Pinned, memory-only, or never written (a full disk): this process's copy is the one.
        if (it->entry.pinned || m_folder.isEmpty() || !it->onDisk || stillOnDisk(url, *it))
            return it->entry;
        m_memory.remove(url); // removed or replaced since: read it again
    }
    if (m_folder.isEmpty())
        return std::nullopt;
    const QString path = fileFor(url);
    // Measured before reading: a file replaced in between is then seen as changed next time,
    // never taken for the copy read here.
    const QFileInfo before(path);
    auto read = readFile(path);
    if (!read || read->first != url)
        return std::nullopt;
    m_memory.insert(url, Held{read->second, true, before.size(), before.lastModified()});
    return read->second;
}

void DocumentCache::pin(const QString &url, const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    m_memory.insert(url, Held{Entry{bytes, Clock::now(), true}});
}

void DocumentCache::put(const QString &url, const QByteArray &bytes, const QDateTime &fetchedAt)
{
    QMutexLocker lock(&m_mutex);
    Held held{Entry{bytes, fetchedAt, false}};
    if (!m_folder.isEmpty()) {
        QSaveFile file(fileFor(url));
        if (file.open(QIODevice::WriteOnly) &&
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            file.write(
                QJsonDocument(QJsonObject{{QStringLiteral("url"), url},
                                          {QStringLiteral("fetchedAt"),
                                           fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
                                          {QStringLiteral("document"), QString::fromUtf8(bytes)}})
                    .toJson(QJsonDocument::Compact));
            if (file.commit()) {
                const QFileInfo written(fileFor(url));
                held.onDisk = true;
                held.fileSize = written.size();
                held.fileModified = written.lastModified();
            }
        }
        // Not written: the in-memory copy still serves this session.
    }
    m_memory.insert(url, held);
}

QList<DocumentCache::Listing> DocumentCache::list() const
{
    QList<Listing> listings;
    QSet<QString> listed;
    // Files are replaced atomically: read without the lock, so checks need not wait.
    if (!m_folder.isEmpty()) {
        const QFileInfoList files =
            QDir(m_folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QFileInfo &info : files) {
            if (!isCacheFile(info.fileName()))
                continue;
            auto read = readFile(info.filePath());
            if (!read)
                continue;
            listings << Listing{read->first, kindOf(read->second.bytes), read->second.fetchedAt,
                                read->second.bytes.size(), false};
            listed.insert(read->first);
        }
    }
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_memory.constBegin(); it != m_memory.constEnd(); ++it) {
            // A copy of a file is listed as the file is (or not, when it is gone).
            const bool ownCopy = it->entry.pinned || m_folder.isEmpty() || !it->onDisk;
            if (!ownCopy || listed.contains(it.key()))
                continue;
            listings << Listing{it.key(), kindOf(it->entry.bytes), it->entry.fetchedAt,
                                it->entry.bytes.size(), it->entry.pinned};
        }
    }
    std::sort(listings.begin(), listings.end(),
              [](const Listing &a, const Listing &b) { return a.url < b.url; });
    return listings;
}

Status DocumentCache::remove(const QString &url)
{
    QMutexLocker lock(&m_mutex);
    bool removed = false;
    if (auto it = m_memory.find(url); it != m_memory.end() && !it->entry.pinned) {
        m_memory.erase(it);
        removed = true;
    }
    if (!m_folder.isEmpty() && QFileInfo::exists(fileFor(url))) {
        QFile file(fileFor(url));
        if (!file.remove())
            return Error{QStringLiteral("cache.unwritable"),
                         tr("cannot remove the cached copy of %1: %2")
                             .arg(url.left(200), file.errorString())};
        removed = true;
    }
    if (!removed)
        return Error{QStringLiteral("cache.not_cached"),
                     tr("%1 is not in the cache").arg(url.left(200))};
    return {};
}

Result<qsizetype> DocumentCache::clear()
{
    QMutexLocker lock(&m_mutex);
    QSet<QString> gone;
    for (auto it = m_memory.begin(); it != m_memory.end();) {
        if (it->entry.pinned) {
            ++it;
            continue;
        }
        // A copy whose file is gone already was cleared elsewhere: not counted twice.
        if (!it->onDisk || m_folder.isEmpty())
            gone.insert(it.key());
        it = m_memory.erase(it);
    }
    qsizetype removed = gone.size();
    QString failure;
    if (!m_folder.isEmpty()) {
        const QFileInfoList files =
            QDir(m_folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
        for (const QFileInfo &info : files) {
            if (!isCacheFile(info.fileName()))
                continue; // not ours: left alone
            QFile file(info.filePath());
            if (file.remove())
                ++removed;
            else if (failure.isEmpty())
                failure = file.errorString();
        }
    }
    if (!failure.isEmpty())
        return Error{QStringLiteral("cache.unwritable"),
                     tr("cannot remove every cached document from %1: %2")
                         .arg(QDir::toNativeSeparators(m_folder), failure)};
    return removed;
}

DocumentCache::Kind DocumentCache::kindOf(const QByteArray &bytes)
{
    const QByteArray text = bytes.trimmed();
    if (text.startsWith('{')) {
        auto json = StrictJson::parseObject(text, cacheLimits());
        return json ? kindOfObject(json.value()) : Kind::Other;
    }
    // A compact JWS (or an SD-JWT's first part): header, claims, signature.
    const QList<QByteArray> parts = text.split('~').value(0).split('.');
    if (parts.size() != 3)
        return Kind::Other;
    auto header = Base64Url::decode(parts.at(0));
    if (header) {
        auto typ = StrictJson::parseObject(header.value());
        if (typ && typ->value(QStringLiteral("typ")).toString().toLower() ==
                       QLatin1String("statuslist+jwt"))
            return Kind::StatusList;
    }
    auto claims = Base64Url::decode(parts.at(1));
    if (!claims)
        return Kind::Other;
    auto json = StrictJson::parseObject(claims.value(), cacheLimits());
    return json ? kindOfObject(json.value()) : Kind::Other;
}

} // namespace vcdesk
