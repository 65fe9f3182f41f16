#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace vcdesk {

class BatchInspection;

/// The rows of a BatchInspection as a table the console shows (sortable through a
/// QSortFilterProxyModel: SortRole gives each column's order, not its words): verdict, file,
/// issuer, types, why not valid. Text from the tokens is escaped for display (DisplayText).
/// Rows are appended as the batch brings them; a new start() clears them.
class BatchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Verdict, Input, Issuer, Types, Problem, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, PathRole };

    explicit BatchResultModel(BatchInspection *batch, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rowsArrived(int first);

    QPointer<BatchInspection> m_batch;
    int m_shown = 0; // rows of the batch this model has announced
};

} // namespace vcdesk
