#include "models/CheckListModel.h"

#include "core/common/DisplayText.h"
#include "models/StatusColour.h"

#include <QBrush>
#include <QColor>

namespace vcdesk {

void CheckListModel::setReport(const ValidationReport &report)
{
    beginResetModel();
    m_checks = report.checks();
    endResetModel();
}

int CheckListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int CheckListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CheckListModel::outcomeLabel(CheckResult::Outcome outcome)
{
    switch (outcome) {
    case CheckResult::Outcome::Pass:
        return tr("Pass");
    case CheckResult::Outcome::Fail:
        return tr("Fail");
    case CheckResult::Outcome::Unknown:
        break;
    }
    return tr("Unknown");
}

QVariant CheckListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckResult &check = m_checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        // Details quote tokens and servers: shown escaped, and never guessed as rich text.
        QString text;
        switch (index.column()) {
        case NameColumn:
            text = check.name;
            break;
        case ResultColumn:
            text = outcomeLabel(check.outcome);
            break;
        case DetailColumn:
            text = check.detail;
            break;
        }
        return role == Qt::ToolTipRole ? DisplayText::toolTip(text) : DisplayText::escape(text);
    }
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn) {
            switch (check.outcome) {
            // Readable on the palette in use, light, dark or high contrast.
            case CheckResult::Outcome::Pass:
                return QBrush(StatusColour::text(StatusColour::Tone::Success,
                                                 StatusColour::applicationPalette()));
            case CheckResult::Outcome::Fail:
                return QBrush(StatusColour::text(StatusColour::Tone::Problem,
                                                 StatusColour::applicationPalette()));
            case CheckResult::Outcome::Unknown:
                return QBrush(StatusColour::text(StatusColour::Tone::Warning,
                                                 StatusColour::applicationPalette()));
            }
        }
        break;
    case OutcomeRole:
        return int(check.outcome);
    }
    return {};
}

QVariant CheckListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Check");
    case ResultColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace vcdesk
