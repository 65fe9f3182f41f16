#include "ui/DocumentCacheBox.h"

#include "core/common/ActivityBase.h"
#include "core/common/DisplayText.h"
#include "core/verify/DocumentCache.h"
#include "models/DocumentCacheModel.h"
#include "ui/MessageBox.h"
#include "ui/OutcomeLabel.h"
#include "ui/PlainLabel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vcdesk {

DocumentCacheBox::DocumentCacheBox(const QString &folder, QWidget *parent)
    : QGroupBox(tr("Status lists and schemas cache"), parent)
{
    setObjectName(QStringLiteral("documentCacheBox"));
    m_model =
        new DocumentCacheModel(folder.isEmpty() ? DocumentCache::defaultFolder() : folder, this);
    auto *intro = new PlainLabel(this, QStringLiteral("documentCacheIntro"));
    intro->setText(
        tr("Status lists and schemas that checks fetched. A copy is used as is while fresh, "
           "fetched again after that, and still answers while the network cannot, until it is "
           "too old; then the check says it cannot tell."));
    auto *where = new PlainLabel(this, QStringLiteral("documentCacheFolder"));
    where->setText(tr("Kept in %1").arg(QDir::toNativeSeparators(m_model->folder())));

    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DocumentCacheModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("documentCache"));
    m_table->setAccessibleName(tr("Cached status lists and schemas"));
    m_table->setAccessibleDescription(
        tr("One row per cached document: its address, its kind, when it was fetched, and until "
           "when it is fresh and usable offline. Choose one to refresh or remove it."));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DocumentCacheModel::UrlColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTextElideMode(Qt::ElideMiddle); // the tooltip has the whole URL
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(DocumentCacheModel::UrlColumn, QHeaderView::Stretch);
    for (int column = DocumentCacheModel::KindColumn; column < DocumentCacheModel::ColumnCount;
         ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setFixedHeight(header->sizeHint().height() +
                            5 * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth());

    m_refresh = new QPushButton(tr("Refresh n&ow"), this);
    m_refresh->setObjectName(QStringLiteral("documentRefresh"));
    m_refresh->setAccessibleName(tr("Fetch the selected document again now"));
    m_refresh->setToolTip(tr("vcdesk fetches the chosen document from its address now and keeps "
                             "the new copy. If that fails, nothing changes."));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("documentRemove"));
    m_remove->setAccessibleName(tr("Remove the selected document from the cache"));
    m_remove->setToolTip(tr("The copy goes at once, without asking. The next check that needs it "
                            "fetches it again, or says it cannot tell without a network."));
    m_clear = new QPushButton(tr("Clear &all…"), this);
    m_clear->setObjectName(QStringLiteral("documentClear"));
    m_clear->setAccessibleName(tr("Remove every cached status list and schema"));
    m_clear->setToolTip(tr("You are asked to confirm first. Checks then fetch what they need "
                           "again, and without a network they say they cannot tell."));
    m_message =
        new OutcomeLabel(this, QStringLiteral("documentCacheMessage"), OutcomeLabel::HideWhenEmpty);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(where);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0)
            start(m_model->refresh(row), tr("Fetching the document again…"));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0)
            start(m_model->remove(row), tr("Removing the cached document…"));
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        const int count = m_model->rowCount();
        if (count == 0)
            return;
        MessageBox::confirm(
            this, tr("Clear the cache"),
            tr("Remove all %n cached status list(s) and schema(s)? Checks fetch them again when "
               "they can; without a network they will say they cannot tell.",
               nullptr, count),
            tr("Clear all"), [this] { start(m_model->clear(), tr("Clearing the cache…")); });
    });

    connect(m_model, &DocumentCacheModel::loaded, this, [this] {
        m_message->say(m_model->rowCount() == 0 ? tr("Nothing is cached.") : QString(), false);
    });
    connect(m_model, &DocumentCacheModel::refreshed, this, [this](const QString &url) {
        m_message->say(tr("Fetched %1 again.").arg(DisplayText::escape(url, 200)), false);
    });
    connect(m_model, &DocumentCacheModel::removed, this, [this](const QString &url) {
        m_message->say(tr("Removed %1 from the cache.").arg(DisplayText::escape(url, 200)), false);
    });
    connect(m_model, &DocumentCacheModel::cleared, this, [this](qsizetype count) {
        m_message->say(tr("Removed %n cached document(s).", nullptr, int(count)), false);
    });
    connect(m_model, &DocumentCacheModel::failed, this, [this](const QString &message) {
        m_message->say(tr("Nothing changed: %1").arg(DisplayText::escape(message, 400)), true);
    });
    // A reload keeps the chosen document chosen (by URL: rows move).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int row = selectedRow();
        m_keepUrl = row >= 0 ? m_model->listing(row).url : QString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; !m_keepUrl.isEmpty() && row < m_model->rowCount(); ++row)
            if (m_model->listing(row).url == m_keepUrl)
                m_table->selectRow(m_sorted->mapFromSource(m_model->index(row, 0)).row());
        m_keepUrl.clear();
        updateState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DocumentCacheBox::updateState);
    m_message->say(QString(), false);
    updateState();
}

void DocumentCacheBox::start(ActivityBase *activity, const QString &what)
{
    m_working = activity;
    connect(activity, &ActivityBase::finished, this, &DocumentCacheBox::updateState);
    updateState();
    emit busy(activity, what);
}

QString DocumentCacheBox::message() const
{
    return m_message->text();
}

int DocumentCacheBox::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_sorted->mapToSource(rows.first()).row();
}

void DocumentCacheBox::updateState()
{
    const bool idle = !m_working || !m_working->isRunning();
    const bool chosen = selectedRow() >= 0;
    m_refresh->setEnabled(idle && chosen);
    m_remove->setEnabled(idle && chosen);
    m_clear->setEnabled(idle && m_model->rowCount() > 0);
}

void DocumentCacheBox::showEvent(QShowEvent *event)
{
    // Checks (here, in another vcdesk, on the command line) change the cache: read it again.
    if (!m_working || !m_working->isRunning())
        start(m_model->load(), tr("Reading the cache…"));
    QGroupBox::showEvent(event);
}

} // namespace vcdesk
