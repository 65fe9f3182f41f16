#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretKey.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>

namespace vcdesk {

/// The container of a wallet backup: a clear header (format, version, KDF parameters) and an
/// encrypted stream (libsodium secretstream, XChaCha20-Poly1305) of a manifest and the
/// payload in 64 KiB chunks. The header is authenticated with the first chunk; the last
/// chunk carries the FINAL tag, so a truncated, reordered or extended file is refused.
///
/// Layout: "VCDESKBK" 0x01 | u32 header length | header JSON | 24-byte stream header |
/// repeated (u32 length | ciphertext).
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)
public:
    static constexpr qsizetype kChunkBytes = 64 * 1024;
    static constexpr qsizetype kMaxHeaderBytes = 4096;
    static constexpr qsizetype kMaxManifestBytes = 16 * 1024;

    /// Writes the whole backup to `out`.
    static Status write(QIODevice &out, const QJsonObject &header, const SecretKey &key,
                        const QByteArray &manifest, QIODevice &payload);
    /// Reads the clear header only (to find the KDF parameters).
    static Result<QJsonObject> readHeader(QIODevice &in);
    /// After readHeader(): decrypts the manifest, then streams the payload into `payload`.
    /// Error "backup.wrong_passphrase" when the first chunk does not open (wrong passphrase or
    /// a changed header), "backup.tampered", "backup.truncated".
    static Result<QByteArray> readBody(QIODevice &in, const QJsonObject &header,
                                       const SecretKey &key, QIODevice &payload);
};

} // namespace vcdesk
