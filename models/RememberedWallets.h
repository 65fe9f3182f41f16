#pragma once

#include <QString>

namespace vcdesk {

/// Which wallets the system keychain was asked to remember, so the unlock page can offer it
/// before anything is asked of the keychain. One settings flag per wallet file
/// ("wallet/keychain/<hash of the absolute path>"); no secret, only the fact. The keychain
/// itself stays the authority: a flag whose key is gone is cleared at the first failed recall.
class RememberedWallets
{
public:
    static bool contains(const QString &walletPath);
    static void set(const QString &walletPath, bool remembered);
    /// The settings key for `walletPath`.
    static QString key(const QString &walletPath);
};

} // namespace vcdesk
