#include "models/StatusColour.h"

#include <QGuiApplication>

namespace vcdesk {

QPalette StatusColour::applicationPalette()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::palette();
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xefefef));
    light.setColor(QPalette::Base, QColor(0xffffff));
    light.setColor(QPalette::WindowText, QColor(Qt::black));
    light.setColor(QPalette::Text, QColor(Qt::black));
    return light;
}

bool StatusColour::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusColour::text(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Problem:
        return QColor(dark ? 0xff8a80 : 0xa31515);
    case Tone::Success:
        return QColor(dark ? 0x81c784 : 0x1b5e20);
    case Tone::Warning:
        return QColor(dark ? 0xffcc80 : 0x7a4f00);
    case Tone::Information:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QString StatusColour::textStyle(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(text(tone, palette).name());
}

QColor StatusColour::background(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Problem:
        return QColor(dark ? 0x5c1f1f : 0xfdecea);
    case Tone::Warning:
        return QColor(dark ? 0x5a4312 : 0xfff4e5);
    case Tone::Success:
        return QColor(dark ? 0x1e4620 : 0xedf7ed);
    case Tone::Information:
        break;
    }
    return QColor(dark ? 0x1c3a52 : 0xe8f4fd);
}

} // namespace vcdesk
