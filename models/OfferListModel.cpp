#include "models/OfferListModel.h"

#include "core/store/OfferStore.h"
#include "core/store/Wallet.h"
#include "models/ReadableName.h"
#include "models/WalletSession.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace vcdesk {

OfferListModel::OfferListModel(const WalletAccess &access, qint64 profileId, QObject *parent)
    : PagedRowsModel(parent)
    , m_access(access)
    , m_profileId(profileId)
{
    reload();
}

OfferListModel::OfferListModel(WalletSession &session, qint64 profileId, QObject *parent)
    : PagedRowsModel(parent)
    , m_profileId(profileId)
    , m_session(&session)
{
    reload();
}

QString OfferListModel::stateText(const QString &state)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("OfferReceived"), QT_TR_NOOP("New offer")},
        {QStringLiteral("RequestPending"), QT_TR_NOOP("Accepted, sending")},
        {QStringLiteral("RequestSent"), QT_TR_NOOP("Accepted, waiting for the issuer")},
        {QStringLiteral("CredentialReceived"), QT_TR_NOOP("Received")},
        {QStringLiteral("ProblemReportSent"), QT_TR_NOOP("Ended with a problem")},
        {QStringLiteral("ProblemReportReceived"), QT_TR_NOOP("Ended with a problem")},
        {QStringLiteral("Rejected"), QT_TR_NOOP("Rejected")},
    };
    const auto it = words.constFind(state);
    return it == words.cend() ? state : tr(it.value());
}

void OfferListModel::requestAfter(const StoredOffer *last, int limit, Delivery deliver)
{
    if (!m_session) {
        deliver(loadAfter(last, limit));
        return;
    }
    if (!m_session->isUnlocked()) {
        deliver(QList<StoredOffer>()); // locked: nothing to show, not an error
        return;
    }
    std::optional<std::pair<qint64, qint64>> after;
    if (last)
        after = std::make_pair(last->updatedAt, last->id);
    auto *reading = m_session->read<QList<StoredOffer>>(
        [profileId = m_profileId, limit, after, state = m_state](
            Wallet &wallet, const ActivityBase::Context &) -> Result<QList<StoredOffer>> {
            return wallet.offers().page(profileId, limit, after, state);
        });
    connect(reading, &ActivityBase::finished, this, [reading, deliver] {
        reading->deleteLater();
        deliver(reading->result());
    });
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
            return offer.title.isEmpty() ? tr("Credential offer") : ReadableName::of(offer.title);
        case StateColumn:
            return stateText(offer.state);
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
