#pragma once

#include "core/common/Result.h"
#include "core/crypto/PassphraseKdf.h"

#include <QCoreApplication>

namespace vcdesk {

class Wallet;

/// A whole wallet in one encrypted file, under its own passphrase, to move to another machine
/// or keep safe. The backup holds a consistent snapshot of the database (VACUUM INTO) and the
/// wallet key; restoring writes a new wallet file (wrapped under a new passphrase) next to the
/// target and moves it into place only when everything checked out, so a wrong passphrase or
/// a damaged backup changes nothing.
class WalletBackup
{
    Q_DECLARE_TR_FUNCTIONS(WalletBackup)
public:
    /// Needs the wallet unlocked. Refuses to overwrite `outPath`. The passphrase is wiped.
    static Status write(const Wallet &wallet, const QString &outPath, QByteArray &backupPassphrase,
                        const PassphraseKdf::Parameters &kdf);
    /// Creates `walletPath` (which must not exist) from the backup. Both passphrases are wiped.
    static Status restore(const QString &backupPath, QByteArray &backupPassphrase,
                          const QString &walletPath, QByteArray &walletPassphrase,
                          const PassphraseKdf::Parameters &walletKdf);
};

} // namespace vcdesk
