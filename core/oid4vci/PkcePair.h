#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace vcdesk {

/// Proof Key for Code Exchange (RFC 7636) with S256 only: the "plain" method would send the
/// verifier itself through the browser, where PKCE assumes an attacker may read it. The
/// verifier is 32 random bytes, base64url (43 characters, within the RFC's 43 to 128).
struct PkcePair
{
    QByteArray verifier;
    QByteArray challenge;

    static PkcePair generate();
    /// BASE64URL(SHA-256(verifier)), the verifier read as ASCII (section 4.2).
    static QByteArray challengeFor(QByteArrayView verifier);
    static QString method() { return QStringLiteral("S256"); }
};

} // namespace vcdesk
