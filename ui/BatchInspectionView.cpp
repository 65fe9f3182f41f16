#include "ui/BatchInspectionView.h"

#include "core/common/DisplayText.h"
#include "models/BatchInspection.h"
#include "models/BatchResultModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vcdesk {

BatchInspectionView::BatchInspectionView(BatchInspection *batch, QWidget *parent)
    : QWidget(parent)
    , m_batch(batch)
    , m_model(new BatchResultModel(batch, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("batchView"));
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setAccessibleName(tr("Batch progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_counts->setObjectName(QStringLiteral("batchCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setAccessibleName(tr("Batch counts"));
    m_cancel->setObjectName(QStringLiteral("batchCancel"));
    m_cancel->setAccessibleName(tr("Cancel the batch"));
    m_cancel->setShortcut(QKeySequence::Cancel);
    m_cancel->setToolTip(tr("Stops before the next group of files; the results so far stay in "
                            "the table and the counts."));
    m_cancel->setEnabled(false);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(BatchResultModel::SortRole);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setAccessibleName(tr("Results, one row per file"));
    m_table->setAccessibleDescription(
        tr("Each row gives the verdict, the file, the issuer, the types and why it is not valid. "
           "Click a header to sort; press Enter on a row to open that file on the Token tab."));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // input order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The last column, why not valid, takes what is left: it is what a help desk reads.
    m_table->setColumnWidth(BatchResultModel::Verdict, 140);
    m_table->setColumnWidth(BatchResultModel::Input, 200);
    m_table->setColumnWidth(BatchResultModel::Issuer, 170);
    m_table->setColumnWidth(BatchResultModel::Types, 130);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);

    connect(m_cancel, &QPushButton::clicked, batch, &BatchInspection::cancel);
    connect(batch, &BatchInspection::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_cancel->setEnabled(m_batch->isRunning());
        updateCounts();
    });
    connect(batch, &BatchInspection::failed, this, [this](const QString &message) {
        m_counts->setText(tr("Nothing was inspected: %1").arg(DisplayText::escape(message, 400)));
    });
    connect(batch, &BatchInspection::finished, this, [this](bool cancelled) {
        m_cancel->setEnabled(false);
        if (cancelled)
            m_counts->setText(tr("Cancelled. %1").arg(m_counts->text()));
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(BatchResultModel::PathRole).toString());
    });
}

QString BatchInspectionView::countsText() const
{
    return m_counts->text();
}

void BatchInspectionView::updateCounts()
{
    const BatchInspection::Tally &tally = m_batch->tally();
    m_counts->setText(tr("%1 of %2 inspected: %3 valid, %4 not valid, %5 cannot be verified, "
                         "%6 unreadable")
                          .arg(tally.total())
                          .arg(m_batch->total())
                          .arg(tally.valid)
                          .arg(tally.invalid)
                          .arg(tally.unverifiable)
                          .arg(tally.unreadable));
}

} // namespace vcdesk
