#include "models/VerificationLogModel.h"

#include "core/store/VerificationLog.h"

#include <QDateTime>
#include <QLocale>

namespace vcdesk {

VerificationLogModel::VerificationLogModel(const QSqlDatabase &db, qint64 profileId,
                                           QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
    , m_profileId(profileId)
{
    reload();
}

int VerificationLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerificationLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LogEntry &entry = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return entry.id;
    case OutcomeRole:
        return entry.outcome;
    case ChecksRole:
        return entry.checks.toVariantList();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(entry.at),
                                      QLocale::ShortFormat);
        case VerifierColumn:
            return entry.verifier;
        case RequestColumn:
            return entry.request;
        case OutcomeColumn:
            return entry.outcome;
        case ReasonColumn:
            return entry.reason;
        }
        return {};
    default:
        return {};
    }
}

QVariant VerificationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case VerifierColumn:
        return tr("Station");
    case RequestColumn:
        return tr("Asked for");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

void VerificationLogModel::setOutcomeFilter(const QString &outcome)
{
    m_outcome = outcome;
    reload();
}

Result<PagedTableModel::PageInfo> VerificationLogModel::fetchPage()
{
    std::optional<std::pair<qint64, qint64>> after;
    if (!m_rows.isEmpty())
        after = std::make_pair(m_rows.last().at, m_rows.last().id);
    auto page = VerificationLog(m_db, nullptr).page(m_profileId, kPageSize + 1, after, m_outcome);
    if (!page)
        return page.error();
    m_pending = page.value();
    const bool more = m_pending.size() > kPageSize;
    if (more)
        m_pending.removeLast();
    return PageInfo{m_pending.size(), more};
}

void VerificationLogModel::acceptPage()
{
    m_rows << m_pending;
    m_pending.clear();
}

void VerificationLogModel::clearRows()
{
    m_rows.clear();
    m_pending.clear();
}

} // namespace vcdesk
