#pragma once

#include "core/verify/Inspection.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;
class QTabWidget;
class QTimer;
class QTreeView;

namespace vcdesk {

class CheckListModel;
class InspectionController;
class JsonTreeModel;

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
    void showInspection(const Inspection &inspection);
    void showError(const QString &message);
    void clearResults();

    InspectionController *m_controller;
    QPlainTextEdit *m_input = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_checks = nullptr;
    QTabWidget *m_parts = nullptr;
    QTreeView *m_claimsView = nullptr;
    QTreeView *m_payloadView = nullptr;
    QTreeView *m_headerView = nullptr;
    QTreeView *m_nestedView = nullptr;
    CheckListModel *m_checkModel = nullptr;
    JsonTreeModel *m_claimsModel = nullptr;
    JsonTreeModel *m_payloadModel = nullptr;
    JsonTreeModel *m_headerModel = nullptr;
    JsonTreeModel *m_nestedModel = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace vcdesk
