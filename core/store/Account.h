#pragma once

#include <QString>

namespace vcdesk {

/// A service the wallet talks to: an issuer agent, a verifier API, a hosted wallet or a
/// generation service. Its secret (API key or bearer token) is sealed in the wallet and only
/// `secret` of an opened account carries it.
struct Account
{
    enum class SecretKind { None, ApiKey, Bearer };

    qint64 id = 0;
    QString uid;
    qint64 profileId = 0;
    QString name;
    QString kind; // issuer-agent, verifier, hosted-wallet, generator
    QString role; // e.g. issuer / holder, Verifier_Admin
    QString baseUrl;
    SecretKind secretKind = SecretKind::None;
    QByteArray secret; // empty unless opened
    qint64 createdAt = 0;

    static QString secretKindName(SecretKind kind);
};

} // namespace vcdesk
