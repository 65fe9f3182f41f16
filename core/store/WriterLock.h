#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace vcdesk {

/// Keeps a second process from writing the same wallet: an exclusive flock() on the wallet
/// file itself, so it holds for what the file is, whatever name reaches it (a hard link, a
/// symbolic link, another relative path). The kernel releases it when the process dies, so a
/// crash never leaves the wallet locked.
///
/// flock() locks are separate from the POSIX locks SQLite takes, but closing any descriptor
/// of a file drops all of this process's POSIX locks on it. So the descriptor is never
/// closed while the process may still use the file: releasing only unlocks it, and it is kept
/// for the next acquire of the same file.
class WriterLock
{
    Q_DECLARE_TR_FUNCTIONS(WriterLock)
public:
    /// Error "wallet.in_use" when another process holds it.
    static Result<WriterLock> acquire(const QString &walletPath);

    WriterLock() = default;
    bool isHeld() const { return bool(m_handle); }

private:
    struct Handle;
    std::shared_ptr<Handle> m_handle;
};

} // namespace vcdesk
