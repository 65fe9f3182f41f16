#include "core/verify/TrustList.h"

#include "core/common/Clock.h"

#include "core/codec/StrictJson.h"
#include "core/common/DisplayText.h"
#include "core/did/DidUrl.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace vcdesk {

QString TrustList::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/trust-list.json");
}

Result<TrustList> TrustList::loadExisting(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error{QStringLiteral("trust.missing"),
                     tr("the trust list %1 does not exist (or is not a file)").arg(path)};
    return load(path);
}

Result<TrustList> TrustList::load(const QString &path)
{
    TrustList list;
    QFile file(path);
    if (!file.exists())
        return list;
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("trust.unreadable"),
                     tr("cannot read %1: %2").arg(path, file.errorString())};
    auto json = StrictJson::parseObject(file.read(4 * 1024 * 1024 + 1),
                                        JsonLimits{4 * 1024 * 1024, 8, 10000, 100000});
    if (!json || !json->value(QStringLiteral("issuers")).isArray())
        return Error{
            QStringLiteral("trust.damaged"),
            tr("the trust list %1 is damaged; fix or remove it (nothing was changed)").arg(path)};
    for (const QJsonValue &value : json->value(QStringLiteral("issuers")).toArray()) {
        const QJsonObject object = value.toObject();
        Entry entry{
            object.value(QStringLiteral("pattern")).toString(),
            object.value(QStringLiteral("name")).toString(),
            QDateTime::fromString(object.value(QStringLiteral("added")).toString(), Qt::ISODate)};
        if (auto added = list.add(entry.pattern, entry.name); !added)
            return Error{
                QStringLiteral("trust.damaged"),
                tr("the trust list %1 has a bad entry: %2").arg(path, added.error().message)};
        list.m_entries.last().added = entry.added;
    }
    return list;
}

Status TrustList::save(const QString &path) const
{
    QJsonArray issuers;
    for (const Entry &entry : m_entries)
        issuers.append(
            QJsonObject{{QStringLiteral("pattern"), entry.pattern},
                        {QStringLiteral("name"), entry.name},
                        {QStringLiteral("added"), entry.added.toUTC().toString(Qt::ISODate)}});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("trust.unwritable"),
                     tr("cannot write %1: %2").arg(path, file.errorString())};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("issuers"), issuers}}).toJson());
    if (!file.commit())
        return Error{QStringLiteral("trust.unwritable"),
                     tr("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

Status TrustList::add(const QString &pattern, const QString &name, const QDateTime &added)
{
    const bool wildcard = pattern.endsWith(QLatin1Char('*'));
    const QString stem = wildcard ? pattern.chopped(1) : pattern;
    // A pattern says which DID method it covers and can only ever match DIDs: "did:*" and
    // "did:web:a b*" are no patterns.
    const bool validStem = wildcard ? DidUrl::isDidPrefix(stem)
                                    : DidUrl::parse(stem).ok() && DidUrl::parse(stem)->isBareDid();
    if (!validStem)
        return Error{QStringLiteral("trust.pattern"),
                     tr("\"%1\" is neither a DID nor a DID pattern such as did:web:example.com*")
                         .arg(DisplayText::escape(pattern, 120))};
    // "did:key:*" would trust every did:key, and anyone can make one in a second (a domain for
    // "did:web:*" costs little more): the list would accept everybody while looking like a
    // policy. Like a CA that refuses "*.com", a pattern must name at least the start of an
    // identifier within its method.
    if (wildcard && stem.indexOf(QLatin1Char(':'), 4) == stem.size() - 1)
        return Error{QStringLiteral("trust.pattern_too_broad"),
                     tr("\"%1\" would trust every %2 DID, and anyone can make one; name the "
                        "issuers, or a domain such as did:web:example.com*")
                         .arg(DisplayText::escape(pattern, 120), stem.chopped(1))};
    if (name.trimmed().isEmpty())
        return Error{QStringLiteral("trust.name"), tr("give the issuer a name")};
    for (Entry &entry : m_entries) {
        if (entry.pattern == pattern) {
            entry.name = name.trimmed();
            return {};
        }
    }
    m_entries.append(Entry{pattern, name.trimmed(), added.isValid() ? added : Clock::now()});
    return {};
}

bool TrustList::remove(const QString &pattern)
{
    return m_entries.removeIf([&](const Entry &entry) { return entry.pattern == pattern; }) > 0;
}

namespace {

/// "did:web:bank.example*" covers did:web:bank.example and its paths
/// (did:web:bank.example:branch), never did:web:bank.example.evil.com or
/// did:web:bank.examplex: what follows the stem must start a new DID segment, unless the stem
/// itself ends one ("did:web:").
bool coveredBy(const QString &stem, const QString &did)
{
    if (!did.startsWith(stem))
        return false;
    if (did.size() == stem.size() || stem.endsWith(QLatin1Char(':')))
        return true;
    return did.at(stem.size()) == QLatin1Char(':');
}

} // namespace

std::optional<TrustList::Entry> TrustList::match(const QString &did) const
{
    std::optional<Entry> best;
    for (const Entry &entry : m_entries) {
        if (entry.pattern == did)
            return entry;
        if (entry.pattern.endsWith(QLatin1Char('*')) && coveredBy(entry.pattern.chopped(1), did) &&
            (!best || entry.pattern.size() > best->pattern.size()))
            best = entry;
    }
    return best;
}

} // namespace vcdesk
