#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

class WalletCli;

/// `vcdesk account add --kind KIND --url URL [--name N] [--role R] [--api-key-file F |
/// --token-file F]`, `vcdesk account list`, `vcdesk account remove ID|NAME`: the services the
/// wallet's profile talks to. Secrets come from files and are sealed in the wallet.
class AccountCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static int add(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int list(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int remove(const QStringList &arguments, WalletCli &cli, QTextStream &out);
};

} // namespace vcdesk
