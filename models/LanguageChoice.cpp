#include "models/LanguageChoice.h"

#include "core/common/AppTranslations.h"

#include <QDir>
#include <QSet>
#include <QSettings>

#include <algorithm>

namespace vcdesk {

namespace {

const QString kEnglish = QStringLiteral("en");

} // namespace

QString LanguageChoice::nameOf(const QString &code)
{
    if (code == kEnglish)
        return QStringLiteral("English"); // not "American English": the source is plain English
    const QLocale locale(code);
    QString native = locale.nativeLanguageName();
    if (native.isEmpty())
        return code;
    native[0] = native[0].toUpper();
    const QString english = QLocale::languageToString(locale.language());
    return english == native ? native : QStringLiteral("%1 (%2)").arg(native, english);
}

QList<LanguageChoice::Language> LanguageChoice::available(const QStringList &folders)
{
    QList<Language> languages;
    QSet<QString> seen;
    const QString prefix = QStringLiteral("vcdesk_");
    const QString suffix = QStringLiteral(".qm");
    for (const QString &folder : folders.isEmpty() ? AppTranslations::folders() : folders) {
        const QStringList files =
            QDir(folder).entryList({prefix + QLatin1Char('*') + suffix}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString code =
                file.mid(prefix.size(), file.size() - prefix.size() - suffix.size());
            // A name QLocale does not know would load nothing: not offered.
            if (code == kEnglish || QLocale(code).language() == QLocale::C || seen.contains(code))
                continue;
            seen.insert(code);
            languages << Language{code, nameOf(code)};
        }
    }
    std::sort(languages.begin(), languages.end(),
              [](const Language &a, const Language &b) { return a.name < b.name; });
    languages.prepend(Language{kEnglish, nameOf(kEnglish)});
    return languages;
}

QString LanguageChoice::chosen()
{
    return QSettings().value(QLatin1String(kSettingKey)).toString();
}

void LanguageChoice::choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kSettingKey));
    else
        settings.setValue(QLatin1String(kSettingKey), code);
}

QLocale LanguageChoice::startupLocale()
{
    const QString code = chosen();
    return code.isEmpty() ? QLocale() : QLocale(code);
}

} // namespace vcdesk
