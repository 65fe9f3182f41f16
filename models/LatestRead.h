#pragma once

#include "core/common/Result.h"
#include "models/WalletSession.h"

#include <QList>

#include <functional>

namespace vcdesk {

/// A model's small list (accounts, keys, a hosted wallet's ids) read through the session in
/// one read, not in pages: start() reads on the wallet's thread and hands the rows to `apply`
/// on the model's thread; a read answered after a newer start() is dropped (the newer one
/// decides), and without an unlocked wallet `apply` gets an empty list at once. Held by the
/// model it serves (`context`), which outlives every read it starts.
template<typename Row> class LatestRead
{
public:
    using Read = std::function<Result<QList<Row>>(Wallet &)>;
    using Apply = std::function<void(const Result<QList<Row>> &)>;

    void start(QObject *context, WalletSession *session, bool wanted, Read read, Apply apply)
    {
        const quint64 ticket = ++m_ticket;
        if (!session || !session->isUnlocked() || !wanted) {
            apply(QList<Row>());
            return;
        }
        auto *reading = session->template read<QList<Row>>(
            [read](Wallet &wallet, const ActivityBase::Context &) { return read(wallet); });
        QObject::connect(reading, &ActivityBase::finished, context, [this, reading, ticket, apply] {
            reading->deleteLater();
            if (ticket == m_ticket)
                apply(reading->result());
        });
    }

private:
    quint64 m_ticket = 0;
};

} // namespace vcdesk
