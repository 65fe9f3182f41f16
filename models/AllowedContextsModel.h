#pragma once

#include "core/common/Activity.h"
#include "core/verify/AllowedContexts.h"

#include <QAbstractTableModel>

namespace vcdesk {

/// The JSON-LD contexts the person allowed beyond the ones vcdesk carries (AllowedContexts)
/// as a table: address, and the SHA-256 it must have (or that the first copy fetched is
/// kept). Loads and saves off the GUI thread, each change read-modify-written on the file as
/// it is on disk; an entry that is not a context address changes nothing, and failed() says
/// why. A damaged file is an error, never an empty list.
class AllowedContextsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UrlColumn, HashColumn, ColumnCount };

    /// An empty `path` means AllowedContexts::defaultPath().
    explicit AllowedContextsModel(QString path = {}, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ActivityBase *load();
    /// Allows "URL" or "URL=SHA256" (AllowedContexts::parseEntry) and saves; added() or
    /// failed().
    ActivityBase *add(const QString &entry);
    /// Takes the allowance of `row` back and saves; removed() or failed().
    ActivityBase *remove(int row);
    QString urlAt(int row) const { return m_urls.value(row); }
    const QString &path() const { return m_path; }

signals:
    void loaded();
    void added(const QString &url);
    void removed(const QString &url);
    /// A sentence: what could not be read, or that nothing changed and why.
    void failed(const QString &message);

private:
    /// Runs `edit` on the list as saved, saves it, shows it; `done` with the URL edited.
    ActivityBase *change(std::function<Result<QString>(AllowedContexts::Map &)> edit,
                         void (AllowedContextsModel::*done)(const QString &));
    void show(const AllowedContexts::Map &contexts);

    QString m_path;
    AllowedContexts::Map m_contexts;
    QStringList m_urls; // sorted: the rows
};

} // namespace vcdesk
