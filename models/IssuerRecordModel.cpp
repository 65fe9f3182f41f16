#include "models/IssuerRecordModel.h"

#include "core/common/DisplayText.h"
#include "models/ReadableName.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QSet>

namespace vcdesk {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool sameRecord(const IssuerOffer &a, const IssuerOffer &b)
{
    return a.stateName == b.stateName && a.updatedAt == b.updatedAt && a.subjectId == b.subjectId &&
           a.claims == b.claims && a.credential == b.credential;
}

} // namespace

int IssuerRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int IssuerRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IssuerRecordModel::claimsSummary(const QJsonObject &claims)
{
    QStringList parts;
    for (auto it = claims.begin(); it != claims.end() && parts.size() < 6; ++it)
        parts << QStringLiteral("%1: %2").arg(it.key(), ReadableName::ofValue(it.value()));
    return DisplayText::escape(parts.join(QStringLiteral(", ")), 160);
}

QVariant IssuerRecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const IssuerOffer &record = m_records.at(index.row());
    if (role == RecordIdRole)
        return record.recordId;
    if (role == Qt::FontRole && index.column() == StateColumn) {
        const auto changed = m_changedAtMs.constFind(record.recordId);
        if (changed != m_changedAtMs.cend() && nowMs() - *changed < kHighlightMs) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() != UpdatedColumn)
        return DisplayText::toolTip(index.column() == ClaimsColumn
                                        ? claimsSummary(record.claims)
                                        : data(index, Qt::DisplayRole).toString());
    if (role == SortRole && index.column() == UpdatedColumn)
        return record.updatedAt.isValid() ? record.updatedAt : record.createdAt;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != SortRole)
        return {};
    switch (index.column()) {
    case RecordColumn:
        return DisplayText::escape(record.recordId, 40);
    case ThreadColumn:
        return DisplayText::escape(record.thid, 40);
    case RoleColumn:
        return DisplayText::escape(record.role, 20);
    case StateColumn:
        return DisplayText::escape(record.stateName, 40);
    case ClaimsColumn:
        return claimsSummary(record.claims);
    case SubjectColumn:
        return DisplayText::escape(record.subjectId, 80);
    case UpdatedColumn: {
        const QDateTime when = record.updatedAt.isValid() ? record.updatedAt : record.createdAt;
        return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    }
    }
    return {};
}

QVariant IssuerRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case ThreadColumn:
        return tr("Thread");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case ClaimsColumn:
        return tr("Claims");
    case SubjectColumn:
        return tr("Subject");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

int IssuerRecordModel::rowOf(const QString &recordId) const
{
    for (int row = 0; row < m_records.size(); ++row)
        if (m_records.at(row).recordId == recordId)
            return row;
    return -1;
}

void IssuerRecordModel::update(const QList<IssuerOffer> &answer)
{
    // An agent that names a record twice (a broken or hostile one): the first one counts.
    QSet<QString> fresh;
    QList<IssuerOffer> records;
    records.reserve(answer.size());
    for (const IssuerOffer &record : answer)
        if (!fresh.contains(record.recordId)) {
            fresh.insert(record.recordId);
            records << record;
        }
    // Gone from the agent's answer: removed, from the bottom up.
    for (int row = int(m_records.size()) - 1; row >= 0; --row) {
        if (fresh.contains(m_records.at(row).recordId))
            continue;
        beginRemoveRows({}, row, row);
        m_changedAtMs.remove(m_records.at(row).recordId);
        m_records.removeAt(row);
        endRemoveRows();
    }
    const qint64 now = nowMs();
    for (int i = 0; i < records.size(); ++i) {
        const IssuerOffer &record = records.at(i);
        // Rows mostly stay where they were: look further only when this one moved.
        const int row = i < m_records.size() && m_records.at(i).recordId == record.recordId
                            ? i
                            : rowOf(record.recordId);
        if (row < 0) {
            const int at = std::min(i, int(m_records.size()));
            beginInsertRows({}, at, at);
            m_records.insert(at, record);
            endInsertRows();
            continue;
        }
        if (row != i && i < m_records.size()) {
            // The agent reordered what we have: rare; move the row where it now belongs.
            beginMoveRows({}, row, row, {}, row < i ? i + 1 : i);
            m_records.move(row, i);
            endMoveRows();
        }
        IssuerOffer &mine = m_records[i];
        const bool expired = m_changedAtMs.contains(record.recordId) &&
                             now - m_changedAtMs.value(record.recordId) >= kHighlightMs;
        if (sameRecord(mine, record)) {
            if (expired) {
                m_changedAtMs.remove(record.recordId);
                emit dataChanged(index(i, StateColumn), index(i, StateColumn));
            }
            continue;
        }
        const QString from = mine.stateName;
        mine = record;
        if (from != record.stateName) {
            m_changedAtMs.insert(record.recordId, now);
            emit stateChanged(record.recordId, from, record.stateName);
        }
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

void IssuerRecordModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_changedAtMs.clear();
    endResetModel();
}

} // namespace vcdesk
