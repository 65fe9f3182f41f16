#include "core/oid4vp/ClaimsPath.h"

#include <QJsonObject>

#include <cmath>

namespace vcdesk {

namespace {

bool isIndex(const QJsonValue &component)
{
    const double number = component.toDouble(-1);
    return component.isDouble() && number >= 0 && number < 1e9 && std::floor(number) == number;
}

} // namespace

Status ClaimsPath::validate(const QJsonArray &path)
{
    if (path.isEmpty())
        return Error{QStringLiteral("query.invalid_path"), tr("a claims path is empty")};
    if (path.size() > kMaxComponents)
        return Error{QStringLiteral("query.invalid_path"),
                     tr("a claims path is longer than %1 elements").arg(kMaxComponents)};
    for (const QJsonValue &component : path)
        if (!component.isString() && !component.isNull() && !isIndex(component))
            return Error{QStringLiteral("query.invalid_path"),
                         tr("a claims path element must be a string, a non-negative integer or "
                            "null")};
    return {};
}

QList<ClaimsPath::Hit> ClaimsPath::select(const QJsonValue &root, const QJsonArray &path)
{
    QList<Hit> current{Hit{QJsonArray{}, root}};
    for (const QJsonValue &component : path) {
        QList<Hit> next;
        for (const Hit &hit : std::as_const(current)) {
            if (component.isString()) {
                const QJsonObject object = hit.value.toObject();
                if (hit.value.isObject() && object.contains(component.toString())) {
                    QJsonArray concrete = hit.path;
                    concrete.append(component);
                    next.append(Hit{concrete, object.value(component.toString())});
                }
            } else if (hit.value.isArray()) {
                const QJsonArray array = hit.value.toArray();
                const auto take = [&](qsizetype i) {
                    QJsonArray concrete = hit.path;
                    concrete.append(int(i));
                    next.append(Hit{concrete, array.at(i)});
                };
                if (component.isNull()) {
                    for (qsizetype i = 0; i < array.size(); ++i)
                        take(i);
                } else if (qsizetype(component.toDouble()) < array.size()) {
                    take(qsizetype(component.toDouble()));
                }
            }
        }
        current = next;
        if (current.isEmpty())
            break;
    }
    return current;
}

bool ClaimsPath::startsWith(const QJsonArray &path, const QJsonArray &prefix)
{
    if (prefix.size() > path.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i)
        if (path.at(i) != prefix.at(i))
            return false;
    return true;
}

QString ClaimsPath::toDisplay(const QJsonArray &path)
{
    QString out;
    for (const QJsonValue &component : path) {
        if (component.isString())
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + component.toString();
        else if (component.isNull())
            out += QStringLiteral("[*]");
        else
            out += QStringLiteral("[%1]").arg(qint64(component.toDouble()));
    }
    return out;
}

} // namespace vcdesk
