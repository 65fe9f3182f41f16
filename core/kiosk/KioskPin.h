#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vcdesk {

/// The operator's PIN, kept only as an Argon2id hash in the PHC string form
/// (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`), the form libargon2 and most password
/// tools write. A hash is read strictly and its cost is bounded before anything is computed,
/// so a hand-edited config cannot make the kiosk spend minutes or gigabytes on one check.
/// Hashing and checking take tens of milliseconds: not on the GUI thread.
class KioskPin
{
    Q_DECLARE_TR_FUNCTIONS(KioskPin)
public:
    static constexpr int kMinDigits = 4;
    static constexpr int kMaxLength = 64;
    static constexpr quint32 kMaxMemoryKiB = 256 * 1024;
    static constexpr quint32 kMaxIterations = 16;

    /// A PHC string for `pin` with a fresh salt. Error "kiosk.pin_weak" for fewer than
    /// kMinDigits characters, or more than kMaxLength.
    static Result<QString> hash(const QString &pin);
    /// Ok when `encoded` is a well-formed, bounded Argon2id hash; else "kiosk.pin_hash".
    static Status checkEncoded(const QString &encoded);
    /// Whether `pin` matches (constant time, by libargon2). Errors only for a bad hash.
    static Result<bool> matches(const QString &encoded, const QString &pin);
};

} // namespace vcdesk
