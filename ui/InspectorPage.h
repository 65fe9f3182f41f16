#pragma once

#include "core/verify/Inspection.h"

#include "models/ReportContext.h"

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QPushButton;
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
    /// Saves the report of what the current tab shows (Export report…): PDF, CSV or JSON by
    /// the name's ending (ReportWriter), on a worker; exportFinished() says how it went.
    void exportReport(const QString &path);
    QString exportNote() const;

signals:
    void exportFinished(bool ok);

public slots:
    void openFile();
    void openFiles();
    void openFolder();
    void askExportReport();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QLayout *buildOptions();
    void showError(const QString &message);
    void clearResults();
    void updateExport();
    QString tokenInputName() const;

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
    QPushButton *m_export = nullptr;
    QLabel *m_exportNote = nullptr;
    bool m_exporting = false;
    // The file the token came from, while the text is still what was read from it.
    QString m_loadedPath;
    QString m_loadedText;
    ReportContext m_batchContext; // recorded when the batch starts
};

} // namespace vcdesk
