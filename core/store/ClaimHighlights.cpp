#include "core/store/ClaimHighlights.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace vcdesk {

namespace {

/// What a person calls the holder comes first; the rest follow in name order.
const QStringList kFirst{QStringLiteral("name"), QStringLiteral("given_name"),
                         QStringLiteral("givenName"), QStringLiteral("family_name"),
                         QStringLiteral("familyName")};

/// Members that say what a claim is, not what it says about the holder.
bool isSkipped(const QString &name)
{
    // (An SD-JWT's registered claims, iss, exp, status and the like, never reach here.)
    static const QStringList kSkipped{QStringLiteral("id"), QStringLiteral("type"),
                                      QStringLiteral("cnf")};
    return name.isEmpty() || name.startsWith(QLatin1Char('@')) ||
           name.startsWith(QLatin1Char('_')) || kSkipped.contains(name);
}

/// At most `max` characters, never cutting a surrogate pair in two.
QString cut(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype end = max - 1;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end) + QChar(0x2026);
}

/// A string, number or boolean as one line; nothing for anything else, an empty text, a long
/// value (a picture, a blob) or a data: URL.
std::optional<QString> simpleText(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = value.toString().simplified();
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        return std::nullopt;
    if (text.isEmpty() || text.size() > ClaimHighlights::kMaxSourceChars ||
        text.startsWith(QLatin1String("data:")))
        return std::nullopt;
    return text;
}

/// An object's "name" or "value", else its first simple member: one level, no deeper.
std::optional<QString> objectText(const QJsonObject &object)
{
    for (const char *preferred : {"name", "value"})
        if (auto text = simpleText(object.value(QLatin1String(preferred))))
            return text;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (!isSkipped(it.key()))
            if (auto text = simpleText(it.value()))
                return text;
    return std::nullopt;
}

std::optional<QString> claimText(const QJsonValue &value)
{
    if (value.isObject())
        return objectText(value.toObject());
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (auto text = item.isObject() ? objectText(item.toObject()) : simpleText(item))
                return text;
        }
        return std::nullopt;
    }
    return simpleText(value);
}

} // namespace

QList<ClaimHighlight> ClaimHighlights::pick(const QJsonValue &claims)
{
    // Several subjects: the first one is the credential's (the others are rare and related).
    const QJsonObject subject =
        claims.isArray() ? claims.toArray().first().toObject() : claims.toObject();
    QStringList names;
    for (const QString &name : kFirst)
        if (subject.contains(name))
            names << name;
    for (auto it = subject.constBegin(); it != subject.constEnd(); ++it)
        if (!names.contains(it.key()))
            names << it.key(); // QJsonObject keeps its members in name order
    QList<ClaimHighlight> out;
    for (const QString &name : std::as_const(names)) {
        if (out.size() == kMaxClaims)
            break;
        if (isSkipped(name) || name.size() > kMaxNameChars)
            continue;
        if (auto text = claimText(subject.value(name)))
            out << ClaimHighlight{name, cut(*text, kMaxValueChars)};
    }
    return out;
}

QString ClaimHighlights::toStored(const QList<ClaimHighlight> &highlights)
{
    if (highlights.isEmpty())
        return {};
    QJsonArray list;
    for (const ClaimHighlight &highlight : highlights)
        list.append(QJsonArray{highlight.name, highlight.value});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<ClaimHighlight> ClaimHighlights::fromStored(const QString &stored)
{
    QList<ClaimHighlight> out;
    if (stored.isEmpty())
        return out;
    for (const QJsonValue &item : QJsonDocument::fromJson(stored.toUtf8()).array()) {
        const QJsonArray pair = item.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            continue;
        out << ClaimHighlight{pair.at(0).toString(), pair.at(1).toString()};
        if (out.size() == kMaxClaims)
            break;
    }
    return out;
}

} // namespace vcdesk
