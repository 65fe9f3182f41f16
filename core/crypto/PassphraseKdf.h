#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// Keys from passphrases with Argon2id (RFC 9106, libargon2). The parameters travel with
/// what they protect (toJson/fromJson), so they can be raised later without breaking old
/// wallets; calibrate() picks them for this machine (about half a second by default).
class PassphraseKdf
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseKdf)
public:
    struct Parameters
    {
        quint32 memoryKiB = 64 * 1024;
        quint32 iterations = 3;
        quint32 parallelism = 1;
        QByteArray salt; // 16 random bytes

        QJsonObject toJson() const;
        /// Refuses (code "kdf.parameters") values out of bounds, before any work is done.
        static Result<Parameters> fromJson(const QJsonObject &json);
        Status check() const;
    };

    /// A gibibyte of memory, 100 passes, 16 lanes, and at most what calibrate() can choose in
    /// all (64 MiB x 100 passes): a hostile header costs seconds, never minutes or swap.
    static constexpr quint32 kMaxMemoryKiB = 1024 * 1024;
    static constexpr quint32 kMaxIterations = 100;
    static constexpr quint32 kMaxParallelism = 16;
    static constexpr quint64 kMaxWork = quint64(64) * 1024 * 100;

    /// A 32-byte key. Refuses parameters outside sane bounds (a file could carry hostile ones).
    static Result<QByteArray> derive(const QByteArray &passphrase, const Parameters &parameters);
    /// Fresh salt, 64 MiB, and as many iterations as fit in `targetMs` on this machine (>= 2).
    static Parameters calibrate(int targetMs = 500);
    /// Argon2id with a secret and associated data, as RFC 9106 defines it (for its vectors).
    static Result<QByteArray> argon2id(QByteArrayView password, QByteArrayView salt,
                                       QByteArrayView secret, QByteArrayView associatedData,
                                       const Parameters &parameters, qsizetype outputBytes);
};

} // namespace vcdesk
