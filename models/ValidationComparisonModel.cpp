#include "models/ValidationComparisonModel.h"

#include "core/common/DisplayText.h"
#include "models/ReadableName.h"

#include <QBrush>
#include <QColor>

namespace vcdesk {

namespace {

QString sideText(ValidationComparison::Side side, const QString &says)
{
    const QString word = side == ValidationComparison::Side::Passed
                             ? ValidationComparisonModel::tr("✓ passed")
                         : side == ValidationComparison::Side::Failed
                             ? ValidationComparisonModel::tr("✗ failed")
                             : ValidationComparisonModel::tr("— not checked");
    return says.isEmpty()
               ? word
               : ValidationComparisonModel::tr("%1: %2").arg(word, DisplayText::escape(says, 200));
}

} // namespace

void ValidationComparisonModel::setComparison(const ValidationComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int ValidationComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int ValidationComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidationComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_comparison.rows.size())
        return {};
    const ValidationComparison::Row &row = m_comparison.rows.at(index.row());
    if (role == Qt::BackgroundRole && row.differs())
        return QBrush(QColor(0xff, 0xe9, 0xc7));
    if (role == Qt::ToolTipRole) {
        const QString &raw = index.column() == ServiceColumn  ? row.serviceSays
                             : index.column() == VcdeskColumn ? row.vcdeskSays
                                                              : row.name;
        return raw.isEmpty() ? QVariant() : QVariant(DisplayText::toolTip(raw));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case CheckColumn:
        return DisplayText::escape(ReadableName::of(row.name), 80);
    case ServiceColumn:
        return sideText(row.service, row.serviceSays);
    case VcdeskColumn:
        return sideText(row.vcdesk, row.vcdeskSays);
    case AgreeColumn:
        return row.differs() ? tr("Differs") : tr("Agrees");
    }
    return {};
}

QVariant ValidationComparisonModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case ServiceColumn:
        return tr("Hosted wallet says");
    case VcdeskColumn:
        return tr("vcdesk says");
    case AgreeColumn:
        return tr("Same?");
    }
    return {};
}

} // namespace vcdesk
