#pragma once

#include "core/verify/ValidationReport.h"

#include <QAbstractTableModel>

namespace vcdesk {

/// The checks of a validation report as a table: name, result, reason.
class CheckListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ResultColumn, DetailColumn, ColumnCount };
    enum Role { OutcomeRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const ValidationReport &report);
    void clear() { setReport({}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString outcomeLabel(CheckResult::Outcome outcome);

private:
    QList<CheckResult> m_checks;
};

} // namespace vcdesk
