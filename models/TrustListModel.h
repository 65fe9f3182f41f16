#pragma once

#include "core/common/Activity.h"
#include "core/verify/TrustList.h"

#include <QAbstractTableModel>

namespace vcdesk {

/// The operator's trust list (the issuers vcdesk names, and a verifier may require) as a
/// table: pattern, name, added. Loads and saves off the GUI thread; saving is atomic
/// (TrustList::save). A damaged file is an error, shown as such, never an empty list; an edit
/// that fails (a pattern that is not a DID) changes nothing, and so does an import that fails.
/// A file is imported by merging (TrustListImport) and exported as TrustList::save writes it.
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
    /// Merges the trust list file at `path` (TrustListImport: read as hostile, refused whole
    /// when anything in it is wrong) into the list and saves; imported() or failed().
    ActivityBase *importFrom(const QString &path);
    /// Writes the list as saved to `path` (atomically); exported() or failed().
    ActivityBase *exportTo(const QString &path);
    const QString &path() const { return m_path; }
    bool isLoaded() const { return m_loaded; }

signals:
    void loaded();
    void saved();
    /// `count` entries read from `path`: `added` new, `renamed` given the imported name.
    void imported(const QString &path, qsizetype count, qsizetype added, qsizetype renamed);
    void exported(const QString &path, qsizetype count);
    /// Nothing changed; for an import or export the message ends with its code.
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
