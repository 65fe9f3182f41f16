#include "models/ReadableName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace vcdesk {

QString ReadableName::of(const QString &name)
{
    QString text = name.trimmed();
    if (text.contains(QLatin1Char(' ')) || text.isEmpty())
        return text;
    // A URI or URN: its last segment that is not a version number names it
    // ("https://example.com/identity_credential", "urn:...:pid:1").
    if (text.contains(QLatin1Char(':')) || text.contains(QLatin1Char('/'))) {
        static const QRegularExpression kSeparators(QStringLiteral("[/:#]"));
        const QStringList segments = text.split(kSeparators, Qt::SkipEmptyParts);
        for (auto it = segments.crbegin(); it != segments.crend(); ++it) {
            bool number = false;
            it->toDouble(&number);
            if (!number) {
                text = *it;
                break;
            }
        }
    }
    if (text.contains(QLatin1Char('_')) || text.contains(QLatin1Char('-'))) {
        text.replace(QLatin1Char('_'), QLatin1Char(' '))
            .replace(QLatin1Char('-'), QLatin1Char(' '));
        text = text.simplified();
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        return text;
    }
    // camelCase / PascalCase: a space before each capital that starts a word ("PIDCard" keeps
    // its acronym: a capital followed by a capital stays attached).
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool startsWord =
            i > 0 && c.isUpper() &&
            (text.at(i - 1).isLower() ||
             (i + 1 < text.size() && text.at(i + 1).isLower() && text.at(i - 1).isUpper()));
        if (startsWord)
            out += QLatin1Char(' ');
        out += c;
    }
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

QString ReadableName::ofPath(const QString &path)
{
    QString last = path;
    while (last.endsWith(QLatin1Char(']'))) // an index names nothing: the array's name does
        last.truncate(std::max<qsizetype>(0, last.lastIndexOf(QLatin1Char('['))));
    last = last.mid(last.lastIndexOf(QLatin1Char('.')) + 1);
    return of(last.isEmpty() ? path : last);
}

QString ReadableName::ofValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject() || item.isArray())
                return QString::fromUtf8(
                    QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            items << item.toVariant().toString();
        }
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace vcdesk
