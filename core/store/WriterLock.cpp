#include "core/store/WriterLock.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace vcdesk {

namespace {

/// A file by what it is: device and inode.
QString identityOf(const struct stat &info)
{
    return QStringLiteral("%1:%2").arg(quint64(info.st_dev)).arg(quint64(info.st_ino));
}

/// Who holds the flock on a file, from /proc/locks (Linux), for the message; 0 if unknown.
qint64 holderOf(const struct stat &info)
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return 0;
    // "1: FLOCK  ADVISORY  WRITE 4711 08:01:1234567 0 EOF": device in hex, inode in decimal.
    const QByteArray file = QByteArray::number(major(info.st_dev), 16).rightJustified(2, '0') +
                            ':' +
                            QByteArray::number(minor(info.st_dev), 16).rightJustified(2, '0') +
                            ':' + QByteArray::number(quint64(info.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(1) == "FLOCK" && fields.at(5) == file)
            return fields.at(4).toLongLong();
    }
    return 0;
}

struct Registry
{
    QMutex mutex;
    QHash<QString, std::weak_ptr<void>> held; // live locks, shared within the process
    QHash<QString, int> descriptors;          // kept open, see the class comment
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

struct WriterLock::Handle
{
    int fd = -1;
    ~Handle()
    {
        if (fd >= 0)
            ::flock(fd, LOCK_UN); // unlocked, not closed
    }
};

Result<WriterLock> WriterLock::acquire(const QString &walletPath)
{
    const QByteArray native = QFile::encodeName(walletPath);
    auto failed = [&](const QString &why) {
        return Error{QStringLiteral("wallet.lock_failed"),
                     tr("cannot lock %1: %2").arg(walletPath, why)};
    };
    struct stat info = {};
    if (::stat(native.constData(), &info) != 0)
        return failed(QString::fromLocal8Bit(strerror(errno)));
    const QString identity = identityOf(info);

    Registry &r = registry();
    QMutexLocker guard(&r.mutex);
    WriterLock lock;
    if (auto existing = r.held.value(identity).lock()) {
        // Still the same file (not a deleted one whose inode number came back)?
        struct stat held = {};
        const auto handle = std::static_pointer_cast<Handle>(existing);
        if (::fstat(handle->fd, &held) == 0 && held.st_nlink > 0 && identityOf(held) == identity) {
            lock.m_handle = handle;
            return lock;
        }
    }
    int fd = r.descriptors.value(identity, -1);
    if (fd >= 0) {
        // A kept descriptor of a file since deleted (and its inode reused) is not this file.
        struct stat kept = {};
        if (::fstat(fd, &kept) != 0 || kept.st_nlink == 0 || identityOf(kept) != identity) {
            ::close(fd);
            r.descriptors.remove(identity);
            fd = -1;
        }
    }
    if (fd < 0) {
        fd = ::open(native.constData(), O_RDWR | O_CLOEXEC);
        if (fd < 0)
            return failed(QString::fromLocal8Bit(strerror(errno)));
        struct stat opened = {};
        if (::fstat(fd, &opened) != 0 || identityOf(opened) != identity) {
            ::close(fd);
            return failed(tr("the file changed while it was being opened"));
        }
        r.descriptors.insert(identity, fd);
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const qint64 holder = holderOf(info);
        return Error{QStringLiteral("wallet.in_use"),
                     holder ? tr("the wallet %1 is open for writing in another vcdesk process "
                                 "(pid %2); close it there first")
                                  .arg(walletPath)
                                  .arg(holder)
                            : tr("the wallet %1 is open for writing in another vcdesk process; "
                                 "close it there first")
                                  .arg(walletPath)};
    }
    auto handle = std::make_shared<Handle>();
    handle->fd = fd;
    r.held.insert(identity, handle);
    lock.m_handle = std::move(handle);
    return lock;
}

} // namespace vcdesk
