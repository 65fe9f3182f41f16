#include "ui/OperationsView.h"

#include "core/common/DisplayText.h"
#include "models/OperationLog.h"
#include "ui/PageTitle.h"
#include "ui/PlainLabel.h"

#include <QDir>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vcdesk {

OperationsView::OperationsView(OperationLog &log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
{
    setObjectName(QStringLiteral("operationsView"));
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(&log);
    sorted->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("operationsTable"));
    m_table->setAccessibleName(tr("Operations history"));
    m_table->setAccessibleDescription(
        tr("Every action taken at a service from the console: when, by whom, with which account, "
           "what, and how it ended, newest first. Choose a row to read it in full below."));
    m_table->setModel(sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(OperationLog::OutcomeColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false); // one line an operation; the chosen one in full below
    m_table->horizontalHeader()->setSectionResizeMode(OperationLog::WhenColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(OperationLog::WhoColumn, 90);
    m_table->setColumnWidth(OperationLog::AccountColumn, 190);
    m_table->setColumnWidth(OperationLog::ActionColumn, 260);
    m_detail = new PlainLabel(this, QStringLiteral("operationDetail"));
    m_detail->setAccessibleName(tr("The chosen operation"));
    auto *where = new PlainLabel(this, QStringLiteral("operationsWhere"));
    where->setText(log.path().isEmpty()
                       ? tr("Kept in memory until vcdesk closes.")
                       : tr("Kept in %1. It names accounts and records, never keys or tokens.")
                             .arg(DisplayText::escape(QDir::toNativeSeparators(log.path()))));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Operations history"), this));
    layout->addWidget(where);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OperationsView::showChosen);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OperationLog::WhenColumn, Qt::DescendingOrder);
}

void OperationsView::showChosen()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return m_detail->clear();
    const auto *sorted = static_cast<const QSortFilterProxyModel *>(m_table->model());
    const OperationEntry &entry = m_log.entryAt(sorted->mapToSource(rows.first()).row());
    m_detail->setText(
        tr("%1 by %2 with %3: %4 %5\n%6")
            .arg(QLocale().toString(entry.when.toLocalTime(), QLocale::LongFormat),
                 DisplayText::escape(entry.who, 60), DisplayText::escape(entry.account, 60),
                 DisplayText::escape(entry.action, 60), DisplayText::escape(entry.target, 200),
                 DisplayText::escape(entry.outcome, 2000)));
}

} // namespace vcdesk
