#pragma once

#include "core/net/NetworkPolicy.h"
#include "core/verify/DocumentCache.h"

#include <QAbstractTableModel>

namespace vcdesk {

class ActivityBase;

/// The status lists and schemas cached for verification (DocumentCache in `folder`) as a
/// table: URL, kind, when fetched, until when used as is (CachedFetch::freshUntil), until when
/// it still answers offline (CachedFetch::usableUntil, InspectOptions' default age), size.
/// Everything that touches the disk or the network is an activity off the GUI thread:
/// load(), refresh(row) (fetched again now under the network policy), remove(row), clear();
/// each ends with its signal or failed(message) (the message ends with its code), and the
/// table is read again after every change. Other processes share the folder: what they
/// remove or write shows at the next load().
class DocumentCacheModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        UrlColumn,
        KindColumn,
        FetchedColumn,
        FreshUntilColumn,
        UsableUntilColumn,
        SizeColumn,
        ColumnCount
    };
    /// The raw value of a cell (a date, a size in bytes, the URL as cached), for sorting.
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The URL as cached, whatever the column.
    static constexpr int UrlRole = Qt::UserRole + 2;

    explicit DocumentCacheModel(QString folder, QObject *parent = nullptr);

    /// The rules refresh() fetches under (by default NetworkPolicy's: https only).
    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ActivityBase *load();
    ActivityBase *refresh(int row);
    ActivityBase *remove(int row);
    ActivityBase *clear();

    const QString &folder() const { return m_folder; }
    bool isLoaded() const { return m_loaded; }
    const DocumentCache::Listing &listing(int row) const { return m_rows.at(row); }
    /// "Status list", "Schema", "Other document".
    static QString kindText(DocumentCache::Kind kind);

signals:
    void loaded();
    void refreshed(const QString &url);
    void removed(const QString &url);
    void cleared(qsizetype count);
    void failed(const QString &message);

private:
    /// Runs `work` on the cache off the GUI thread, then lists it again and shows the list;
    /// `done` runs with work's value once shown.
    template<typename T, typename Work, typename Done> ActivityBase *run(Work work, Done done);
    void show(const QList<DocumentCache::Listing> &rows);

    QString m_folder;
    NetworkPolicy m_policy;
    QList<DocumentCache::Listing> m_rows;
    bool m_loaded = false;
};

} // namespace vcdesk
