#include "core/crypto/PassphraseKdf.h"

#include "core/codec/Base64Url.h"
#include "core/crypto/SecureRandom.h"

#include <QElapsedTimer>

#include <argon2.h>
#include <limits>

namespace vcdesk {

QJsonObject PassphraseKdf::Parameters::toJson() const
{
    return QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                       {QStringLiteral("memoryKiB"), qint64(memoryKiB)},
                       {QStringLiteral("iterations"), qint64(iterations)},
                       {QStringLiteral("parallelism"), qint64(parallelism)},
                       {QStringLiteral("salt"), QString::fromLatin1(Base64Url::encode(salt))}};
}

Result<PassphraseKdf::Parameters> PassphraseKdf::Parameters::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("algorithm")).toString() != QLatin1String("argon2id"))
        return Error{QStringLiteral("kdf.algorithm"), tr("unknown key derivation algorithm")};
    Parameters p;
    // Read wide and range-checked before narrowing: 2^32 + 64 must not become 64.
    for (const auto &[name, field] :
         {std::pair{"memoryKiB", &p.memoryKiB}, std::pair{"iterations", &p.iterations},
          std::pair{"parallelism", &p.parallelism}}) {
        const qint64 value = json.value(QLatin1String(name)).toInteger(-1);
        if (value < 0 || value > qint64(std::numeric_limits<quint32>::max()))
            return Error{QStringLiteral("kdf.parameters"),
                         tr("the key derivation parameter %1 is not a usable number")
                             .arg(QLatin1String(name))};
        *field = quint32(value);
    }
    auto salt = Base64Url::decode(json.value(QStringLiteral("salt")).toString().toLatin1());
    if (!salt)
        return Error{QStringLiteral("kdf.salt"), tr("the key derivation salt is damaged")};
    p.salt = salt.value();
    if (auto bounded = p.check(); !bounded)
        return bounded.error();
    return p;
}

Status PassphraseKdf::Parameters::check() const
{
    // Hard bounds, checked before any work: parameters read from a hostile file (a wallet's
    // or a backup's unauthenticated header) must not make vcdesk run for minutes or swap.
    if (memoryKiB < 8 * parallelism || memoryKiB > kMaxMemoryKiB || iterations < 1 ||
        iterations > kMaxIterations || parallelism < 1 || parallelism > kMaxParallelism ||
        quint64(memoryKiB) * iterations > kMaxWork)
        return Error{QStringLiteral("kdf.parameters"),
                     tr("the key derivation asks for %1 MiB x %2 passes x %3 lanes, beyond what "
                        "vcdesk allows (at most %4 MiB, %5 passes, %6 MiB x passes in all); the "
                        "file is damaged or hostile")
                         .arg(memoryKiB / 1024)
                         .arg(iterations)
                         .arg(parallelism)
                         .arg(kMaxMemoryKiB / 1024)
                         .arg(kMaxIterations)
                         .arg(kMaxWork / 1024)};
    return {};
}

Result<QByteArray> PassphraseKdf::argon2id(QByteArrayView password, QByteArrayView salt,
                                           QByteArrayView secret, QByteArrayView associatedData,
                                           const Parameters &p, qsizetype outputBytes)
{
    if (auto bounded = p.check(); !bounded)
        return bounded.error();
    if (salt.size() < 8 || outputBytes < 16 || outputBytes > 64)
        return Error{QStringLiteral("kdf.parameters"),
                     tr("the key derivation parameters are out of bounds")};
    QByteArray out(outputBytes, Qt::Uninitialized);
    QByteArray pwd = password.toByteArray(); // argon2 may clear it (flags 0: it does not)
    argon2_context ctx{};
    ctx.out = reinterpret_cast<uint8_t *>(out.data());
    ctx.outlen = uint32_t(outputBytes);
    ctx.pwd = reinterpret_cast<uint8_t *>(pwd.data());
    ctx.pwdlen = uint32_t(pwd.size());
    ctx.salt = reinterpret_cast<uint8_t *>(const_cast<char *>(salt.data()));
    ctx.saltlen = uint32_t(salt.size());
    ctx.secret = reinterpret_cast<uint8_t *>(const_cast<char *>(secret.data()));
    ctx.secretlen = uint32_t(secret.size());
    ctx.ad = reinterpret_cast<uint8_t *>(const_cast<char *>(associatedData.data()));
    ctx.adlen = uint32_t(associatedData.size());
    ctx.t_cost = p.iterations;
    ctx.m_cost = p.memoryKiB;
    ctx.lanes = p.parallelism;
    ctx.threads = p.parallelism;
    ctx.version = ARGON2_VERSION_13;
    ctx.flags = ARGON2_DEFAULT_FLAGS;
    const int rc = argon2_ctx(&ctx, Argon2_id);
    std::fill(pwd.begin(), pwd.end(), '\0');
    if (rc != ARGON2_OK)
        return Error{
            QStringLiteral("kdf.failed"),
            tr("key derivation failed: %1").arg(QString::fromLatin1(argon2_error_message(rc)))};
    return out;
}

Result<QByteArray> PassphraseKdf::derive(const QByteArray &passphrase, const Parameters &parameters)
{
    if (parameters.salt.size() < 16)
        return Error{QStringLiteral("kdf.salt"), tr("the key derivation salt is too short")};
    // Wallet keys get at least 8 MiB of memory hardness (RFC 9106's minimums are lower).
    if (parameters.memoryKiB < 8 * 1024)
        return Error{QStringLiteral("kdf.parameters"),
                     tr("the key derivation parameters are too weak")};
    return argon2id(passphrase, parameters.salt, {}, {}, parameters, 32);
}

PassphraseKdf::Parameters PassphraseKdf::calibrate(int targetMs)
{
    Parameters p;
    p.salt = SecureRandom::bytes(16);
    p.iterations = 1;
    QElapsedTimer timer;
    timer.start();
    (void)derive(QByteArrayLiteral("calibration"), p);
    const qint64 onePass = std::max<qint64>(1, timer.elapsed());
    p.iterations = quint32(std::clamp<qint64>(targetMs / onePass, 2, 100));
    return p;
}

} // namespace vcdesk
