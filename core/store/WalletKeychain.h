#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretKey.h"

#include <QCoreApplication>

namespace vcdesk {

/// Remembers a wallet's key in the operating system's keychain (QtKeychain: Secret Service,
/// KWallet, macOS Keychain, Windows Credential Store), so the wallet opens without typing the
/// passphrase. Opt-in per wallet; never falls back to storing the key anywhere else. The calls
/// block while the job runs on the application's main thread, so they must be made from
/// another thread (an Activity); on the main thread they fail with "thread.unavailable".
class WalletKeychain
{
    Q_DECLARE_TR_FUNCTIONS(WalletKeychain)
public:
    static constexpr int kTimeoutMs = 10000;

    /// Error "keychain.unavailable" when the system has no keychain service.
    static Status remember(const QString &walletUid, const SecretKey &key);
    /// Error "keychain.not_found" when this wallet's key is not there.
    static Result<SecretKey> recall(const QString &walletUid);
    static Status forget(const QString &walletUid);
};

} // namespace vcdesk
