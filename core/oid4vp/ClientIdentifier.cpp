#include "core/oid4vp/ClientIdentifier.h"

namespace vcdesk {

namespace {

Error refused(const QString &code, const QString &message)
{
    return Error{QStringLiteral("oid4vp.") + code, message};
}

} // namespace

QString ClientIdentifier::prefixName() const
{
    switch (m_prefix) {
    case Prefix::PreRegistered:
        return QStringLiteral("pre-registered");
    case Prefix::RedirectUri:
        return QStringLiteral("redirect_uri");
    case Prefix::DecentralizedIdentifier:
        return QStringLiteral("decentralized_identifier");
    case Prefix::X509SanDns:
        return QStringLiteral("x509_san_dns");
    case Prefix::X509Hash:
        return QStringLiteral("x509_hash");
    }
    return {};
}

Result<ClientIdentifier> ClientIdentifier::parse(const QString &clientId,
                                                 const QString &legacyScheme)
{
    if (clientId.isEmpty())
        return refused(QStringLiteral("invalid_request"), tr("the request has no client_id"));
    if (clientId.size() > 2048)
        return refused(QStringLiteral("invalid_request"), tr("the client_id is too long"));
    ClientIdentifier id;
    id.m_clientId = clientId;
    id.m_value = clientId;

    if (!legacyScheme.isEmpty()) {
        // Drafts 18-21: the whole client_id is the value, the scheme says how to check it.
        id.m_legacy = true;
        static const QHash<QString, Prefix> kSchemes{
            {QStringLiteral("pre-registered"), Prefix::PreRegistered},
            {QStringLiteral("redirect_uri"), Prefix::RedirectUri},
            {QStringLiteral("did"), Prefix::DecentralizedIdentifier},
            {QStringLiteral("x509_san_dns"), Prefix::X509SanDns}};
        if (!kSchemes.contains(legacyScheme))
            return refused(QStringLiteral("unsupported_client_id_prefix"),
                           tr("vcdesk cannot authenticate a verifier by client_id_scheme \"%1\"")
                               .arg(legacyScheme.left(40)));
        id.m_prefix = kSchemes.value(legacyScheme);
        if (id.m_prefix == Prefix::DecentralizedIdentifier &&
            !clientId.startsWith(QLatin1String("did:")))
            return refused(QStringLiteral("invalid_client"),
                           tr("client_id_scheme is did but the client_id is not a DID"));
        return id;
    }

    const qsizetype colon = clientId.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return id; // pre-registered
    const QString prefix = clientId.left(colon);
    id.m_value = clientId.mid(colon + 1);
    static const QHash<QString, Prefix> kPrefixes{
        {QStringLiteral("redirect_uri"), Prefix::RedirectUri},
        {QStringLiteral("decentralized_identifier"), Prefix::DecentralizedIdentifier},
        {QStringLiteral("x509_san_dns"), Prefix::X509SanDns},
        {QStringLiteral("x509_hash"), Prefix::X509Hash}};
    if (kPrefixes.contains(prefix)) {
        id.m_prefix = kPrefixes.value(prefix);
        if (id.m_value.isEmpty())
            return refused(QStringLiteral("invalid_client"),
                           tr("the client_id has a prefix and nothing after it"));
        if (id.m_prefix == Prefix::DecentralizedIdentifier &&
            !id.m_value.startsWith(QLatin1String("did:")))
            return refused(QStringLiteral("invalid_client"),
                           tr("a decentralized_identifier client_id must carry a DID"));
        return id;
    }
    if (prefix == QLatin1String("did")) {
        // A bare DID, as pre-1.0 verifiers without client_id_scheme send it.
        id.m_prefix = Prefix::DecentralizedIdentifier;
        id.m_value = clientId;
        id.m_legacy = true;
        return id;
    }
    if (prefix == QLatin1String("https") || prefix == QLatin1String("http")) {
        // Before 1.0, a client_id that is a URL and no scheme meant "my redirect URI"; the
        // same rules apply (unsigned, the answer goes exactly there).
        id.m_prefix = Prefix::RedirectUri;
        id.m_value = clientId;
        id.m_legacy = true;
        return id;
    }
    if (prefix == QLatin1String("origin"))
        return refused(QStringLiteral("unsupported_client_id_prefix"),
                       tr("origin: client identifiers are reserved for the browser's Digital "
                          "Credentials API; a wallet must not accept them"));
    if (prefix == QLatin1String("verifier_attestation") ||
        prefix == QLatin1String("openid_federation"))
        return refused(QStringLiteral("unsupported_client_id_prefix"),
                       tr("vcdesk cannot yet authenticate verifiers by %1").arg(prefix));
    return refused(QStringLiteral("unsupported_client_id_prefix"),
                   tr("unknown client identifier prefix \"%1\"").arg(prefix.left(40)));
}

} // namespace vcdesk
