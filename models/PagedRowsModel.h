#pragma once

#include "models/PagedTableModel.h"

#include <QList>

#include <functional>

namespace vcdesk {

/// A PagedTableModel that holds rows of type Row. Subclasses say how to load the rows that
/// follow a given row (keyset paging: the last row is the cursor), either at once (loadAfter)
/// or asynchronously (requestAfter); this class keeps the rows, asks for one more than a page
/// to learn whether another follows, and does the bookkeeping.
template<typename Row> class PagedRowsModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }

protected:
    /// Hands a page over; false when a reload made it stale (it was dropped).
    using Delivery = std::function<bool(const Result<QList<Row>> &rows)>;

    /// Up to `limit` rows after `last` (from the start when null), in the model's order.
    virtual Result<QList<Row>> loadAfter(const Row *last, int limit) const
    {
        Q_UNUSED(last);
        Q_UNUSED(limit);
        return Error{QStringLiteral("model.no_source"), QStringLiteral("no rows to load")};
    }
    /// The same, asynchronously: `deliver` is called once, on this model's thread; what the
    /// page brings besides rows is kept only if it returns true. By default it calls
    /// loadAfter() at once.
    virtual void requestAfter(const Row *last, int limit, Delivery deliver)
    {
        deliver(loadAfter(last, limit));
    }

    qsizetype loadedRows() const override { return m_rows.size(); }

    void startFetch(quint64 ticket) override
    {
        requestAfter(m_rows.isEmpty() ? nullptr : &m_rows.last(), kPageSize + 1,
                     [this, ticket](const Result<QList<Row>> &rows) {
                         if (!isCurrent(ticket))
                             return false;
                         if (!rows) {
                             pageFetched(ticket, rows.error());
                             return true;
                         }
                         m_pending = rows.value();
                         const bool more = m_pending.size() > kPageSize;
                         if (more)
                             m_pending.removeLast();
                         pageFetched(ticket, PageInfo{m_pending.size(), more});
                         return true;
                     });
    }
    void acceptPage() override
    {
        m_rows << m_pending;
        m_pending.clear();
    }
    void clearRows() override
    {
        m_rows.clear();
        m_pending.clear();
    }

private:
    QList<Row> m_rows;
    QList<Row> m_pending;
};

} // namespace vcdesk
