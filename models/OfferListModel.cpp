#include "models/OfferListModel.h"

#include "core/store/OfferStore.h"

#include <QDateTime>
#include <QLocale>

namespace vcdesk {

OfferListModel::OfferListModel(const QSqlDatabase &db, qint64 profileId, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
    , m_profileId(profileId)
{
    reload();
}

int OfferListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StoredOffer &offer = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return offer.id;
    case StateRole:
        return offer.state;
    case RecordIdRole:
        return offer.recordId;
    case ThreadIdRole:
        return offer.threadId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return offer.title.isEmpty() ? tr("Credential offer") : offer.title;
        case StateColumn:
            return offer.state;
        case UpdatedColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(offer.updatedAt),
                                      QLocale::ShortFormat);
        }
        return {};
    default:
        return {};
    }
}

QVariant OfferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Offer");
    case StateColumn:
        return tr("State");
    case UpdatedColumn:
        return tr("Last change");
    default:
        return {};
    }
}

void OfferListModel::setStateFilter(const QString &state)
{
    m_state = state;
    reload();
}

Result<PagedTableModel::PageInfo> OfferListModel::fetchPage()
{
    std::optional<std::pair<qint64, qint64>> after;
    if (!m_rows.isEmpty())
        after = std::make_pair(m_rows.last().updatedAt, m_rows.last().id);
    // One more than a page tells whether another page follows.
    auto page = OfferStore(m_db, nullptr).page(m_profileId, kPageSize + 1, after, m_state);
    if (!page)
        return page.error();
    m_pending = page.value();
    const bool more = m_pending.size() > kPageSize;
    if (more)
        m_pending.removeLast();
    return PageInfo{m_pending.size(), more};
}

void OfferListModel::acceptPage()
{
    m_rows << m_pending;
    m_pending.clear();
}

void OfferListModel::clearRows()
{
    m_rows.clear();
    m_pending.clear();
}

} // namespace vcdesk
