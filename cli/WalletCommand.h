#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

class WalletCli;

/// `vcdesk wallet create|list|import|export|delete|keys|profiles|passphrase|keychain|backup|
/// restore`.
/// Exit 0 on success, 1 when the action failed (duplicate, no such id), 2 for a wrong
/// passphrase, 3 when the wallet or a file cannot be used, 64 for wrong usage.
class WalletCommand
{
    Q_DECLARE_TR_FUNCTIONS(WalletCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static int create(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int list(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int exportOne(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int remove(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int keys(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int profiles(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int keychain(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int changePassphrase(const QStringList &arguments, WalletCli &cli, QTextStream &out);
};

} // namespace vcdesk
