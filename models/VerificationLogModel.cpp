#include "models/VerificationLogModel.h"

#include "core/store/VerificationLog.h"

#include <QDateTime>
#include <QLocale>

namespace vcdesk {

VerificationLogModel::VerificationLogModel(const WalletAccess &access, qint64 profileId,
                                           QObject *parent)
    : PagedRowsModel(parent)
    , m_access(access)
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
    const LogEntry *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const LogEntry &entry = *row;
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

Result<QList<LogEntry>> VerificationLogModel::loadAfter(const LogEntry *last, int limit) const
{
    std::optional<std::pair<qint64, qint64>> after;
    if (last)
        after = std::make_pair(last->at, last->id);
    return VerificationLog(m_access).page(m_profileId, limit, after, m_outcome);
}

} // namespace vcdesk
