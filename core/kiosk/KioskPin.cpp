#include "core/kiosk/KioskPin.h"

#include "core/crypto/SecureRandom.h"

#include <QRegularExpression>

#include <argon2.h>

namespace vcdesk {

namespace {

// OWASP's recommended minimum for Argon2id (19 MiB, 2 passes): a PIN is short, so the hash
// must be slow to guess from a stolen config.
constexpr quint32 kMemoryKiB = 19 * 1024;
constexpr quint32 kIterations = 2;
constexpr quint32 kParallelism = 1;

Error badHash(const QString &why)
{
    return Error{QStringLiteral("kiosk.pin_hash"),
                 KioskPin::tr("the operator PIN hash is not usable: %1").arg(why)};
}

} // namespace

Result<QString> KioskPin::hash(const QString &pin)
{
    if (pin.size() < kMinDigits || pin.size() > kMaxLength)
        return Error{
            QStringLiteral("kiosk.pin_weak"),
            tr("the operator PIN must have %1 to %2 characters").arg(kMinDigits).arg(kMaxLength)};
    const QByteArray salt = SecureRandom::bytes(16);
    QByteArray password = pin.toUtf8();
    const size_t length = argon2_encodedlen(kIterations, kMemoryKiB, kParallelism,
                                            uint32_t(salt.size()), 32, Argon2_id);
    QByteArray encoded(qsizetype(length), '\0');
    const int rc = argon2id_hash_encoded(kIterations, kMemoryKiB, kParallelism, password.data(),
                                         size_t(password.size()), salt.data(), size_t(salt.size()),
                                         32, encoded.data(), length);
    password.fill('\0');
    if (rc != ARGON2_OK)
        return Error{QStringLiteral("kiosk.pin_hash"),
                     tr("the PIN could not be hashed: %1")
                         .arg(QString::fromLatin1(argon2_error_message(rc)))};
    return QString::fromLatin1(encoded.constData());
}

Status KioskPin::checkEncoded(const QString &encoded)
{
    static const QRegularExpression form(QStringLiteral(
        "^\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,3}),p=(\\d{1,2})\\$[A-Za-z0-9+/]{11,88}\\$"
        "[A-Za-z0-9+/]{22,88}$"));
    if (encoded.size() > 256)
        return badHash(tr("it is too long"));
    const QRegularExpressionMatch match = form.match(encoded);
    if (!match.hasMatch())
        return badHash(tr("expected $argon2id$v=19$m=…,t=…,p=…$salt$hash (make one with "
                          "vcdesk kiosk pin)"));
    const quint32 memory = match.captured(1).toUInt();
    const quint32 iterations = match.captured(2).toUInt();
    const quint32 parallelism = match.captured(3).toUInt();
    if (memory < 8 * 1024 || memory > kMaxMemoryKiB || iterations < 1 ||
        iterations > kMaxIterations || parallelism < 1 || parallelism > 8)
        return badHash(tr("its cost is outside 8 MiB to %1 MiB, 1 to %2 passes, 1 to 8 lanes")
                           .arg(kMaxMemoryKiB / 1024)
                           .arg(kMaxIterations));
    return {};
}

Result<bool> KioskPin::matches(const QString &encoded, const QString &pin)
{
    if (auto usable = checkEncoded(encoded); !usable)
        return usable.error();
    if (pin.isEmpty() || pin.size() > kMaxLength)
        return false;
    const QByteArray hashText = encoded.toLatin1();
    QByteArray password = pin.toUtf8();
    const int rc =
        argon2id_verify(hashText.constData(), password.constData(), size_t(password.size()));
    password.fill('\0');
    if (rc == ARGON2_OK)
        return true;
    if (rc == ARGON2_VERIFY_MISMATCH)
        return false;
    return badHash(QString::fromLatin1(argon2_error_message(rc)));
}

} // namespace vcdesk
