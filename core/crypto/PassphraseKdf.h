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
        static Result<Parameters> fromJson(const QJsonObject &json);
    };

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
