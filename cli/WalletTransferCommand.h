#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

class WalletCli;

/// What moves credentials or whole wallets in and out: `vcdesk wallet import FILE...`,
/// `vcdesk wallet backup` and `vcdesk wallet restore`.
class WalletTransferCommand
{
    Q_DECLARE_TR_FUNCTIONS(WalletTransferCommand)
public:
    /// Reads and verifies every file first; stores all of them in one transaction, or none
    /// when any file is not a credential.
    static int importFiles(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int backup(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int restore(const QStringList &arguments, WalletCli &cli, QTextStream &out);
};

} // namespace vcdesk
