#pragma once

#include "core/store/StoredOffer.h"
#include "models/PagedTableModel.h"

#include <QSqlDatabase>

namespace vcdesk {

/// The offer inbox of one profile, most recently changed first: what is offered, its state,
/// when it last changed. Optionally only offers in one state.
class OfferListModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StateColumn, UpdatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, RecordIdRole, ThreadIdRole };

    OfferListModel(const QSqlDatabase &db, qint64 profileId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setStateFilter(const QString &state);

protected:
    qsizetype loadedRows() const override { return m_rows.size(); }
    Result<PageInfo> fetchPage() override;
    void acceptPage() override;
    void clearRows() override;

private:
    QSqlDatabase m_db;
    qint64 m_profileId;
    QString m_state;
    QList<StoredOffer> m_rows;
    QList<StoredOffer> m_pending;
};

} // namespace vcdesk
