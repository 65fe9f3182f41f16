#include "core/common/AppTranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace vcdesk {

QStringList AppTranslations::folders()
{
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() +
                            QStringLiteral("/../share/vcdesk/translations")),
            QStringLiteral(":/i18n")};
}

bool AppTranslations::install(const QLocale &locale, const QStringList &alsoIn)
{
    // Static: a translator must live as long as the application that uses it.
    static QTranslator own;
    static QTranslator qt;
    bool found = false;
    for (const QString &folder : folders() + alsoIn) {
        if (own.load(locale, QStringLiteral("vcdesk"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(&own);
            found = true;
            break;
        }
    }
    // Only with vcdesk's own: a window half in the system's language and half in English
    // would be worse than one in English.
    if (found && qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    return found;
}

} // namespace vcdesk
