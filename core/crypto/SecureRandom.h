#pragma once

#include <QByteArray>

namespace vcdesk {

/// Cryptographically secure random bytes (OpenSSL's DRBG). Aborts if the system cannot
/// provide entropy: continuing with weak randomness would be worse than stopping.
class SecureRandom
{
public:
    static QByteArray bytes(qsizetype count);
};

} // namespace vcdesk
