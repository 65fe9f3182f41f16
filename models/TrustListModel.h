#pragma once

#include "core/common/Activity.h"
#include "core/verify/TrustList.h"

#include <QAbstractTableModel>

namespace vcdesk {

/// The operator's trust list (the issuers vcdesk names, and a verifier may require) as a
/// table: pattern, name, added. Loads and saves off the GUI thread; saving is atomic
/// (TrustList::save). A damaged file is an error, shown as such, never an empty list; an edit
/// that fails (a pattern that is not a DID) changes nothing.
class TrustListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PatternColumn, NameColumn, AddedColumn, ColumnCount };

    explicit TrustListModel(QString path, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ActivityBase *load();
    /// Adds (or renames) an entry and saves; failed() says why when it cannot.
    ActivityBase *add(const QString &pattern, const QString &name);
    ActivityBase *remove(int row);
    const QString &path() const { return m_path; }
    bool isLoaded() const { return m_loaded; }

signals:
    void loaded();
    void saved();
    void failed(const QString &message);

private:
    /// Runs `edit` on a copy of the list, saves it, and shows the result.
    ActivityBase *change(std::function<Status(TrustList &)> edit);
    void show(const TrustList &list);

    QString m_path;
    TrustList m_list;
    bool m_loaded = false;
};

} // namespace vcdesk
