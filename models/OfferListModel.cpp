#include "models/OfferListModel.h"

#include "core/store/OfferStore.h"

#include <QDateTime>
#include <QLocale>

namespace vcdesk {

OfferListModel::OfferListModel(const WalletAccess &access, qint64 profileId, QObject *parent)
    : PagedRowsModel(parent)
    , m_access(access)
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
    const StoredOffer *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const StoredOffer &offer = *row;
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

Result<QList<StoredOffer>> OfferListModel::loadAfter(const StoredOffer *last, int limit) const
{
    std::optional<std::pair<qint64, qint64>> after;
    if (last)
        after = std::make_pair(last->updatedAt, last->id);
    return OfferStore(m_access).page(m_profileId, limit, after, m_state);
}

} // namespace vcdesk
