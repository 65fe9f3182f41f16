#pragma once

#include "models/ValidationComparison.h"

#include <QAbstractTableModel>

namespace vcdesk {

/// A ValidationComparison as a table: check, what the hosted wallet says, what vcdesk says,
/// and whether they agree. A difference is said in words ("Differs") and tinted; text from the
/// service is escaped.
class ValidationComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CheckColumn, ServiceColumn, VcdeskColumn, AgreeColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(const ValidationComparison &comparison);
    const ValidationComparison &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ValidationComparison m_comparison;
};

} // namespace vcdesk
