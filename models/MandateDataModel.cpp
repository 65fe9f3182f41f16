#include "models/MandateDataModel.h"

#include "core/common/DisplayText.h"
#include "core/verify/MandateHashCheck.h"
#include "models/ReadableName.h"
#include "models/StatusColour.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>

namespace vcdesk {

void MandateDataModel::setData(const QJsonArray &data)
{
    beginResetModel();
    m_rows.clear();
    m_truncated = false;
    collect(data, 0);
    endResetModel();
}

void MandateDataModel::collect(const QJsonArray &items, int depth)
{
    for (const QJsonValue &value : items) {
        if (m_rows.size() >= kMaxRows || depth >= kMaxDepth) {
            m_truncated = true;
            return;
        }
        const QJsonObject item = value.toObject();
        Row row;
        row.depth = depth;
        row.label = item.value(QStringLiteral("label")).toString();
        if (row.label.isEmpty())
            row.label = QStringLiteral("?");
        row.type = item.value(QStringLiteral("type")).toString();
        row.hidden = item.value(QStringLiteral("hidden")).toBool();
        const QJsonValue itemValue = item.value(QStringLiteral("value"));
        if (!row.hidden)
            row.value = DisplayText::escape(ReadableName::ofValue(itemValue), 200);
        row.hasHash = item.contains(QStringLiteral("hash"));
        if (row.hasHash)
            row.hash = MandateHashCheck::check({MandateDataItem{
                row.label, itemValue, item.value(QStringLiteral("hash")).toString()}});
        else
            row.hash = {QStringLiteral("DataHashes"), CheckResult::Outcome::Unknown,
                        tr("no hash to check")};
        m_rows << row;
        collect(item.value(QStringLiteral("fields")).toArray(), depth + 1);
    }
}

int MandateDataModel::hashedCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.hasHash; }));
}

int MandateDataModel::matchingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.hasHash && r.hash.outcome == CheckResult::Outcome::Pass;
    }));
}

int MandateDataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MandateDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MandateDataModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == HashColumn && row.hasHash)
        return QBrush(StatusColour::text(row.hash.outcome == CheckResult::Outcome::Pass
                                             ? StatusColour::Tone::Success
                                             : StatusColour::Tone::Problem,
                                         StatusColour::applicationPalette()));
    if (role == Qt::ToolTipRole && index.column() == HashColumn)
        return DisplayText::toolTip(row.hash.detail);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return QString(row.depth * 4, QLatin1Char(' ')) + DisplayText::escape(row.label, 100);
    case TypeColumn:
        return DisplayText::escape(row.type, 30);
    case ValueColumn:
        return row.hidden ? tr("(hidden)") : row.value;
    case HashColumn:
        if (!row.hasHash)
            return tr("No hash");
        // A word, not only a colour: "matches" or why not.
        return row.hash.outcome == CheckResult::Outcome::Pass
                   ? tr("✓ Matches")
                   : tr("✗ %1").arg(DisplayText::escape(row.hash.detail, 120));
    }
    return {};
}

QVariant MandateDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    case HashColumn:
        return tr("Hash");
    }
    return {};
}

} // namespace vcdesk
