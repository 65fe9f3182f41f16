#pragma once

#include "core/verify/Inspection.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace vcdesk {

class InspectionController;
class InspectionView;

/// Paste, drop or open a token; see its verdict, checks, header and payload.
/// Inspection runs on a worker thread through the InspectionController.
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

public slots:
    void openFile();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showError(const QString &message);
    void clearResults();

    InspectionController *m_controller;
    QPlainTextEdit *m_input = nullptr;
    QLabel *m_error = nullptr;
    InspectionView *m_results = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace vcdesk
