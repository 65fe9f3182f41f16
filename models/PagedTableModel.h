#pragma once

#include "core/common/Result.h"

#include <QAbstractTableModel>

namespace vcdesk {

/// A table that loads its rows from the wallet page by page as the view scrolls
/// (canFetchMore/fetchMore), so a list of 100,000 credentials opens as fast as one of 100.
/// Subclasses start fetching a page and hand it over with pageFetched(), at once or later
/// (from a WalletSession's thread, through a queued call); the base brackets the insert and
/// drops a page that a reload() made stale. Failures are reported through loadFailed(); a
/// model never shows a dialog.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Forgets every row and loads the first page again (after a filter, sort or data change).
    void reload();
    /// True while a page is on its way.
    bool isLoading() const { return m_fetching; }

signals:
    void loadFailed(const QString &message);
    /// A page arrived (or failed): the model is not loading any more.
    void pageLoaded();

protected:
    struct PageInfo
    {
        qsizetype rows = 0;
        bool more = false;
    };

    virtual qsizetype loadedRows() const = 0;
    /// Starts loading the next page (after the last row held) into a pending buffer; calls
    /// pageFetched(ticket, ...) when it is there, now or later, on this model's thread.
    virtual void startFetch(quint64 ticket) = 0;
    /// Moves the pending rows to the end of the model's rows.
    virtual void acceptPage() = 0;
    /// Drops all rows, the pending ones and the paging cursor.
    virtual void clearRows() = 0;

    /// The page startFetch(ticket) asked for; ignored if a reload came in between.
    void pageFetched(quint64 ticket, const Result<PageInfo> &page);
    /// Whether `ticket` is still the current fetch (a stale page must not touch the buffer).
    bool isCurrent(quint64 ticket) const { return ticket == m_ticket && m_fetching; }

private:
    bool m_hasMore = false;
    bool m_fetching = false;
    quint64 m_ticket = 0;
};

} // namespace vcdesk
