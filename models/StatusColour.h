#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace vcdesk {

/// The colours vcdesk draws text and message backgrounds in, chosen for the palette they are
/// seen against: dark red or green on a light window, light ones on a dark or high-contrast
/// window (each at least 4.5:1 against the window, WCAG AA). The word says the state; the
/// colour only adds to it.
class StatusColour
{
public:
    enum class Tone { Problem, Success, Warning, Information };

    static bool isDark(const QPalette &palette);
    /// The application's palette, or a light one where there is no GUI (a QCoreApplication,
    /// as in the command line and models' tests), for models that colour their data.
    static QPalette applicationPalette();
    /// Text of `tone` on the palette's window.
    static QColor text(Tone tone, const QPalette &palette);
    /// "color: #rrggbb;" for a label's style sheet.
    static QString textStyle(Tone tone, const QPalette &palette);
    /// A message bar's background for `tone`, with the palette's window text readable on it.
    static QColor background(Tone tone, const QPalette &palette);
};

} // namespace vcdesk
