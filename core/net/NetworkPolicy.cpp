#include "core/net/NetworkPolicy.h"

#include <QHostAddress>

namespace vcdesk {

namespace {

/// The address a host names literally, IPv4-mapped IPv6 (::ffff:a.b.c.d) read as IPv4.
QHostAddress literalAddress(const QString &host)
{
    QHostAddress address(host);
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol)
        address = QHostAddress(v4);
    return address;
}

} // namespace

bool NetworkPolicy::isLoopbackHost(const QString &host)
{
    // Names that mean this computer by convention or in /etc/hosts, with or without the
    // trailing dot of a fully qualified name.
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")) ||
        name == QLatin1String("localhost.localdomain") || name == QLatin1String("ip6-localhost") ||
        name == QLatin1String("ip6-loopback"))
        return true;
    const QHostAddress address = literalAddress(name);
    return !address.isNull() && address.isLoopback();
}

Status NetworkPolicy::checkUrl(const QUrl &url) const
{
    if (offline && url.isValid() && !url.host().isEmpty())
        return Error{QStringLiteral("net.offline"),
                     tr("vcdesk is offline; %1 was not contacted").arg(url.host())};
    return checkDestination(url);
}

Status NetworkPolicy::checkDestination(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return Error{QStringLiteral("net.invalid_url"),
                     tr("\"%1\" is not a valid URL").arg(url.toString().left(200))};
    if (!url.userInfo().isEmpty())
        return Error{QStringLiteral("net.invalid_url"), tr("URLs with user info are refused")};
    const QString scheme = url.scheme().toLower();
    const QHostAddress address = literalAddress(url.host());
    // Addresses on this computer and link-local ones (cloud metadata services) are never
    // contacted because a document named them; only a developer's explicit flag opens this
    // computer, and then over either scheme.
    if (!address.isNull() && address.isLinkLocal())
        return Error{QStringLiteral("net.local_address"),
                     tr("refusing to contact the link-local address %1").arg(url.host())};
    const bool local = isLoopbackHost(url.host()) ||
                       (!address.isNull() &&
                        (address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6));
    if (local && !allowLoopbackHttp)
        return Error{QStringLiteral("net.loopback"),
                     tr("refusing to contact %1 on this computer (allowed only in development, "
                        "with --allow-loopback-http)")
                         .arg(url.host())};
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (allowLoopbackHttp && isLoopbackHost(url.host()))
            return {};
        if (insecureHostsAllowed.contains(url.host().toLower()))
            return {};
        return Error{QStringLiteral("net.insecure_scheme"),
                     tr("refusing plain http to %1: only https is allowed (http only to this "
                        "computer in development)")
                         .arg(url.host())};
    }
    return Error{QStringLiteral("net.unsupported_scheme"),
                 tr("URL scheme \"%1\" is not supported").arg(scheme.left(16))};
}

bool NetworkPolicy::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &url) {
        return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           port(a) == port(b);
}

} // namespace vcdesk
