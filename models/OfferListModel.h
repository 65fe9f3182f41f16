#pragma once

#include "core/store/StoredOffer.h"
#include "core/store/WalletAccess.h"
#include "models/PagedRowsModel.h"

namespace vcdesk {

/// The offer inbox of one profile, most recently changed first: what is offered, its state,
/// when it last changed. Optionally only offers in one state.
class OfferListModel : public PagedRowsModel<StoredOffer>
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StateColumn, UpdatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, RecordIdRole, ThreadIdRole };

    OfferListModel(const WalletAccess &access, qint64 profileId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setStateFilter(const QString &state);

protected:
    Result<QList<StoredOffer>> loadAfter(const StoredOffer *last, int limit) const override;

private:
    WalletAccess m_access;
    qint64 m_profileId;
    QString m_state;
};

} // namespace vcdesk
