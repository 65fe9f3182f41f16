#include "models/DocumentCacheModel.h"

#include "core/common/Activity.h"
#include "core/common/DisplayText.h"
#include "core/verify/CachedFetch.h"

#include <QLocale>

#include <memory>

namespace vcdesk {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

Error noRow()
{
    return Error{QStringLiteral("cache.no_row"),
                 DocumentCacheModel::tr("choose a cached document first")};
}

} // namespace

DocumentCacheModel::DocumentCacheModel(QString folder, QObject *parent)
    : QAbstractTableModel(parent)
    , m_folder(std::move(folder))
{
}

int DocumentCacheModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentCacheModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentCacheModel::kindText(DocumentCache::Kind kind)
{
    switch (kind) {
    case DocumentCache::Kind::StatusList:
        return tr("Status list");
    case DocumentCache::Kind::Schema:
        return tr("Schema");
    case DocumentCache::Kind::Other:
        break;
    }
    return tr("Other document");
}

QVariant DocumentCacheModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DocumentCache::Listing &row = m_rows.at(index.row());
    const QDateTime fresh = CachedFetch::freshUntil(row.fetchedAt);
    const QDateTime usable = CachedFetch::usableUntil(row.fetchedAt);
    if (role == UrlRole)
        return row.url;
    if (role == SortRole) {
        switch (index.column()) {
        case UrlColumn:
            return row.url;
        case KindColumn:
            return kindText(row.kind);
        case FetchedColumn:
            return row.fetchedAt;
        case FreshUntilColumn:
            return fresh;
        case UsableUntilColumn:
            return usable;
        case SizeColumn:
            return row.size;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == UrlColumn)
        return DisplayText::toolTip(row.url);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UrlColumn:
        // From a credential: shown escaped, never able to reorder or hide what follows.
        return DisplayText::escape(row.url, 200);
    case KindColumn:
        return row.pinned ? tr("%1 (held by this service)").arg(kindText(row.kind))
                          : kindText(row.kind);
    case FetchedColumn:
        return when(row.fetchedAt);
    case FreshUntilColumn:
        return row.pinned ? QString() : when(fresh);
    case UsableUntilColumn:
        return row.pinned ? QString() : when(usable);
    case SizeColumn:
        return QLocale().formattedDataSize(row.size);
    default:
        return {};
    }
}

QVariant DocumentCacheModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UrlColumn:
        return tr("URL");
    case KindColumn:
        return tr("Kind");
    case FetchedColumn:
        return tr("Fetched");
    case FreshUntilColumn:
        return tr("Fresh until");
    case UsableUntilColumn:
        return tr("Usable offline until");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

void DocumentCacheModel::show(const QList<DocumentCache::Listing> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_loaded = true;
    endResetModel();
}

template<typename T, typename Work, typename Done>
ActivityBase *DocumentCacheModel::run(Work work, Done done)
{
    struct Outcome
    {
        T value;
        QList<DocumentCache::Listing> rows;
    };
    auto *activity = new Activity<Outcome>(this);
    const QString folder = m_folder;
    activity->start([folder, work](const ActivityBase::Context &) -> Result<Outcome> {
        const auto cache = std::make_shared<DocumentCache>(folder);
        Result<T> value = work(cache);
        if (!value)
            return value.error();
        return Outcome{std::move(value).value(), cache->list()};
    });
    connect(activity, &ActivityBase::finished, this, [this, activity, done] {
        activity->deleteLater();
        const auto result = activity->result();
        if (!result) {
            emit failed(result.error().toString());
            return;
        }
        show(result->rows);
        done(result->value);
    });
    return activity;
}

ActivityBase *DocumentCacheModel::load()
{
    return run<bool>([](const std::shared_ptr<DocumentCache> &) -> Result<bool> { return true; },
                     [this](bool) { emit loaded(); });
}

ActivityBase *DocumentCacheModel::refresh(int row)
{
    const bool valid = row >= 0 && row < m_rows.size();
    const QString url = valid ? m_rows.at(row).url : QString();
    const qsizetype maxBytes =
        CachedFetch::maxBytesFor(valid ? m_rows.at(row).kind : DocumentCache::Kind::Other);
    const NetworkPolicy policy = m_policy;
    return run<QString>(
        [valid, url, maxBytes,
         policy](const std::shared_ptr<DocumentCache> &cache) -> Result<QString> {
            if (!valid)
                return noRow();
            InspectOptions options;
            options.network = policy;
            options.documentCache = cache;
            auto fetched = CachedFetch::refresh(url, options, maxBytes);
            if (!fetched)
                return fetched.error();
            return url;
        },
        [this](const QString &url) { emit refreshed(url); });
}

ActivityBase *DocumentCacheModel::remove(int row)
{
    const bool valid = row >= 0 && row < m_rows.size();
    const QString url = valid ? m_rows.at(row).url : QString();
    return run<QString>(
        [valid, url](const std::shared_ptr<DocumentCache> &cache) -> Result<QString> {
            if (!valid)
                return noRow();
            if (auto done = cache->remove(url); !done)
                return done.error();
            return url;
        },
        [this](const QString &url) { emit removed(url); });
}

ActivityBase *DocumentCacheModel::clear()
{
    return run<qsizetype>(
        [](const std::shared_ptr<DocumentCache> &cache) { return cache->clear(); },
        [this](qsizetype count) { emit cleared(count); });
}

} // namespace vcdesk
