#include "core/store/WriterLock.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace vcdesk {

namespace {

// flock() locks belong to an open file description: a second open() in this process would
// conflict with the first, so the process keeps one handle per wallet and shares it.
QMutex registryMutex;
QHash<QString, std::weak_ptr<void>> &registry()
{
    static QHash<QString, std::weak_ptr<void>> handles;
    return handles;
}

QString lockPathFor(const QString &walletPath)
{
    return QFileInfo(walletPath).absoluteFilePath() + QStringLiteral(".lock");
}

} // namespace

struct WriterLock::Handle
{
    int fd = -1;
    ~Handle()
    {
        if (fd >= 0)
            ::close(fd); // releases the flock
    }
};

Result<WriterLock> WriterLock::acquire(const QString &walletPath)
{
    const QString path = lockPathFor(walletPath);
    QMutexLocker guard(&registryMutex);
    WriterLock lock;
    if (auto existing = registry().value(path).lock()) {
        lock.m_handle = std::static_pointer_cast<Handle>(existing);
        return lock;
    }
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{QStringLiteral("wallet.lock_failed"),
                     tr("cannot create the lock file %1: %2")
                         .arg(path, QString::fromLocal8Bit(strerror(errno)))};
    auto handle = std::make_shared<Handle>();
    handle->fd = fd;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char buffer[32] = {};
        const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
        const QString pid = n > 0 ? QString::fromLatin1(buffer, int(n)).trimmed() : QString();
        return Error{QStringLiteral("wallet.in_use"),
                     pid.isEmpty() ? tr("the wallet %1 is open for writing in another vcdesk "
                                        "process; close it there first")
                                         .arg(walletPath)
                                   : tr("the wallet %1 is open for writing in another vcdesk "
                                        "process (pid %2); close it there first")
                                         .arg(walletPath, pid.left(12))};
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) == 0)
        (void)!::pwrite(fd, pid.constData(), size_t(pid.size()), 0);
    registry().insert(path, handle);
    lock.m_handle = std::move(handle);
    return lock;
}

} // namespace vcdesk
