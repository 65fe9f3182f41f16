#include "core/jose/CompactJwe.h"

#include "core/codec/Base64Url.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Jwk.h"
#include "core/crypto/OpenSslSupport.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/SecretKey.h"
#include "core/crypto/SecureRandom.h"

#include <QJsonDocument>
#include <QtEndian>

namespace vcdesk {

namespace {

Error failed(const QString &code, const QString &message)
{
    return Error{QStringLiteral("jwe.") + code, message};
}

QByteArray bigEndian32(quint32 n)
{
    QByteArray out(4, '\0');
    qToBigEndian(n, out.data());
    return out;
}

QByteArray lengthPrefixed(QByteArrayView data)
{
    return bigEndian32(quint32(data.size())) + data.toByteArray();
}
} // namespace

Result<QByteArray> CompactJwe::sharedSecret(const PrivateKey &ephemeral, const PublicKey &recipient)
{
    auto mine =
        openssl::ecPrivateKey(KeyType::P256, ephemeral.secret(), ephemeral.publicKey().encoded());
    auto theirs = openssl::ecPublicKey(KeyType::P256, recipient.encoded());
    if (!mine || !theirs)
        return failed(QStringLiteral("key"), tr("the keys cannot be used for ECDH"));
    openssl::PkeyCtxPtr ctx(EVP_PKEY_CTX_new(mine.value().get(), nullptr));
    size_t length = 0;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), theirs.value().get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), nullptr, &length) != 1)
        return failed(QStringLiteral("key"), openssl::lastError());
    QByteArray secret(qsizetype(length), '\0');
    if (EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char *>(secret.data()), &length) != 1)
        return failed(QStringLiteral("key"), openssl::lastError());
    secret.resize(qsizetype(length));
    return secret;
}

namespace {

Result<QByteArray> aesGcm(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext,
                          QByteArrayView aad, QByteArray &tag)
{
    openssl::CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const EVP_CIPHER *cipher = key.size() == 16 ? EVP_aes_128_gcm() : EVP_aes_256_gcm();
    const auto *k = reinterpret_cast<const unsigned char *>(key.data());
    const auto *n = reinterpret_cast<const unsigned char *>(iv.data());
    QByteArray out(plaintext.size() + 16, '\0');
    int written = 0, final = 0;
    tag.resize(16);
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, k, n) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &written,
                          reinterpret_cast<const unsigned char *>(aad.data()),
                          int(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &written,
                          reinterpret_cast<const unsigned char *>(plaintext.data()),
                          int(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + written,
                            &final) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, tag.data()) != 1)
        return failed(QStringLiteral("encrypt"), openssl::lastError());
    out.resize(written + final);
    return out;
}

} // namespace

bool CompactJwe::supportsEnc(const QString &enc)
{
    return enc == QLatin1String("A128GCM") || enc == QLatin1String("A256GCM");
}

QByteArray CompactJwe::concatKdf(QByteArrayView sharedSecret, const QString &algorithmId,
                                 QByteArrayView partyUInfo, QByteArrayView partyVInfo, int keyBits)
{
    QByteArray otherInfo = lengthPrefixed(algorithmId.toLatin1()) + lengthPrefixed(partyUInfo) +
                           lengthPrefixed(partyVInfo);
    otherInfo += bigEndian32(quint32(keyBits));
    QByteArray derived;
    for (quint32 counter = 1; derived.size() * 8 < keyBits; ++counter)
        derived += Digest::sha256(bigEndian32(counter) + sharedSecret.toByteArray() + otherInfo);
    return derived.left(keyBits / 8);
}

Result<QByteArray> CompactJwe::encryptEcdhEs(const QJsonObject &recipientJwk,
                                             QByteArrayView plaintext, const QString &enc,
                                             QJsonObject header)
{
    if (!supportsEnc(enc))
        return failed(
            QStringLiteral("unsupported_enc"),
            tr("content encryption \"%1\" is not supported (A128GCM, A256GCM)").arg(enc.left(30)));
    auto recipient = Jwk::toPublicKey(recipientJwk);
    if (!recipient || recipient->type() != KeyType::P256)
        return failed(QStringLiteral("unsupported_key"),
                      tr("the verifier's encryption key is not an EC P-256 key"));
    const PrivateKey ephemeral = PrivateKey::generate(KeyType::P256);
    auto z = sharedSecret(ephemeral, recipient.value());
    if (!z)
        return z.error();
    const QJsonObject epk = Jwk::fromPublicKey(ephemeral.publicKey());
    header.insert(QStringLiteral("alg"), QStringLiteral("ECDH-ES"));
    header.insert(QStringLiteral("enc"), enc);
    header.insert(QStringLiteral("epk"),
                  QJsonObject{{QStringLiteral("kty"), epk.value(QStringLiteral("kty"))},
                              {QStringLiteral("crv"), epk.value(QStringLiteral("crv"))},
                              {QStringLiteral("x"), epk.value(QStringLiteral("x"))},
                              {QStringLiteral("y"), epk.value(QStringLiteral("y"))}});
    const auto apu = Base64Url::decode(header.value(QStringLiteral("apu")).toString().toLatin1());
    const auto apv = Base64Url::decode(header.value(QStringLiteral("apv")).toString().toLatin1());
    QByteArray cek =
        concatKdf(z.value(), enc, apu ? apu.value() : QByteArray(),
                  apv ? apv.value() : QByteArray(), enc == QLatin1String("A128GCM") ? 128 : 256);
    wipe(z.value());
    const QByteArray protectedHeader =
        Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact));
    const QByteArray iv = SecureRandom::bytes(12);
    QByteArray tag;
    auto ciphertext = aesGcm(cek, iv, plaintext, protectedHeader, tag);
    wipe(cek);
    if (!ciphertext)
        return ciphertext.error();
    return protectedHeader + ".." + Base64Url::encode(iv) + '.' +
           Base64Url::encode(ciphertext.value()) + '.' + Base64Url::encode(tag);
}

} // namespace vcdesk
