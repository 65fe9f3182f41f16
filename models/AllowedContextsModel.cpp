#include "models/AllowedContextsModel.h"

#include "core/common/DisplayText.h"

namespace vcdesk {

AllowedContextsModel::AllowedContextsModel(QString path, QObject *parent)
    : QAbstractTableModel(parent)
    , m_path(path.isEmpty() ? AllowedContexts::defaultPath() : std::move(path))
{
}

int AllowedContextsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_urls.size());
}

int AllowedContextsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllowedContextsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_urls.size())
        return {};
    const QString &url = m_urls.at(index.row());
    const QByteArray sha256 = m_contexts.value(url);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        if (index.column() == UrlColumn)
            return DisplayText::escape(url, 300);
        return sha256.isEmpty() ? tr("the first copy fetched is kept")
                                : QString::fromLatin1(sha256.left(16)) + QChar(0x2026);
    }
    if (role == Qt::ToolTipRole)
        return index.column() == UrlColumn ? DisplayText::toolTip(url)
                                           : DisplayText::toolTip(QString::fromLatin1(sha256));
    return {};
}

QVariant AllowedContextsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == UrlColumn ? tr("Context address") : tr("SHA-256");
}

void AllowedContextsModel::show(const AllowedContexts::Map &contexts)
{
    beginResetModel();
    m_contexts = contexts;
    m_urls = contexts.keys();
    m_urls.sort();
    endResetModel();
}

ActivityBase *AllowedContextsModel::load()
{
    auto *loading = new Activity<AllowedContexts::Map>(this);
    loading->start(
        [path = m_path](const ActivityBase::Context &) { return AllowedContexts::load(path); });
    connect(loading, &ActivityBase::finished, this, [this, loading] {
        loading->deleteLater();
        if (!loading->result()) {
            emit failed(tr("The allowed contexts cannot be read: %1")
                            .arg(loading->result().error().message));
            return;
        }
        show(loading->result().value());
        emit loaded();
    });
    return loading;
}

ActivityBase *
AllowedContextsModel::change(std::function<Result<QString>(AllowedContexts::Map &)> edit,
                             void (AllowedContextsModel::*done)(const QString &))
{
    using Changed = std::pair<AllowedContexts::Map, QString>;
    auto *saving = new Activity<Changed>(this);
    saving->start([path = m_path, edit](const ActivityBase::Context &) -> Result<Changed> {
        auto contexts = AllowedContexts::load(path); // as on disk: another window may have saved
        if (!contexts)
            return contexts.error();
        auto url = edit(contexts.value());
        if (!url)
            return url.error();
        if (auto saved = AllowedContexts::save(path, contexts.value()); !saved)
            return saved.error();
        return Changed{contexts.value(), url.value()};
    });
    connect(saving, &ActivityBase::finished, this, [this, saving, done] {
        saving->deleteLater();
        if (!saving->result()) {
            emit failed(tr("Nothing changed: %1").arg(saving->result().error().message));
            return;
        }
        show(saving->result()->first);
        emit(this->*done)(saving->result()->second);
    });
    return saving;
}

ActivityBase *AllowedContextsModel::add(const QString &entry)
{
    return change(
        [entry](AllowedContexts::Map &contexts) -> Result<QString> {
            auto parsed = AllowedContexts::parseEntry(entry);
            if (!parsed)
                return parsed.error();
            if (contexts.size() >= AllowedContexts::kMaxEntries &&
                !contexts.contains(parsed->first))
                return Error{
                    QStringLiteral("contexts.too_many"),
                    tr("at most %1 contexts can be allowed").arg(AllowedContexts::kMaxEntries)};
            contexts.insert(parsed->first, parsed->second);
            return parsed->first;
        },
        &AllowedContextsModel::added);
}

ActivityBase *AllowedContextsModel::remove(int row)
{
    return change(
        [url = urlAt(row)](AllowedContexts::Map &contexts) -> Result<QString> {
            if (!contexts.remove(url))
                return Error{QStringLiteral("contexts.not_allowed"),
                             tr("%1 is no longer allowed").arg(DisplayText::escape(url, 200))};
            return url;
        },
        &AllowedContextsModel::removed);
}

} // namespace vcdesk
