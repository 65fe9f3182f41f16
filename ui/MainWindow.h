#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace vcdesk {

class InspectorPage;

/// The application window: a page list on the left, the current page on the right.
/// The inspector is the first page; wallet, kiosk and issuer pages join it later.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    InspectorPage *inspectorPage() const { return m_inspector; }

private:
    void addPage(const QString &title, QWidget *page);

    QListWidget *m_pages = nullptr;
    QStackedWidget *m_stack = nullptr;
    InspectorPage *m_inspector = nullptr;
};

} // namespace vcdesk
