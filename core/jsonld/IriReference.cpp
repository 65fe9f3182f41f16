#include "core/jsonld/IriReference.h"

#include <QRegularExpression>
#include <QStringList>

namespace vcdesk {

namespace {

struct Parts
{
    QString scheme;
    bool hasAuthority = false;
    QString authority;
    QString path;
    bool hasQuery = false;
    QString query;
    bool hasFragment = false;
    QString fragment;
};

Parts split(const QString &iri)
{
    // RFC 3986 appendix B.
    static const QRegularExpression pattern(
        QStringLiteral("^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = pattern.match(iri);
    Parts parts;
    parts.scheme = m.captured(2);
    parts.hasAuthority = m.capturedStart(3) >= 0;
    parts.authority = m.captured(4);
    parts.path = m.captured(5);
    parts.hasQuery = m.capturedStart(6) >= 0;
    parts.query = m.captured(7);
    parts.hasFragment = m.capturedStart(8) >= 0;
    parts.fragment = m.captured(9);
    return parts;
}

/// RFC 3986 section 5.2.4.
QString removeDotSegments(QString input)
{
    QString output;
    while (!input.isEmpty()) {
        if (input.startsWith(QLatin1String("../")))
            input.remove(0, 3);
        else if (input.startsWith(QLatin1String("./")))
            input.remove(0, 2);
        else if (input.startsWith(QLatin1String("/./")))
            input.replace(0, 3, QStringLiteral("/"));
        else if (input == QLatin1String("/."))
            input = QStringLiteral("/");
        else if (input.startsWith(QLatin1String("/../")) || input == QLatin1String("/..")) {
            input.replace(0, input == QLatin1String("/..") ? 3 : 4, QStringLiteral("/"));
            output.truncate(std::max<qsizetype>(0, output.lastIndexOf(QLatin1Char('/'))));
        } else if (input == QLatin1String(".") || input == QLatin1String("..")) {
            input.clear();
        } else {
            const qsizetype next = input.indexOf(QLatin1Char('/'), input.startsWith(u'/') ? 1 : 0);
            const qsizetype end = next < 0 ? input.size() : next;
            output += input.left(end);
            input.remove(0, end);
        }
    }
    return output;
}

QString join(const Parts &p)
{
    QString out;
    if (!p.scheme.isEmpty())
        out += p.scheme + QLatin1Char(':');
    if (p.hasAuthority)
        out += QStringLiteral("//") + p.authority;
    out += p.path;
    if (p.hasQuery)
        out += QLatin1Char('?') + p.query;
    if (p.hasFragment)
        out += QLatin1Char('#') + p.fragment;
    return out;
}

} // namespace

QString IriReference::resolve(const QString &reference, const QString &base)
{
    if (base.isEmpty())
        return reference;
    const Parts r = split(reference);
    const Parts b = split(base);
    Parts t;
    if (!r.scheme.isEmpty()) {
        t = r;
        t.path = removeDotSegments(r.path);
    } else {
        if (r.hasAuthority) {
            t = r;
            t.path = removeDotSegments(r.path);
        } else {
            if (r.path.isEmpty()) {
                t.path = b.path;
                t.hasQuery = r.hasQuery || b.hasQuery;
                t.query = r.hasQuery ? r.query : b.query;
            } else {
                if (r.path.startsWith(QLatin1Char('/'))) {
                    t.path = removeDotSegments(r.path);
                } else {
                    // Merge (section 5.2.3).
                    const QString merged =
                        b.hasAuthority && b.path.isEmpty()
                            ? QLatin1Char('/') + r.path
                            : b.path.left(b.path.lastIndexOf(QLatin1Char('/')) + 1) + r.path;
                    t.path = removeDotSegments(merged);
                }
                t.hasQuery = r.hasQuery;
                t.query = r.query;
            }
            t.hasAuthority = b.hasAuthority;
            t.authority = b.authority;
        }
        t.scheme = b.scheme;
    }
    t.hasFragment = r.hasFragment;
    t.fragment = r.fragment;
    return join(t);
}

bool IriReference::isAbsolute(const QString &value)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.\\-]*:"));
    return scheme.match(value).hasMatch();
}

bool IriReference::isWellFormed(const QString &value)
{
    if (!isAbsolute(value) || value.count(QLatin1Char('#')) > 1) // one fragment at most
        return false;
    for (const QChar c : value)
        if (c.unicode() <= 0x20 || QStringLiteral("<>\"{}|\\^`").contains(c))
            return false;
    return true;
}

} // namespace vcdesk
