#include "core/oid4vci/DpopKey.h"

#include "core/codec/Base64Url.h"
#include "core/common/Clock.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Jwk.h"
#include "core/crypto/SecureRandom.h"
#include "core/jose/CompactJws.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vcdesk {

namespace {

QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString();
}

} // namespace

DpopKey::DpopKey()
    : m_key(PrivateKey::generate(KeyType::P256))
{
}

Result<QByteArray> DpopKey::proof(const QByteArray &method, const QUrl &url,
                                  const QString &accessToken) const
{
    QJsonObject payload{
        {QStringLiteral("htm"), QString::fromLatin1(method)},
        {QStringLiteral("htu"),
         url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::FullyEncoded)},
        {QStringLiteral("iat"), Clock::nowSeconds()},
        {QStringLiteral("jti"), QString::fromLatin1(Base64Url::encode(SecureRandom::bytes(16)))},
    };
    if (!accessToken.isEmpty())
        payload.insert(QStringLiteral("ath"), QString::fromLatin1(Base64Url::encode(
                                                  Digest::sha256(accessToken.toUtf8()))));
    const QString nonce = m_nonces.value(originOf(url));
    if (!nonce.isEmpty())
        payload.insert(QStringLiteral("nonce"), nonce);
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
                             {QStringLiteral("jwk"), Jwk::fromPublicKey(m_key.publicKey())}};
    return CompactJws::sign(header, QJsonDocument(payload).toJson(QJsonDocument::Compact), m_key);
}

void DpopKey::rememberNonce(const QUrl &url, const QByteArray &nonce)
{
    const QString text = QString::fromLatin1(nonce).trimmed();
    if (!text.isEmpty() && text.size() <= 1024)
        m_nonces.insert(originOf(url), text);
}

bool DpopKey::hasNonce(const QUrl &url) const
{
    return m_nonces.contains(originOf(url));
}

} // namespace vcdesk
