#include "models/BatchResultModel.h"

#include "core/common/DisplayText.h"
#include "core/verify/VerdictText.h"
#include "models/BatchInspection.h"
#include "models/StatusColour.h"

#include <QColor>
#include <QFileInfo>

namespace vcdesk {

BatchResultModel::BatchResultModel(BatchInspection *batch, QObject *parent)
    : QAbstractTableModel(parent)
    , m_batch(batch)
{
    connect(batch, &BatchInspection::rowsAdded, this, &BatchResultModel::rowsArrived);
    connect(batch, &BatchInspection::progressed, this, [this](int done, int) {
        if (done == 0 && m_shown > 0) { // a new batch
            beginResetModel();
            m_shown = 0;
            endResetModel();
        }
    });
}

int BatchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int BatchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_batch || index.row() >= m_shown)
        return {};
    const BatchRow &row = m_batch->rows().at(index.row());
    if (role == PathRole)
        return row.input;
    const auto verdictWord = [&row] {
        return row.readable ? VerdictText::label(row.verdict) : tr("Unreadable");
    };
    if (role == SortRole) {
        switch (index.column()) {
        case Verdict:
            return row.severity();
        case Input:
            return row.input;
        case Issuer:
            return row.issuer;
        case Types:
            return row.types;
        case Problem:
            return row.problem;
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Verdict:
            return verdictWord();
        case Input:
            return DisplayText::escape(QFileInfo(row.input).fileName(), 200);
        case Issuer:
            return DisplayText::escape(row.issuer, 120);
        case Types:
            return DisplayText::escape(row.types, 120);
        case Problem:
            return DisplayText::escape(row.problem, 300);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Input)
        return DisplayText::escape(row.input, 1000);
    if (role == Qt::ToolTipRole && index.column() == Problem)
        return DisplayText::escape(row.problem, 1000);
    if (role == Qt::ForegroundRole && index.column() == Verdict && row.readable) {
        // The verdict's colour where it reads (a light palette); the word says it anyway.
        if (!StatusColour::isDark(StatusColour::applicationPalette()))
            return QColor(VerdictText::colour(row.verdict));
        return {};
    }
    return {};
}

QVariant BatchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Verdict:
        return tr("Verdict");
    case Input:
        return tr("File");
    case Issuer:
        return tr("Issuer");
    case Types:
        return tr("Types");
    case Problem:
        return tr("Why not valid");
    }
    return {};
}

void BatchResultModel::rowsArrived(int first)
{
    if (!m_batch)
        return;
    if (first < m_shown) { // a new batch began before this model caught up
        beginResetModel();
        m_shown = 0;
        endResetModel();
    }
    const int last = int(m_batch->rows().size()) - 1;
    if (last < m_shown)
        return;
    beginInsertRows({}, m_shown, last);
    m_shown = last + 1;
    endInsertRows();
}

} // namespace vcdesk
