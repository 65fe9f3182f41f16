#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

class WalletCli;

/// `vcdesk offers [list] [--offline]`: asks the profile's issuer-agent accounts for their
/// offers (unless --offline), keeps them in the wallet and lists them;
/// `vcdesk offers accept ID|--newest [--wait SECONDS]`: the agent issues to the default DID,
/// the credential is checked and stored with its verdict; `vcdesk offers reject ID`. The same
/// engine as the window's inbox (core/receive/OfferReceipt).
class OffersCommand
{
    Q_DECLARE_TR_FUNCTIONS(OffersCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static int list(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int accept(const QStringList &arguments, WalletCli &cli, QTextStream &out);
    static int reject(const QStringList &arguments, WalletCli &cli, QTextStream &out);
};

} // namespace vcdesk
