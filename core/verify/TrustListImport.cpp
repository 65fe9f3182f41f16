#include "core/verify/TrustListImport.h"

#include "core/common/DisplayText.h"

#include "core/codec/StrictJson.h"
#include "core/common/BoundedRead.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace vcdesk {

namespace {

Error refused(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

/// C0, DEL and C1: a name must not start a new line or carry an escape sequence.
bool hasControlCharacter(const QString &text)
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

/// The members of an entry, exactly.
bool hasExactMembers(const QJsonObject &object, std::initializer_list<const char *> names)
{
    if (object.size() != qsizetype(names.size()))
        return false;
    for (const char *name : names)
        if (!object.contains(QLatin1String(name)))
            return false;
    return true;
}

} // namespace

Result<QList<TrustList::Entry>> TrustListImport::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return refused("trust.import_unreadable", tr("%1 is not a file").arg(path));
    if (info.size() > kMaxBytes)
        return refused("trust.import_too_large",
                       tr("%1 is larger than a trust list may be (%2 KiB)")
                           .arg(path, QString::number(kMaxBytes / 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused("trust.import_unreadable",
                       tr("cannot read %1: %2").arg(path, file.errorString()));
    // Read one byte more than allowed: a file that grew since it was measured is still caught.
    return parse(BoundedRead::upTo(file, kMaxBytes));
}

Result<QList<TrustList::Entry>> TrustListImport::parse(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes)
        return refused(
            "trust.import_too_large",
            tr("the file is larger than a trust list may be (%1 KiB)").arg(kMaxBytes / 1024));
    if (bytes.trimmed().isEmpty())
        return refused("trust.import_empty", tr("the file is empty"));
    JsonLimits limits;
    limits.maxBytes = kMaxBytes;
    limits.maxDepth = 4; // {"issuers": [{"pattern": ...}]}
    limits.maxMembersPerObject = 8;
    limits.maxElementsPerArray = kMaxBytes; // counted below, against kMaxEntries
    auto json = StrictJson::parse(bytes, limits);
    if (!json)
        return refused("trust.import_json",
                       tr("the file is not valid JSON: %1").arg(json.error().message));
    const QJsonObject top = json->toObject();
    if (!json->isObject() || !hasExactMembers(top, {"issuers"}) ||
        !top.value(QStringLiteral("issuers")).isArray())
        return refused("trust.import_schema",
                       tr("the file is not a vcdesk trust list: it must be an object with one "
                          "member, \"issuers\", a list"));
    const QJsonArray issuers = top.value(QStringLiteral("issuers")).toArray();
    if (issuers.size() > kMaxEntries)
        return refused("trust.import_too_many",
                       tr("the file has %1 entries; a trust list holds at most %2")
                           .arg(issuers.size())
                           .arg(kMaxEntries));

    QList<TrustList::Entry> entries;
    QSet<QString> seen;
    for (qsizetype i = 0; i < issuers.size(); ++i) {
        const qsizetype number = i + 1;
        const QJsonObject object = issuers.at(i).toObject();
        if (!issuers.at(i).isObject() || !hasExactMembers(object, {"pattern", "name", "added"}) ||
            !object.value(QStringLiteral("pattern")).isString() ||
            !object.value(QStringLiteral("name")).isString() ||
            !object.value(QStringLiteral("added")).isString())
            return refused("trust.import_schema",
                           tr("entry %1 is not an object with the strings \"pattern\", \"name\" "
                              "and \"added\" (and nothing else)")
                               .arg(number));
        const QString pattern = object.value(QStringLiteral("pattern")).toString();
        const QString name = object.value(QStringLiteral("name")).toString();
        const QString addedText = object.value(QStringLiteral("added")).toString();

        // TrustList::add decides what a pattern is (a DID, or a stem in DID characters that
        // names more than a method); its sentence says which rule the entry breaks.
        TrustList probe;
        if (auto added = probe.add(pattern, QStringLiteral("probe")); !added)
            return refused("trust.import_pattern",
                           tr("entry %1: %2").arg(number).arg(added.error().message));
        if (seen.contains(pattern))
            return refused("trust.import_duplicate",
                           tr("entry %1: %2 is listed twice").arg(number).arg(pattern.left(120)));
        seen.insert(pattern);

        if (name.trimmed().isEmpty())
            return refused("trust.import_name", tr("entry %1 has no name").arg(number));
        if (name.size() > kMaxNameLength)
            return refused("trust.import_name",
                           tr("entry %1: the name is longer than %2 characters")
                               .arg(number)
                               .arg(kMaxNameLength));
        if (hasControlCharacter(name))
            return refused("trust.import_control",
                           tr("entry %1: the name holds control characters (a line break, a "
                              "tab or an escape)")
                               .arg(number));

        // TrustList::save writes "" for an entry whose date is not known.
        const QDateTime added = QDateTime::fromString(addedText, Qt::ISODate);
        if (!addedText.isEmpty() && !added.isValid())
            return refused("trust.import_added",
                           tr("entry %1: \"added\" is not a date and time (ISO 8601)").arg(number));
        entries.append(TrustList::Entry{pattern, name.trimmed(), added});
    }
    return entries;
}

Result<TrustListImport::Summary> TrustListImport::merge(TrustList &list,
                                                        const QList<TrustList::Entry> &entries)
{
    TrustList merged = list;
    Summary summary;
    summary.read = entries.size();
    for (const TrustList::Entry &entry : entries) {
        const auto before = std::find_if(
            merged.entries().cbegin(), merged.entries().cend(),
            [&](const TrustList::Entry &listed) { return listed.pattern == entry.pattern; });
        const bool listed = before != merged.entries().cend();
        const bool renamed = listed && before->name != entry.name;
        if (auto done = merged.add(entry.pattern, entry.name, entry.added); !done)
            return done.error(); // parse() checked it: only for entries made elsewhere
        summary.added += listed ? 0 : 1;
        summary.renamed += renamed ? 1 : 0;
    }
    if (merged.entries().size() > kMaxEntries)
        return refused("trust.import_too_many",
                       tr("with these entries the trust list would hold %1; it holds at most %2")
                           .arg(merged.entries().size())
                           .arg(kMaxEntries));
    list = merged;
    return summary;
}

} // namespace vcdesk
