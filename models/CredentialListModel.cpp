#include "models/CredentialListModel.h"

#include "core/common/Clock.h"
#include "core/common/DisplayText.h"
#include "core/store/CredentialSearch.h"
#include "core/store/Wallet.h"
#include "core/verify/VerdictText.h"
#include "models/CredentialBadge.h"
#include "models/ReadableName.h"
#include "models/WalletSession.h"

#include <QLocale>

namespace vcdesk {

namespace {

QString dateText(const QDateTime &time, const QString &missing)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                          : missing;
}

} // namespace

CredentialListModel::CredentialListModel(const QSqlDatabase &db, qint64 profileId, QObject *parent)
    : PagedRowsModel(parent)
    , m_db(db)
{
    m_query.profileId = profileId;
    m_query.limit = kPageSize;
    reload();
}

CredentialListModel::CredentialListModel(WalletSession &session, qint64 profileId, QObject *parent)
    : PagedRowsModel(parent)
    , m_session(&session)
    , m_sessionMode(true)
{
    m_query.profileId = profileId;
    m_query.limit = kPageSize;
    reload();
}

int CredentialListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CredentialListModel::data(const QModelIndex &index, int role) const
{
    const CredentialRecord *record = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!record)
        return {};
    switch (role) {
    case IdRole:
        return record->id;
    case TypesRole:
        return record->types;
    case VerdictRole:
        return VerdictName::of(record->verdict);
    case TagsRole:
        return record->tags;
    case HighlightsRole:
        return highlightsText(*record);
    case RevocationRole:
        return RevocationName::of(record->revocation);
    case Qt::ToolTipRole:
        return index.column() == IssuerColumn ? record->issuer : QVariant();
    case Qt::AccessibleTextRole: // the card (the title column) as a whole
        return index.column() == TitleColumn ? accessibleText(*record) : QVariant();
    case Qt::AccessibleDescriptionRole:
        return index.column() == TitleColumn ? validityText(*record) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return record->title;
    case IssuerColumn:
        return record->issuerName.isEmpty() ? record->issuer : record->issuerName;
    case IssuedColumn:
        return dateText(record->issuedAt, tr("unknown"));
    case ExpiresColumn:
        return dateText(record->expiresAt, tr("never"));
    case VerdictColumn:
        return VerdictText::label(record->verdict);
    default:
        return {};
    }
}

QString CredentialListModel::highlightsText(const CredentialRecord &record,
                                            const QString &separator)
{
    QStringList parts;
    for (const ClaimHighlight &claim : record.highlights)
        parts << tr("%1: %2").arg(DisplayText::escape(ReadableName::of(claim.name), 40),
                                  DisplayText::escape(claim.value, 60));
    return parts.join(separator);
}

QString CredentialListModel::titleText(const CredentialRecord &record)
{
    // Issuer-chosen text: control, bidi and invisible characters shown as escapes.
    return record.title.isEmpty() ? tr("Credential")
                                  : DisplayText::escape(ReadableName::of(record.title), 200);
}

QString CredentialListModel::issuerText(const CredentialRecord &record)
{
    return DisplayText::escape(record.issuerName.isEmpty() ? record.issuer : record.issuerName,
                               300);
}

QString CredentialListModel::validityText(const CredentialRecord &record)
{
    if (!record.expiresAt.isValid())
        return tr("No end of validity");
    const QString endDate =
        QLocale().toString(record.expiresAt.toLocalTime().date(), QLocale::LongFormat);
    return record.expiresAt < Clock::now() ? tr("Ended %1").arg(endDate)
                                           : tr("Valid until %1").arg(endDate);
}

QString CredentialListModel::accessibleText(const CredentialRecord &record)
{
    // What the card shows, in reading order: "Email Credential, Revoked. Issued by Example
    // University. Name: Alice; Email: alice@example.com."
    QString text =
        tr("%1, %2. Issued by %3.")
            .arg(titleText(record), CredentialBadge::of(record).text, issuerText(record));
    const QString claims = highlightsText(record, QStringLiteral("; "));
    if (!claims.isEmpty())
        text += QLatin1Char(' ') + tr("%1.").arg(claims);
    else if (!record.subject.isEmpty())
        text += QLatin1Char(' ') + tr("About %1.").arg(DisplayText::escape(record.subject, 300));
    return text;
}

QVariant CredentialListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Credential");
    case IssuerColumn:
        return tr("Issuer");
    case IssuedColumn:
        return tr("Issued");
    case ExpiresColumn:
        return tr("Expires");
    case VerdictColumn:
        return tr("Status");
    default:
        return {};
    }
}

void CredentialListModel::sort(int column, Qt::SortOrder order)
{
    using SortKey = CredentialQuery::SortKey;
    switch (column) {
    case TitleColumn:
        m_query.sort = SortKey::Title;
        break;
    case IssuerColumn:
        m_query.sort = SortKey::Issuer;
        break;
    case IssuedColumn:
        m_query.sort = SortKey::Issued;
        break;
    case ExpiresColumn:
        m_query.sort = SortKey::Expires;
        break;
    default:
        m_query.sort = SortKey::Added; // the status column sorts by when it was added
        break;
    }
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void CredentialListModel::setFilter(const CredentialQuery &filter)
{
    const qint64 profile = m_query.profileId;
    const auto sortKey = m_query.sort;
    const bool descending = m_query.descending;
    m_query = filter;
    m_query.profileId = profile;
    m_query.sort = sortKey;
    m_query.descending = descending;
    m_query.limit = kPageSize;
    m_query.after.reset();
    reload();
}

qint64 CredentialListModel::matchingCount() const
{
    if (m_sessionMode)
        return m_matching;
    auto count = CredentialSearch(m_db).count(m_query);
    return count ? count.value() : 0;
}

void CredentialListModel::requestAfter(const CredentialRecord *last, int limit, Delivery deliver)
{
    if (!m_sessionMode) {
        deliver(loadAfter(last, limit));
        return;
    }
    if (!m_session || !m_session->isUnlocked()) {
        if (deliver(QList<CredentialRecord>())) // locked: nothing to show, not an error
            m_matching = 0;
        return;
    }
    struct Page
    {
        QList<CredentialRecord> rows;
        std::optional<qint64> matching;
    };
    CredentialQuery query = m_query;
    query.limit = limit;
    if (last)
        query.after = CredentialSearch::cursorOf(*last, query.sort);
    auto *activity = m_session->read<Page>(
        [query](Wallet &wallet, const ActivityBase::Context &) -> Result<Page> {
            const CredentialSearch search = wallet.search();
            auto page = search.page(query);
            if (!page)
                return page.error();
            Page out{page->rows, std::nullopt};
            if (!query.after) { // the first page also counts what matches
                auto count = search.count(query);
                if (!count)
                    return count.error();
                out.matching = count.value();
            }
            return out;
        });
    connect(activity, &ActivityBase::finished, activity, &QObject::deleteLater);
    // `this` as the context: a model deleted meanwhile never hears of it.
    connect(activity, &ActivityBase::finished, this, [this, activity, deliver] {
        const auto page = activity->result();
        if (!page) {
            deliver(page.error());
            return;
        }
        // The count is the page's: set before its rows arrive, put back if the page was stale.
        const qint64 before = m_matching;
        if (page->matching)
            m_matching = *page->matching;
        if (!deliver(page->rows))
            m_matching = before;
    });
}

Result<QList<CredentialRecord>> CredentialListModel::loadAfter(const CredentialRecord *last,
                                                               int limit) const
{
    CredentialQuery query = m_query;
    query.limit = limit;
    if (last)
        query.after = CredentialSearch::cursorOf(*last, query.sort);
    auto page = CredentialSearch(m_db).page(query);
    if (!page)
        return page.error();
    return page->rows;
}

} // namespace vcdesk
