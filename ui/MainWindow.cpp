#include "ui/MainWindow.h"

#include "core/did/MultiMethodDidResolver.h"
#include "models/InspectionController.h"
#include "ui/InspectorPage.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>

namespace vcdesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("vcdesk"));
    resize(1100, 760);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_pages = new QListWidget(central);
    m_pages->setObjectName(QStringLiteral("pageList"));
    m_pages->setFixedWidth(170);
    m_pages->setFrameShape(QFrame::NoFrame);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_pages);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto *controller = new InspectionController(MultiMethodDidResolver::createDefault(), this);
    m_inspector = new InspectorPage(controller, this);
    addPage(tr("Inspect"), m_inspector);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pages->setCurrentRow(0);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open token…"), m_inspector, &InspectorPage::openFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About vcdesk"), this, [this] {
        QMessageBox::about(this, tr("About vcdesk"),
                           tr("<b>vcdesk %1</b><p>Verifiable credentials on the desktop: "
                              "inspect and verify credentials, keep them in a wallet, present "
                              "them, and run a verifier kiosk.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    m_pages->addItem(title);
    m_stack->addWidget(page);
}

} // namespace vcdesk
