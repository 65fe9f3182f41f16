#pragma once

#include <QLocale>
#include <QStringList>

namespace vcdesk {

/// Where vcdesk's translations are and how a process starts speaking one. An installed vcdesk
/// reads `vcdesk_<lang>.qm` from share/vcdesk/translations beside its bin folder (what the
/// package installs); the same files are compiled into the executable under :/i18n, which is
/// what a build tree, or a copy without the share folder, uses. Qt's own strings (standard
/// buttons, file dialogs) come from Qt's translations folder when qt6-translations-l10n is
/// installed.
class AppTranslations
{
public:
    /// The folders holding vcdesk_<lang>.qm, the installed one first.
    static QStringList folders();
    /// Installs vcdesk's and Qt's translations for `locale` into the application; false when
    /// vcdesk has none for it (English, the source language, needs none). Call once, after the
    /// QCoreApplication exists. `alsoIn` is looked in after folders(): a build's own .qm files,
    /// for programs other than vcdesk itself (the screenshot renderers).
    static bool install(const QLocale &locale, const QStringList &alsoIn = {});
};

} // namespace vcdesk
