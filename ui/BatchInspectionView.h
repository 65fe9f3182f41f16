#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace vcdesk {

class BatchInspection;
class BatchResultModel;

/// The console's batch inspection on screen: a progress bar, the running count of valid, not
/// valid, cannot-be-verified and unreadable, Cancel (Esc), and the results table, sortable by
/// any column (verdict sorts worst first). Enter or a double click on a row asks for that file
/// in the single-token view (openRequested). Everything from the files is shown escaped.
class BatchInspectionView : public QWidget
{
    Q_OBJECT
public:
    explicit BatchInspectionView(BatchInspection *batch, QWidget *parent = nullptr);

    QString countsText() const;

signals:
    void openRequested(const QString &path);

private:
    void updateCounts();

    BatchInspection *m_batch;
    BatchResultModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QPushButton *m_cancel;
    QTableView *m_table;
};

} // namespace vcdesk
