#include "core/store/WalletKeychain.h"

#include "core/common/ServiceThread.h"

#include <QTimer>

#include <utility>

#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace vcdesk {

namespace {

const QString kService = QStringLiteral("vcdesk wallet");

QString entryName(const QString &walletUid)
{
    return QStringLiteral("wallet-key:") + walletUid;
}

/// What a finished job said: its error, and for a read the bytes it read.
struct JobOutcome
{
    Status status;
    QByteArray data;
};

Status statusOf(const QKeychain::Job &job)
{
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

/// Runs the job `make` builds to completion (or the timeout) on the application's main
/// thread, whose GLib main context delivers libsecret's answers, while this (worker) thread
/// waits without an event loop of its own. On the main thread itself: "thread.unavailable".
JobOutcome runJob(std::function<QKeychain::Job *(QObject *parent)> make)
{
    QObject *application = QCoreApplication::instance();
    return ServiceThread::runOn<JobOutcome>(
        application,
        [application, make](std::function<void(JobOutcome)> done) {
            QKeychain::Job *job = make(application);
            job->setAutoDelete(false);
            job->setInsecureFallback(false); // never a plaintext file instead of a keychain
            auto *timeout = new QTimer(job);
            timeout->setSingleShot(true);
            // Once, whichever comes first. Not job->disconnect(): QtKeychain's own job queue
            // listens to the job's signals to start the next one.
            auto finish = [job, done, called = std::make_shared<bool>(false)](JobOutcome outcome) {
                if (std::exchange(*called, true))
                    return;
                done(std::move(outcome));
                job->deleteLater();
            };
            QObject::connect(timeout, &QTimer::timeout, job, [finish] {
                finish({Error{QStringLiteral("keychain.timeout"),
                              WalletKeychain::tr("the system keychain did not answer")},
                        {}});
            });
            QObject::connect(job, &QKeychain::Job::finished, job, [job, timeout, finish] {
                timeout->stop();
                const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job);
                // A copy of its own (the job's buffer is QtKeychain's), wiped by the caller.
                QByteArray data;
                if (read)
                    data = QByteArray(read->binaryData().constData(), read->binaryData().size());
                finish({statusOf(*job), std::move(data)});
            });
            timeout->start(WalletKeychain::kTimeoutMs);
            job->start();
        },
        JobOutcome{ServiceThread::unavailable(), {}});
}

} // namespace

Status WalletKeychain::remember(const QString &walletUid, const SecretKey &key)
{
    const QByteArray bytes = key.view().toByteArray();
    const Status status = runJob([&](QObject *parent) {
                              auto *job = new QKeychain::WritePasswordJob(kService, parent);
                              job->setKey(entryName(walletUid));
                              job->setBinaryData(bytes);
                              return job;
                          }).status;
    // Zeroed in place, shared or not: the job has finished with it (and holds no other copy
    // of ours); our reference keeps the buffer alive until this is done.
    sodium_memzero(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
    return status;
}

Result<SecretKey> WalletKeychain::recall(const QString &walletUid)
{
    JobOutcome outcome = runJob([&](QObject *parent) {
        auto *job = new QKeychain::ReadPasswordJob(kService, parent);
        job->setKey(entryName(walletUid));
        return job;
    });
    if (!outcome.status)
        return outcome.status.error();
    QByteArray bytes = std::move(outcome.data);
    SecretKey key = SecretKey::takeFrom(bytes);
    if (key.isNull())
        return Error{QStringLiteral("keychain.not_found"),
                     tr("the keychain entry for this wallet is not a wallet key")};
    return key;
}

Status WalletKeychain::forget(const QString &walletUid)
{
    return runJob([&](QObject *parent) {
               auto *job = new QKeychain::DeletePasswordJob(kService, parent);
               job->setKey(entryName(walletUid));
               return job;
           })
        .status;
}

} // namespace vcdesk
