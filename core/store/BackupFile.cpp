#include "core/store/BackupFile.h"

#include "core/codec/StrictJson.h"
#include "core/crypto/NativeBackends.h"

#include <QJsonDocument>
#include <QtEndian>

#include <sodium.h>

namespace vcdesk {

namespace {

const QByteArray kMagic = QByteArrayLiteral("VCDESKBK\x01");
constexpr qsizetype kMaxCipherChunk =
    BackupFile::kChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;

QByteArray headerBytes(const QJsonObject &header)
{
    return QJsonDocument(header).toJson(QJsonDocument::Compact);
}

bool writeLength(QIODevice &out, quint32 length)
{
    const quint32 big = qToBigEndian(length);
    return out.write(reinterpret_cast<const char *>(&big), 4) == 4;
}

/// A length prefix; -1 at a clean end of file, -2 for a partial prefix.
qint64 readLength(QIODevice &in)
{
    const QByteArray bytes = in.read(4);
    if (bytes.isEmpty())
        return -1;
    if (bytes.size() != 4)
        return -2;
    return qFromBigEndian<quint32>(bytes.constData());
}

Error truncated()
{
    return Error{QStringLiteral("backup.truncated"),
                 BackupFile::tr("the backup ends early (it was cut off); nothing was restored")};
}

Error tampered()
{
    return Error{QStringLiteral("backup.tampered"),
                 BackupFile::tr("the backup was changed after it was written; nothing was "
                                "restored")};
}

} // namespace

Status BackupFile::write(QIODevice &out, const QJsonObject &header, const SecretKey &key,
                         const QByteArray &manifest, QIODevice &payload)
{
    if (!native::sodiumReady() ||
        key.view().size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return Error{QStringLiteral("crypto.unavailable"), tr("cannot encrypt the backup")};
    const QByteArray clear = headerBytes(header);
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, streamHeader, reinterpret_cast<const unsigned char *>(key.view().data()));
    auto failed = [&] {
        sodium_memzero(&state, sizeof state);
        return Error{QStringLiteral("backup.io"),
                     tr("cannot write the backup: %1").arg(out.errorString())};
    };
    if (out.write(kMagic) != kMagic.size() || !writeLength(out, quint32(clear.size())) ||
        out.write(clear) != clear.size() ||
        out.write(reinterpret_cast<const char *>(streamHeader), sizeof streamHeader) !=
            qint64(sizeof streamHeader))
        return failed();

    QByteArray cipher(kMaxCipherChunk, Qt::Uninitialized);
    auto push = [&](const QByteArray &plain, unsigned char tag, const QByteArray &ad) {
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), &written,
            reinterpret_cast<const unsigned char *>(plain.constData()), size_t(plain.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), tag);
        return writeLength(out, quint32(written)) &&
               out.write(cipher.constData(), qint64(written)) == qint64(written);
    };
    // The first message is the manifest, bound to the clear header.
    if (!push(manifest, 0, kMagic + clear))
        return failed();
    QByteArray chunk = payload.read(kChunkBytes);
    while (true) {
        const QByteArray next = payload.read(kChunkBytes);
        const bool last = next.isEmpty();
        if (!push(chunk, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0, {}))
            return failed();
        if (last)
            break;
        chunk = next;
    }
    sodium_memzero(&state, sizeof state);
    return {};
}

Result<QJsonObject> BackupFile::readHeader(QIODevice &in)
{
    if (in.read(kMagic.size()) != kMagic)
        return Error{QStringLiteral("backup.not_a_backup"), tr("this is not a vcdesk backup")};
    const qint64 length = readLength(in);
    if (length < 2 || length > kMaxHeaderBytes)
        return Error{QStringLiteral("backup.not_a_backup"),
                     tr("the backup's header is missing or too large")};
    const QByteArray clear = in.read(length);
    if (clear.size() != length)
        return truncated();
    auto json = StrictJson::parseObject(clear);
    if (!json)
        return Error{QStringLiteral("backup.not_a_backup"),
                     tr("the backup's header is unreadable")};
    if (headerBytes(json.value()) != clear)
        return tampered(); // not the canonical form this writer produces
    return json;
}

Result<QByteArray> BackupFile::readBody(QIODevice &in, const QJsonObject &header,
                                        const SecretKey &key, QIODevice &payload)
{
    if (!native::sodiumReady() ||
        key.view().size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return Error{QStringLiteral("crypto.unavailable"), tr("cannot decrypt the backup")};
    const QByteArray streamHeader = in.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (streamHeader.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        return truncated();
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char *>(streamHeader.constData()),
            reinterpret_cast<const unsigned char *>(key.view().data())) != 0)
        return tampered();
    QByteArray plain(kMaxCipherChunk, Qt::Uninitialized);
    unsigned char tag = 0;
    // One message: its plaintext in `plain` (resized), or an error.
    auto pull = [&](const QByteArray &ad, qsizetype maxPlain) -> Status {
        const qint64 length = readLength(in);
        if (length == -1 || length == -2)
            return truncated();
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES ||
            length > maxPlain + crypto_secretstream_xchacha20poly1305_ABYTES)
            return tampered();
        const QByteArray cipher = in.read(length);
        if (cipher.size() != length)
            return truncated();
        plain.resize(kMaxCipherChunk);
        unsigned long long plainLength = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &plainLength, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()), size_t(cipher.size()),
                reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size())) != 0)
            return tampered();
        plain.resize(qsizetype(plainLength));
        return {};
    };
    if (auto first = pull(kMagic + headerBytes(header), kMaxManifestBytes); !first) {
        sodium_memzero(&state, sizeof state);
        if (first.error().code == QLatin1String("backup.tampered"))
            return Error{QStringLiteral("backup.wrong_passphrase"),
                         tr("the backup passphrase is not right, or the backup was changed; "
                            "nothing was restored")};
        return first.error();
    }
    QByteArray manifest = plain;
    while (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        if (auto next = pull({}, kChunkBytes); !next) {
            sodium_memzero(&state, sizeof state);
            return next.error();
        }
        if (payload.write(plain) != plain.size()) {
            sodium_memzero(&state, sizeof state);
            return Error{QStringLiteral("backup.io"),
                         tr("cannot write the restored wallet: %1").arg(payload.errorString())};
        }
    }
    sodium_memzero(&state, sizeof state);
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (!in.atEnd())
        return tampered(); // bytes after the final chunk
    return manifest;
}

} // namespace vcdesk
