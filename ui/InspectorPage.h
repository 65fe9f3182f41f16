#pragma once

#include "core/verify/Inspection.h"

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QTabWidget;
class QTimer;

namespace vcdesk {

class BatchInspection;
class BatchInspectionView;
class InspectionController;
class InspectionView;

/// Paste, drop or open a token; see its verdict, checks, header and payload. Or open several
/// files or a folder: the Batch tab verifies them all (BatchInspection, on all cores) with
/// progress, counts and Cancel, and opens any row here. Both can check as of another date and
/// offline; the trust list and cache in use are named. Inspection runs on worker threads.
class InspectorPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxFileBytes = 16 * 1024 * 1024;

    explicit InspectorPage(InspectionController *controller, QWidget *parent = nullptr);

    void setToken(const QString &text);
    /// Reads a token file into the page (size-capped); problems are shown inline.
    void loadFile(const QString &path);
    QString verdictText() const;
    QString errorText() const;

    /// Starts a batch on files and folders (what Open files… and Open folder… do).
    void inspectBatch(const QStringList &inputs);
    BatchInspection *batch() const { return m_batch; }
    BatchInspectionView *batchView() const { return m_batchView; }
    /// Which tab shows: 0 the single token, 1 the batch.
    int currentTab() const;

public slots:
    void openFile();
    void openFiles();
    void openFolder();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QLayout *buildOptions();
    void showError(const QString &message);
    void clearResults();

    InspectionController *m_controller;
    QPlainTextEdit *m_input = nullptr;
    QLabel *m_error = nullptr;
    InspectionView *m_results = nullptr;
    BatchInspection *m_batch = nullptr;
    BatchInspectionView *m_batchView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_atBox = nullptr;
    QDateTimeEdit *m_atEdit = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace vcdesk
