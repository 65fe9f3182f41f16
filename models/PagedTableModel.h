#pragma once

#include "core/common/Result.h"

#include <QAbstractTableModel>

namespace vcdesk {

/// A table that loads its rows from the wallet page by page as the view scrolls
/// (canFetchMore/fetchMore), so a list of 100,000 credentials opens as fast as one of 100.
/// Subclasses fetch a page into a pending buffer and accept it; the base brackets the insert.
/// Failures are reported through loadFailed(); a model never shows a dialog.
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

signals:
    void loadFailed(const QString &message);

protected:
    struct PageInfo
    {
        qsizetype rows = 0;
        bool more = false;
    };

    virtual qsizetype loadedRows() const = 0;
    /// Loads the next page (after the last row held) into a pending buffer.
    virtual Result<PageInfo> fetchPage() = 0;
    /// Moves the pending rows to the end of the model's rows.
    virtual void acceptPage() = 0;
    /// Drops all rows, the pending ones and the paging cursor.
    virtual void clearRows() = 0;

private:
    bool m_hasMore = false;
    bool m_fetching = false;
};

} // namespace vcdesk
