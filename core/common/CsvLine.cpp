#include "core/common/CsvLine.h"

#include "core/common/DisplayText.h"

namespace vcdesk {

QString CsvLine::cell(const QString &untrusted)
{
    QString text = DisplayText::escape(untrusted);
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char(' ')) || text.contains(QLatin1Char(';'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray CsvLine::of(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &c : cells)
        escaped << cell(c);
    return escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace vcdesk
