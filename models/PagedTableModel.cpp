#include "models/PagedTableModel.h"

#include <QScopeGuard>

namespace vcdesk {

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(loadedRows());
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views and testers may ask for more from inside the insert signals: one page at a time.
    m_fetching = true;
    startFetch(++m_ticket);
}

void PagedTableModel::pageFetched(quint64 ticket, const Result<PageInfo> &page)
{
    if (!isCurrent(ticket))
        return; // a reload() came in between: this page belongs to the old rows
    const auto done = qScopeGuard([this, ticket] {
        if (ticket != m_ticket)
            return; // a slot reloaded meanwhile: the new fetch is under way
        m_fetching = false;
        emit pageLoaded();
    });
    if (!page) {
        m_hasMore = false;
        emit loadFailed(tr("%1 [%2]").arg(page.error().message, page.error().code));
        return;
    }
    m_hasMore = page->more;
    if (page->rows == 0) {
        acceptPage();
        return;
    }
    const int first = int(loadedRows());
    beginInsertRows({}, first, first + int(page->rows) - 1);
    acceptPage();
    endInsertRows();
}

void PagedTableModel::reload()
{
    beginResetModel();
    clearRows();
    m_hasMore = false; // nothing to fetch while the reset is being announced
    m_fetching = false;
    ++m_ticket; // a page still on its way belongs to the old rows
    endResetModel();
    m_hasMore = true;
    fetchMore({});
}

} // namespace vcdesk
