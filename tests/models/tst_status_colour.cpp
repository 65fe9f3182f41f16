// Status colours read on the palette they are shown on: problem, success and warning text has
// at least the WCAG AA contrast (4.5:1) against the window and the views' base of a light, a
// dark and a high-contrast palette, and the window text reads on every message background.

#include "models/StatusColour.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace vcdesk;

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QPalette palette(const char *window, const char *base, const char *text)
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(QLatin1String(window)));
    p.setColor(QPalette::Base, QColor(QLatin1String(base)));
    p.setColor(QPalette::WindowText, QColor(QLatin1String(text)));
    p.setColor(QPalette::Text, QColor(QLatin1String(text)));
    return p;
}

} // namespace

class StatusColourTest : public QObject
{
    Q_OBJECT

private slots:
    void everyToneReadsOnItsPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light (Fusion)") << palette("#efefef", "#ffffff", "#000000") << false;
        QTest::newRow("dark") << palette("#2b2d30", "#1e1f22", "#e6e6e6") << true;
        QTest::newRow("high contrast") << palette("#000000", "#000000", "#ffffff") << true;
        QTest::newRow("light grey theme") << palette("#d6d6d6", "#f4f4f4", "#1a1a1a") << false;
    }

    void everyToneReadsOnItsPalette()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(StatusColour::isDark(palette), dark);
        using Tone = StatusColour::Tone;
        for (Tone tone : {Tone::Problem, Tone::Success, Tone::Warning, Tone::Information}) {
            const QColor text = StatusColour::text(tone, palette);
            for (QPalette::ColorRole ground : {QPalette::Window, QPalette::Base}) {
                const double ratio = contrast(text, palette.color(ground));
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("tone %1 %2 on %3: %4:1")
                                        .arg(int(tone))
                                        .arg(text.name(), palette.color(ground).name())
                                        .arg(ratio, 0, 'f', 2)));
            }
            const double onBar = contrast(palette.color(QPalette::WindowText),
                                          StatusColour::background(tone, palette));
            QVERIFY2(onBar >= 4.5, qPrintable(QString::number(onBar)));
        }
        QCOMPARE(
            StatusColour::textStyle(Tone::Problem, palette),
            QStringLiteral("color: %1;").arg(StatusColour::text(Tone::Problem, palette).name()));
    }
};

QTEST_GUILESS_MAIN(StatusColourTest)
#include "tst_status_colour.moc"
