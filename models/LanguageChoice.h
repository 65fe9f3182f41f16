#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace vcdesk {

/// The language the window speaks: the system's, or one a person chose in Settings (kept in
/// QSettings under kSettingKey as a locale name such as "de"; absent means the system's). Read
/// once at start (app/main.cpp installs it through AppTranslations), so a change takes effect
/// the next time vcdesk starts. English is the source language: it needs no translation file.
class LanguageChoice
{
public:
    static constexpr const char *kSettingKey = "ui/language";

    struct Language
    {
        QString code; // "en", "de", …
        QString name; // in its own language, and in English when that differs
    };

    /// English and each language with a "vcdesk_<code>.qm" in one of `folders` (by default
    /// AppTranslations::folders()), English first, then by name.
    static QList<Language> available(const QStringList &folders = {});
    /// The chosen language's code; empty for the system's.
    static QString chosen();
    /// Keeps `code` for the next start; an empty code goes back to the system's language.
    static void choose(const QString &code);
    /// The locale to translate to at start: the chosen language, else the system's.
    static QLocale startupLocale();
    static QString nameOf(const QString &code);
};

} // namespace vcdesk
