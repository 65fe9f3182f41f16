#include "core/oid4vp/JsonPath.h"

#include "core/common/RecentTable.h"
#include "core/oid4vp/ClaimsPath.h"

namespace vcdesk {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('$');
}

// Paths this thread translated recently. A verifier matches every answer against the same
// few definitions, and translating a path (building its QJsonArray) cost more than selecting
// with it. The translation depends only on the text; only paths that translate are kept (a
// refused one is refused, with its message, every time); emptied when full. One per thread.
thread_local RecentTable<QString, QJsonArray, 64> t_recentPaths;

} // namespace

Result<QJsonArray> JsonPath::toClaimsPath(const QString &expression)
{
    if (const QJsonArray *recent = t_recentPaths.find(expression))
        return *recent;
    auto path = translate(expression);
    if (path)
        t_recentPaths.remember(expression, path.value());
    return path;
}

Result<QJsonArray> JsonPath::translate(const QString &expression)
{
    const auto unsupported = [&](const QString &why) {
        return Error{QStringLiteral("query.unsupported_path"),
                     tr("the JSONPath \"%1\" is not supported: %2").arg(expression.left(80), why)};
    };
    if (expression.size() > kMaxLength)
        return unsupported(tr("too long"));
    if (!expression.startsWith(QLatin1Char('$')))
        return unsupported(tr("it does not start with $"));
    QJsonArray path;
    qsizetype i = 1;
    const qsizetype n = expression.size();
    while (i < n) {
        const QChar c = expression.at(i);
        if (c == QLatin1Char('.')) {
            ++i;
            if (i < n && expression.at(i) == QLatin1Char('.'))
                return unsupported(tr("recursive descent (..)"));
            if (i < n && expression.at(i) == QLatin1Char('*')) {
                path.append(QJsonValue::Null);
                ++i;
                continue;
            }
            const qsizetype start = i;
            while (i < n && isNameChar(expression.at(i)))
                ++i;
            if (i == start)
                return unsupported(tr("a name is missing after '.'"));
            path.append(expression.mid(start, i - start));
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = expression.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return unsupported(tr("'[' without ']'"));
            const QString inside = expression.mid(i + 1, close - i - 1).trimmed();
            i = close + 1;
            if (inside == QLatin1String("*")) {
                path.append(QJsonValue::Null);
            } else if (inside.size() >= 2 &&
                       (inside.front() == QLatin1Char('\'') ||
                        inside.front() == QLatin1Char('"')) &&
                       inside.back() == inside.front()) {
                const QString name = inside.mid(1, inside.size() - 2);
                if (name.contains(inside.front()) || name.contains(QLatin1Char('\\')))
                    return unsupported(tr("escaped or several names in one bracket"));
                path.append(name);
            } else {
                bool ok = false;
                const int index = inside.toInt(&ok);
                if (!ok || index < 0)
                    return unsupported(
                        tr("filters, slices and unions (\"[%1]\")").arg(inside.left(40)));
                path.append(index);
            }
        } else {
            return unsupported(tr("unexpected '%1'").arg(c));
        }
    }
    if (path.isEmpty())
        return unsupported(tr("\"$\" alone selects the whole credential"));
    if (auto valid = ClaimsPath::validate(path); !valid)
        return valid.error();
    return path;
}

} // namespace vcdesk
