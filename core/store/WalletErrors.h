#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QUuid>

namespace vcdesk {

/// Errors and identifiers every store shares.
class WalletErrors
{
    Q_DECLARE_TR_FUNCTIONS(WalletErrors)
public:
    static Error locked()
    {
        return Error{QStringLiteral("wallet.locked"),
                     tr("the wallet is locked; unlock it with its passphrase first")};
    }
    static Error readOnly()
    {
        return Error{QStringLiteral("wallet.read_only"), tr("the wallet is open read-only")};
    }
    static Error notFound(const QString &what, qint64 id)
    {
        return Error{QStringLiteral("wallet.not_found_item"),
                     tr("there is no %1 %2").arg(what).arg(id)};
    }
    /// A fresh record uid: the associated data its sealed columns are bound to.
    static QString newUid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
};

} // namespace vcdesk
