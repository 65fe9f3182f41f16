#include "core/store/WalletKeychain.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace vcdesk {

namespace {

const QString kService = QStringLiteral("vcdesk wallet");

QString entryName(const QString &walletUid)
{
    return QStringLiteral("wallet-key:") + walletUid;
}

/// Runs a keychain job to completion (or the timeout) and maps its error.
Status runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plaintext file instead of a keychain
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(WalletKeychain::kTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return Error{QStringLiteral("keychain.timeout"),
                     WalletKeychain::tr("the system keychain did not answer")};
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error{QStringLiteral("keychain.not_found"),
                     WalletKeychain::tr("the keychain does not hold this wallet's key")};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error{QStringLiteral("keychain.denied"),
                     WalletKeychain::tr("the keychain refused access: %1").arg(job.errorString())};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error{QStringLiteral("keychain.unavailable"),
                     WalletKeychain::tr("this system has no keychain service vcdesk can use")};
    default:
        return Error{QStringLiteral("keychain.unavailable"),
                     WalletKeychain::tr("the system keychain failed: %1").arg(job.errorString())};
    }
}

} // namespace

Status WalletKeychain::remember(const QString &walletUid, const SecretKey &key)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(entryName(walletUid));
    job.setBinaryData(key.view().toByteArray());
    return runJob(job);
}

Result<SecretKey> WalletKeychain::recall(const QString &walletUid)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(entryName(walletUid));
    if (auto done = runJob(job); !done)
        return done.error();
    QByteArray bytes = job.binaryData();
    SecretKey key = SecretKey::takeFrom(bytes);
    if (key.isNull())
        return Error{QStringLiteral("keychain.not_found"),
                     tr("the keychain entry for this wallet is not a wallet key")};
    return key;
}

Status WalletKeychain::forget(const QString &walletUid)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(entryName(walletUid));
    return runJob(job);
}

} // namespace vcdesk
