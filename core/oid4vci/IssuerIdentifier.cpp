#include "core/oid4vci/IssuerIdentifier.h"

#include "core/net/NetworkPolicy.h"

namespace vcdesk {

namespace {

constexpr qsizetype kMaxUrlLength = 2048;

Error invalid(const QString &code, const QString &message)
{
    return Error{QStringLiteral("vci.") + code, message};
}

/// The checks an identifier and an endpoint share; the URL, or why not.
Result<QUrl> absoluteUrl(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return invalid(QStringLiteral("url"), IssuerIdentifier::tr("%1 is empty").arg(what));
    if (text.size() > kMaxUrlLength)
        return invalid(
            QStringLiteral("url"),
            IssuerIdentifier::tr("%1 is longer than %2 characters").arg(what).arg(kMaxUrlLength));
    for (const QChar c : text)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return invalid(QStringLiteral("url"),
                           IssuerIdentifier::tr("%1 contains spaces, control or non-ASCII "
                                                "characters")
                               .arg(what));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.isRelative())
        return invalid(QStringLiteral("url"),
                       IssuerIdentifier::tr("%1 is not an absolute URL").arg(what));
    if (!url.userInfo().isEmpty() || url.hasFragment())
        return invalid(QStringLiteral("url"),
                       IssuerIdentifier::tr("%1 has user information or a fragment").arg(what));
    const QString scheme = url.scheme();
    const bool loopbackHttp =
        scheme == QLatin1String("http") && NetworkPolicy::isLoopbackHost(url.host());
    if (scheme != QLatin1String("https") && !loopbackHttp)
        return invalid(QStringLiteral("not_https"),
                       IssuerIdentifier::tr("%1 does not use https (%2://%3)")
                           .arg(what, scheme.left(20), url.host().left(80)));
    return url;
}

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path, QUrl::StrictMode); // already percent-encoded
    url.setQuery(QString());
    return url;
}

} // namespace

Result<IssuerIdentifier> IssuerIdentifier::parse(const QString &text, const QString &what)
{
    auto url = absoluteUrl(text, what);
    if (!url)
        return url.error();
    if (url->hasQuery())
        return invalid(QStringLiteral("url"), tr("%1 has a query").arg(what));
    IssuerIdentifier identifier;
    identifier.m_text = text;
    identifier.m_url = url.value();
    return identifier;
}

Result<QUrl> IssuerIdentifier::endpoint(const QString &text, const QString &what)
{
    return absoluteUrl(text, what);
}

QUrl IssuerIdentifier::wellKnown(const QString &suffix) const
{
    QString path = m_url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1); // RFC 8414 section 3.1: a terminating "/" goes before inserting
    return withPath(m_url, QStringLiteral("/.well-known/") + suffix + path);
}

QUrl IssuerIdentifier::wellKnownAppended(const QString &suffix) const
{
    QString path = m_url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return withPath(m_url, path + QStringLiteral("/.well-known/") + suffix);
}

} // namespace vcdesk
