#include "core/oid4vci/LocalizedDisplay.h"

#include "core/oid4vci/MemberReader.h"

#include <QRegularExpression>
#include <QSet>

namespace vcdesk {

namespace {

using Presence = MemberReader::Presence;

QString plainColour(const QString &text)
{
    static const QRegularExpression colour(QStringLiteral("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
    return colour.match(text).hasMatch() ? text : QString();
}

QString primaryLanguage(const QString &tag)
{
    return tag.section(QLatin1Char('-'), 0, 0).toLower();
}

} // namespace

Result<LocalizedDisplay> LocalizedDisplay::parse(const QJsonArray &array, const QString &where,
                                                 const QString &code, bool nameRequired)
{
    LocalizedDisplay display;
    QSet<QString> locales;
    if (array.size() > MemberReader::kMaxListItems)
        return Error{
            code,
            tr("%1: display has more than %2 entries").arg(where).arg(MemberReader::kMaxListItems)};
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            return Error{code, tr("%1: a display entry is not an object").arg(where)};
        const MemberReader reader(item.toObject(), where + QStringLiteral(": display"), code);
        Entry entry;
        auto locale = reader.string(QStringLiteral("locale"), Presence::Optional);
        auto name = reader.string(QStringLiteral("name"),
                                  nameRequired ? Presence::Required : Presence::Optional);
        auto description = reader.string(QStringLiteral("description"), Presence::Optional);
        for (const auto *field : {&locale, &name, &description})
            if (!*field)
                return field->error();
        const QString key = locale->toLower();
        if (locales.contains(key))
            return reader.error(tr("two entries are for the language \"%1\"").arg(key.left(20)));
        locales.insert(key);
        entry.locale = locale.value();
        entry.name = name.value();
        entry.description = description.value();
        auto logo = reader.object(QStringLiteral("logo"), Presence::Optional);
        if (!logo)
            return logo.error();
        if (logo.value()) {
            const QJsonValue uri = logo.value()->value(QStringLiteral("uri"));
            if (!uri.isString() || uri.toString().isEmpty() || uri.toString().size() > kMaxLogoUri)
                return reader.error(tr("the logo has no usable uri"));
            entry.logoUri = uri.toString();
            const MemberReader logoReader(*logo.value(), reader.where() + QStringLiteral(": logo"),
                                          code);
            auto alt = logoReader.string(QStringLiteral("alt_text"), Presence::Optional);
            if (!alt)
                return alt.error();
            entry.logoAltText = alt.value();
        }
        entry.backgroundColor =
            plainColour(item.toObject().value(QStringLiteral("background_color")).toString());
        entry.textColor =
            plainColour(item.toObject().value(QStringLiteral("text_color")).toString());
        display.m_entries << entry;
    }
    return display;
}

LocalizedDisplay::Entry LocalizedDisplay::pick(const QStringList &languages) const
{
    for (const QString &language : languages)
        for (const Entry &entry : m_entries)
            if (entry.locale.compare(language, Qt::CaseInsensitive) == 0)
                return entry;
    for (const QString &language : languages)
        for (const Entry &entry : m_entries)
            if (!entry.locale.isEmpty() &&
                primaryLanguage(entry.locale) == primaryLanguage(language))
                return entry;
    for (const Entry &entry : m_entries)
        if (entry.locale.isEmpty())
            return entry;
    return m_entries.isEmpty() ? Entry{} : m_entries.first();
}

} // namespace vcdesk
