#pragma once

#include "models/PagedTableModel.h"

#include <QList>

namespace vcdesk {

/// A PagedTableModel that holds rows of type Row. Subclasses say how to load the rows that
/// follow a given row (keyset paging: the last row is the cursor); this class keeps the rows,
/// asks for one more than a page to learn whether another follows, and does the bookkeeping.
template<typename Row> class PagedRowsModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }

protected:
    /// Up to `limit` rows after `last` (from the start when null), in the model's order.
    virtual Result<QList<Row>> loadAfter(const Row *last, int limit) const = 0;

    qsizetype loadedRows() const override { return m_rows.size(); }

    Result<PageInfo> fetchPage() override
    {
        auto rows = loadAfter(m_rows.isEmpty() ? nullptr : &m_rows.last(), kPageSize + 1);
        if (!rows)
            return rows.error();
        m_pending = std::move(rows).value();
        const bool more = m_pending.size() > kPageSize;
        if (more)
            m_pending.removeLast();
        return PageInfo{m_pending.size(), more};
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
