#include "models/TrustListModel.h"

#include "core/verify/TrustListImport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace vcdesk {

TrustListModel::TrustListModel(QString path, QObject *parent)
    : QAbstractTableModel(parent)
    , m_path(std::move(path))
{
}

int TrustListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.entries().size());
}

int TrustListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrustListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_list.entries().size() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const TrustList::Entry &entry = m_list.entries().at(index.row());
    switch (index.column()) {
    case PatternColumn:
        return entry.pattern;
    case NameColumn:
        return entry.name;
    case AddedColumn:
        return entry.added.isValid()
                   ? QLocale().toString(entry.added.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

QVariant TrustListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PatternColumn:
        return tr("Issuer (DID or pattern)");
    case NameColumn:
        return tr("Name");
    case AddedColumn:
        return tr("Added");
    default:
        return {};
    }
}

void TrustListModel::show(const TrustList &list)
{
    beginResetModel();
    m_list = list;
    m_loaded = true;
    endResetModel();
}

ActivityBase *TrustListModel::load()
{
    auto *loading = new Activity<TrustList>(this);
    const QString path = m_path;
    loading->start([path](const ActivityBase::Context &) { return TrustList::load(path); });
    connect(loading, &ActivityBase::finished, this, [this, loading] {
        loading->deleteLater();
        if (!loading->result()) {
            emit failed(loading->result().error().message);
            return;
        }
        show(loading->result().value());
        emit loaded();
    });
    return loading;
}

ActivityBase *TrustListModel::change(std::function<Status(TrustList &)> edit)
{
    auto *saving = new Activity<TrustList>(this);
    const QString path = m_path;
    // Read again before the edit: another vcdesk (or the command line) may have changed it.
    saving->start([path, edit](const ActivityBase::Context &) -> Result<TrustList> {
        auto list = TrustList::load(path);
        if (!list)
            return list.error();
        if (auto done = edit(list.value()); !done)
            return done.error();
        QDir().mkpath(QFileInfo(path).absolutePath()); // the first entry makes the folder
        if (auto done = list->save(path); !done)
            return done.error();
        return list;
    });
    connect(saving, &ActivityBase::finished, this, [this, saving] {
        saving->deleteLater();
        if (!saving->result()) {
            emit failed(saving->result().error().message);
            return;
        }
        show(saving->result().value());
        emit saved();
    });
    return saving;
}

ActivityBase *TrustListModel::add(const QString &pattern, const QString &name)
{
    return change(
        [pattern = pattern.trimmed(), name](TrustList &list) { return list.add(pattern, name); });
}

ActivityBase *TrustListModel::remove(int row)
{
    const QString pattern =
        row >= 0 && row < m_list.entries().size() ? m_list.entries().at(row).pattern : QString();
    return change([pattern](TrustList &list) -> Status {
        if (!list.remove(pattern))
            return Error{QStringLiteral("trust.not_listed"),
                         tr("\"%1\" is not on the trust list").arg(pattern.left(120))};
        return {};
    });
}

ActivityBase *TrustListModel::importFrom(const QString &path)
{
    struct Imported
    {
        TrustList list;
        TrustListImport::Summary summary;
    };
    auto *importing = new Activity<Imported>(this);
    const QString listPath = m_path;
    importing->start([listPath, path](const ActivityBase::Context &) -> Result<Imported> {
        auto entries = TrustListImport::read(path);
        if (!entries)
            return entries.error();
        // Read again before merging: another vcdesk (or the command line) may have changed it.
        auto list = TrustList::load(listPath);
        if (!list)
            return list.error();
        auto summary = TrustListImport::merge(list.value(), entries.value());
        if (!summary)
            return summary.error();
        QDir().mkpath(QFileInfo(listPath).absolutePath());
        if (auto done = list->save(listPath); !done)
            return done.error();
        return Imported{list.value(), summary.value()};
    });
    connect(importing, &ActivityBase::finished, this, [this, importing, path] {
        importing->deleteLater();
        const auto result = importing->result();
        if (!result) {
            emit failed(result.error().toString());
            return;
        }
        show(result->list);
        emit imported(path, result->summary.read, result->summary.added, result->summary.renamed);
    });
    return importing;
}

ActivityBase *TrustListModel::exportTo(const QString &path)
{
    auto *exporting = new Activity<qsizetype>(this);
    const QString listPath = m_path;
    // What is saved, read again (the window may show an older list), written as saved.
    exporting->start([listPath, path](const ActivityBase::Context &) -> Result<qsizetype> {
        auto list = TrustList::load(listPath);
        if (!list)
            return list.error();
        if (auto done = list->save(path); !done)
            return done.error();
        return list->entries().size();
    });
    connect(exporting, &ActivityBase::finished, this, [this, exporting, path] {
        exporting->deleteLater();
        const auto result = exporting->result();
        if (!result) {
            emit failed(result.error().toString());
            return;
        }
        emit exported(path, result.value());
    });
    return exporting;
}

} // namespace vcdesk
