#include "core/verify/AllowedContexts.h"

#include "core/codec/StrictJson.h"
#include "core/common/BoundedRead.h"
#include "core/common/DisplayText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace vcdesk {

namespace {

Error invalid(const QString &why)
{
    return Error{QStringLiteral("contexts.invalid"), why};
}

bool isSha256Hex(const QByteArray &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

} // namespace

QString AllowedContexts::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/allowed-contexts.json");
}

Status AllowedContexts::checkEntry(const QString &url, const QByteArray &sha256)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString shown = DisplayText::escape(url, 120);
    if (url.isEmpty() || url.size() > 2048 || !parsed.isValid() ||
        (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")) ||
        parsed.host().isEmpty())
        return invalid(tr("%1 is not an http(s) address").arg(shown));
    if (!parsed.userInfo().isEmpty() || parsed.hasFragment())
        return invalid(
            tr("%1 has a user name or a fragment, which a context address does not").arg(shown));
    if (std::any_of(url.begin(), url.end(),
                    [](QChar c) { return DisplayText::needsEscape(c.unicode()) || c.isSpace(); }))
        return invalid(tr("%1 holds spaces or control characters").arg(shown));
    if (!sha256.isEmpty() && !isSha256Hex(sha256))
        return invalid(tr("the SHA-256 of %1 is not 64 lowercase hex digits").arg(shown));
    return {};
}

Result<std::pair<QString, QByteArray>> AllowedContexts::parseEntry(const QString &text)
{
    // A context's address has no fragment, so "#sha256=" cannot be part of it.
    const QString trimmed = text.trimmed();
    const qsizetype hash = trimmed.indexOf(QLatin1Char('#'));
    const QString url = hash < 0 ? trimmed : trimmed.left(hash);
    QByteArray sha256;
    if (hash >= 0) {
        const QString pin = trimmed.mid(hash + 1);
        if (!pin.startsWith(QLatin1String("sha256=")))
            return invalid(tr("after the address, only #sha256= and 64 hex digits may follow"));
        sha256 = pin.mid(7).toLatin1().toLower();
        if (!isSha256Hex(sha256))
            return invalid(tr("the SHA-256 after #sha256= is not 64 hex digits"));
    }
    if (auto ok = checkEntry(url, sha256); !ok)
        return ok.error();
    return std::pair{url, sha256};
}

Result<AllowedContexts::Map> AllowedContexts::load(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Map();
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("contexts.unreadable"),
                     tr("cannot read the allowed contexts %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray bytes = BoundedRead::upTo(file, kMaxBytes);
    if (bytes.size() > kMaxBytes)
        return invalid(tr("the allowed contexts file is larger than %1 KiB").arg(kMaxBytes / 1024));
    JsonLimits limits;
    limits.maxBytes = kMaxBytes;
    auto json = StrictJson::parseObject(bytes, limits);
    if (!json)
        return invalid(tr("the allowed contexts file is not JSON: %1").arg(json.error().message));
    const QJsonValue list = json->value(QStringLiteral("contexts"));
    if (!list.isArray() || json->size() != 1)
        return invalid(tr("the allowed contexts file must hold only a \"contexts\" list"));
    if (list.toArray().size() > kMaxEntries)
        return invalid(tr("the allowed contexts file has more than %1 entries").arg(kMaxEntries));
    Map contexts;
    for (const QJsonValue &item : list.toArray()) {
        const QJsonObject entry = item.toObject();
        const QJsonValue url = entry.value(QStringLiteral("url"));
        const QJsonValue sha = entry.value(QStringLiteral("sha256"));
        const bool shaOk = sha.isUndefined() || (sha.isString() && !sha.toString().isEmpty());
        const bool keysOk = entry.size() == (sha.isUndefined() ? 1 : 2); // nothing else
        if (!item.isObject() || !url.isString() || !shaOk || !keysOk)
            return invalid(tr("each allowed context is {\"url\": …, \"sha256\": …}"));
        const QByteArray hash = sha.toString().toLatin1();
        if (auto ok = checkEntry(url.toString(), hash); !ok)
            return ok.error();
        if (contexts.contains(url.toString()))
            return invalid(tr("%1 is allowed twice").arg(DisplayText::escape(url.toString(), 120)));
        contexts.insert(url.toString(), hash);
    }
    return contexts;
}

Status AllowedContexts::save(const QString &path, const Map &contexts)
{
    QStringList urls = contexts.keys();
    urls.sort();
    QJsonArray list;
    for (const QString &url : urls) {
        QJsonObject entry{{QStringLiteral("url"), url}};
        if (!contexts.value(url).isEmpty())
            entry.insert(QStringLiteral("sha256"), QString::fromLatin1(contexts.value(url)));
        list.append(entry);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("contexts"), list}}).toJson()) < 0 ||
        !file.commit())
        return Error{QStringLiteral("contexts.unwritable"),
                     tr("cannot save the allowed contexts to %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace vcdesk
