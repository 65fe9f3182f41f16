#include "models/OperationRunner.h"

#include "core/common/DisplayText.h"
#include "core/store/Wallet.h"
#include "models/WalletSession.h"

namespace vcdesk {

void OperationRunner::withAccount(WalletSession &session, qint64 accountId,
                                  std::function<void(const Account &)> then)
{
    auto *reading =
        session.read<Account>([accountId](Wallet &wallet, const ActivityBase::Context &) {
            return wallet.accounts().open(accountId);
        });
    connect(reading, &ActivityBase::finished, this, [this, reading, then = std::move(then)] {
        reading->deleteLater();
        const auto account = reading->result();
        if (!account)
            return emit failed(tr("The account cannot be read: %1.")
                                   .arg(DisplayText::escape(account.error().message, 300)));
        then(account.value());
    });
}

} // namespace vcdesk
