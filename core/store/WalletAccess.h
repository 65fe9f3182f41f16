#pragma once

#include <QSqlDatabase>

namespace vcdesk {

class RecordSealer;

/// What a store works with: the wallet file (sealed records and secrets), the in-memory
/// index its queries run on, and the sealer. While the wallet is locked, the index is not
/// open and the sealer is null: every store then answers "wallet.locked".
struct WalletAccess
{
    QSqlDatabase file;
    QSqlDatabase index;
    const RecordSealer *sealer = nullptr;
    bool readOnly = false;

    bool isUnlocked() const { return sealer && index.isOpen(); }
};

} // namespace vcdesk
