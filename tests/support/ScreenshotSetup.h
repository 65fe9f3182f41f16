#pragma once

// How a screenshot is taken (scripts/screenshots.sh). The language: the system's (LANG), from
// the .qm files the build made (VCDESK_QM_DIR). The colours: the style's own by default,
// or, with VCDESK_PALETTE=dark or high-contrast, the palette a desktop's dark or high-contrast
// theme hands Qt through its platform theme. Fusion draws every widget from the palette, so
// what vcdesk draws itself (status colours, the message bar, the kiosk) is seen against it.

#include "core/common/AppTranslations.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QStyleFactory>

namespace vcdesk::test {

/// The window in the language of LANG, as vcdesk would start in it (and Qt's own strings
/// with it), from the .qm files of this build.
inline void translateScreenshot()
{
#ifdef VCDESK_QM_DIR
    AppTranslations::install(QLocale(), {QStringLiteral(VCDESK_QM_DIR)});
#endif
}

inline void applyScreenshotPalette()
{
    const QByteArray which = qgetenv("VCDESK_PALETTE");
    if (which.isEmpty())
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const char *colour) {
        p.setColor(role, QColor(QLatin1String(colour)));
    };
    if (which == "dark") {
        set(QPalette::Window, "#2b2d30");
        set(QPalette::WindowText, "#e6e6e6");
        set(QPalette::Base, "#1e1f22");
        set(QPalette::AlternateBase, "#26282b");
        set(QPalette::Text, "#e6e6e6");
        set(QPalette::Button, "#3a3d41");
        set(QPalette::ButtonText, "#e6e6e6");
        set(QPalette::BrightText, "#ffffff");
        set(QPalette::Highlight, "#2f6fab");
        set(QPalette::HighlightedText, "#ffffff");
        set(QPalette::ToolTipBase, "#3a3d41");
        set(QPalette::ToolTipText, "#e6e6e6");
        set(QPalette::Link, "#6cb4ff");
        set(QPalette::PlaceholderText, "#8c8f94");
        set(QPalette::Light, "#4a4d52");
        set(QPalette::Midlight, "#404348");
        set(QPalette::Mid, "#5a5d62");
        set(QPalette::Dark, "#1a1b1e");
        set(QPalette::Shadow, "#000000");
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7d, 0x82));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7d, 0x82));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7d, 0x82));
    } else if (which == "high-contrast") {
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                          QPalette::Button, QPalette::ToolTipBase, QPalette::Dark})
            p.setColor(role, Qt::black);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                          QPalette::BrightText, QPalette::ToolTipText, QPalette::Light,
                          QPalette::Midlight, QPalette::Mid, QPalette::Shadow})
            p.setColor(role, Qt::white);
        set(QPalette::Highlight, "#ffff00");
        set(QPalette::HighlightedText, "#000000");
        set(QPalette::Link, "#00ffff");
        set(QPalette::PlaceholderText, "#c0c0c0");
        for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9a, 0x9a));
    }
    QApplication::setPalette(p);
}

/// Both, right after the QApplication is made.
inline void setUpScreenshot()
{
    translateScreenshot();
    applyScreenshotPalette();
}

} // namespace vcdesk::test
