#pragma once

#include "core/store/StoredOffer.h"
#include "core/store/WalletAccess.h"
#include "models/PagedRowsModel.h"

#include <QPointer>

namespace vcdesk {

class WalletSession;

/// The offer inbox of one profile, most recently changed first: what is offered, its state,
/// when it last changed. Optionally only offers in one state.
class OfferListModel : public PagedRowsModel<StoredOffer>
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StateColumn, UpdatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, RecordIdRole, ThreadIdRole };

    OfferListModel(const WalletAccess &access, qint64 profileId, QObject *parent = nullptr);
    /// Loads page by page through the session, on the wallet's thread (the window); empty
    /// while the wallet is locked.
    OfferListModel(WalletSession &session, qint64 profileId, QObject *parent = nullptr);

    const StoredOffer *offerAt(int row) const { return rowAt(row); }
    /// An agent's protocol state (or "Rejected") in words: "New offer", "Received", …
    static QString stateText(const QString &state);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setStateFilter(const QString &state);

protected:
    Result<QList<StoredOffer>> loadAfter(const StoredOffer *last, int limit) const override;
    void requestAfter(const StoredOffer *last, int limit, Delivery deliver) override;

private:
    WalletAccess m_access;
    qint64 m_profileId;
    QPointer<WalletSession> m_session; // set: loads through it
    QString m_state;
};

} // namespace vcdesk
