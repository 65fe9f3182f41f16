#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace vcdesk {

/// Keeps a second process from writing the same wallet: an exclusive advisory lock on
/// "<wallet>.lock", held while any writer in this process has the wallet open. The kernel
/// releases it when the process dies, so a crash never leaves the wallet locked. The lock
/// file records the holder's pid for the message the second process shows.
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
