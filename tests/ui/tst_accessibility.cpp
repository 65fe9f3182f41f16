// Every page as a screen reader and a keyboard meet it: the main window with an unlocked wallet
// (every section, the console's tabs, Settings, the inspector) and the kiosk window are
// walked widget by widget, hidden pages included. Each interactive widget must have an
// accessible name (what QAccessible reports: its own, its text, or its label's) and an
// accessible description or tooltip, and must be reachable by Tab or a shortcut; on each
// section, Tab meets the controls in reading order (never back up the screen).

#include "models/KioskController.h"
#include "support/KioskFixture.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/AccountsPage.h"
#include "ui/ConsolePage.h"
#include "ui/CredentialsPage.h"
#include "ui/HistoryPage.h"
#include "ui/HostedWalletPage.h"
#include "ui/InspectorPage.h"
#include "ui/KioskWindow.h"
#include "ui/MainWindow.h"
#include "ui/OffersPage.h"
#include "ui/PresentPage.h"
#include "ui/ReceivePage.h"
#include "ui/SettingsPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace vcdesk;

namespace {

/// Widgets a person acts on (or reads by focus, as a long text), as opposed to labels, frames
/// and layouts.
bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QMenu *>(widget))
        return false; // part of a scroll area or a menu, named by Qt
    // Qt's own parts of a composite widget: a combo box's line edit, a spin box's editor,
    // a tab widget's scroll buttons.
    const QWidget *parent = widget->parentWidget();
    if (parent &&
        (qobject_cast<const QComboBox *>(parent) ||
         qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QTabBar *>(parent)))
        return false;
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return false;
    // A view's headers and corner button are its parts: a screen reader meets them as the
    // table's header cells. A combo box's popup list and a line edit's clear button likewise.
    if (parent && qobject_cast<const QAbstractItemView *>(parent))
        return false;
    for (const QObject *o = parent; o; o = o->parent())
        if (o->inherits("QComboBoxPrivateContainer"))
            return false;
    if (widget->inherits("QLineEditIconButton"))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractSlider *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTabBar *>(widget);
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QObject *o = widget; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName());
    return path.join(QLatin1Char('/'));
}

/// What a screen reader is told about `widget`, or why it is not enough.
QStringList problemsOf(QWidget *widget)
{
    QStringList problems;
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    if (!accessible)
        return {describe(widget) + QStringLiteral(": no accessible interface")};
    const QString name = accessible->text(QAccessible::Name).trimmed();
    if (name.isEmpty())
        problems << describe(widget) + QStringLiteral(": no accessible name");
    const QString description = accessible->text(QAccessible::Description).trimmed();
    if (description.isEmpty() && widget->toolTip().trimmed().isEmpty())
        problems << describe(widget) + QStringLiteral(" (\"") + name +
                        QStringLiteral("\"): no accessible description");
    // A keyboard path: focus by Tab, or a button's shortcut or mnemonic.
    const bool tabbable = widget->focusPolicy() & Qt::TabFocus;
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    const bool shortcut =
        button && (!button->shortcut().isEmpty() ||
                   button->text().contains(QRegularExpression(QStringLiteral("(^|[^&])&[^&]"))));
    const auto *tool = qobject_cast<const QToolButton *>(widget);
    const bool action =
        tool && tool->defaultAction() && !tool->defaultAction()->shortcut().isEmpty();
    if (!tabbable && !shortcut && !action)
        problems << describe(widget) + QStringLiteral(" (\"") + name +
                        QStringLiteral("\"): no keyboard path (not in the Tab chain, no shortcut)");
    return problems;
}

QStringList walk(QWidget *top, int *count)
{
    QStringList problems;
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!isInteractive(widget))
            continue;
        ++*count;
        problems << problemsOf(widget);
    }
    for (const QString &problem : problems) // all of them: QVERIFY2 shortens its message
        qInfo("%s", qPrintable(problem));
    return problems;
}

/// Where Tab goes backwards on `page`: a control reached after one that sits lower on the
/// screen (by more than half a line), other than the wrap back to the top. The order a
/// keyboard user meets the controls in is then the order they read them.
QStringList tabOrderProblems(QWidget *page)
{
    QList<QWidget *> chain;
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (chain.contains(w) || chain.size() > 2000)
            break;
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus) && isInteractive(w))
            chain << w;
    }
    QStringList problems;
    const int tolerance = page->fontMetrics().height() / 2;
    for (int i = 1; i < chain.size(); ++i) {
        const QPoint before = chain.at(i - 1)->mapTo(page->window(), QPoint(0, 0));
        const QPoint after = chain.at(i)->mapTo(page->window(), QPoint(0, 0));
        if (after.y() < before.y() - tolerance)
            problems << QStringLiteral("%1: Tab goes up from %2 to %3")
                            .arg(page->objectName(), describe(chain.at(i - 1)),
                                 describe(chain.at(i)));
    }
    return problems;
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT

    test::KioskFixture m_world;

private slots:
    void everyControlOfTheMainWindowIsNamedDescribedAndReachable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wallet.db"));
        test::createWallet(path);
        MainWindow window(path);
        window.resize(1280, 860);
        window.show();
        QVERIFY(test::unlockWindow(window));
        // Every section is built once unlocked; visiting each makes sure lazy parts exist, and
        // its Tab order is followed as a keyboard user meets it.
        QStringList tabOrder;
        for (QWidget *page : {static_cast<QWidget *>(window.credentialsPage()),
                              static_cast<QWidget *>(window.presentPage()),
                              static_cast<QWidget *>(window.receivePage()),
                              static_cast<QWidget *>(window.offersPage()),
                              static_cast<QWidget *>(window.accountsPage()),
                              static_cast<QWidget *>(window.historyPage()),
                              static_cast<QWidget *>(window.hostedWalletPage()),
                              static_cast<QWidget *>(window.consolePage()),
                              static_cast<QWidget *>(window.inspectorPage()),
                              static_cast<QWidget *>(window.settingsPage())}) {
            QVERIFY(page);
            window.showSection(page);
            QCoreApplication::processEvents();
            const QStringList order = tabOrderProblems(page);
            for (const QString &problem : order)
                qInfo("%s", qPrintable(problem));
            tabOrder << order;
        }
        int count = 0;
        QStringList problems = walk(&window, &count);
        qInfo("%d interactive widgets walked in the main window", count);
        QVERIFY(count > 100);
        problems << tabOrder;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QString::number(problems.size()) + QStringLiteral(" problems:\n") +
                            problems.join(QLatin1Char('\n'))));
    }

    void everyControlOfTheKioskIsNamedDescribedAndReachable()
    {
        VCDESK_VERIFY_OK(m_world.start(0, QStringLiteral("Alice Admin")));
        KioskController kiosk(m_world.config());
        KioskWindow window(&kiosk);
        window.resize(1280, 800);
        window.show();
        int count = 0;
        const QStringList problems = walk(&window, &count);
        qInfo("%d interactive widgets walked in the kiosk window", count);
        QVERIFY(count > 0);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QString::number(problems.size()) + QStringLiteral(" problems:\n") +
                            problems.join(QLatin1Char('\n'))));
    }

    // The Tab order check finds a control reached after one lower on the screen.
    void aBackwardTabOrderIsFound()
    {
        QWidget window;
        window.setObjectName(QStringLiteral("page"));
        auto *layout = new QVBoxLayout(&window);
        QLineEdit *fields[3];
        for (QLineEdit *&field : fields) {
            field = new QLineEdit(&window);
            layout->addWidget(field);
            layout->addSpacing(60);
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(tabOrderProblems(&window).size(), 0);
        QWidget::setTabOrder(fields[0], fields[2]); // then back up to the middle one
        QWidget::setTabOrder(fields[2], fields[1]);
        QCOMPARE(tabOrderProblems(&window).size(), 1);
    }

    // The walk finds what it looks for: an unnamed, undescribed, unreachable button.
    void anUnnamedControlIsFound()
    {
        QWidget window;
        auto *bare = new QToolButton(&window);
        bare->setFocusPolicy(Qt::NoFocus);
        auto *named = new QPushButton(QStringLiteral("&Open"), &window);
        named->setToolTip(QStringLiteral("Open a file"));
        int count = 0;
        const QStringList problems = walk(&window, &count);
        QCOMPARE(count, 2);
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).contains(QLatin1String("no accessible name")));
        QVERIFY(problems.at(1).contains(QLatin1String("no accessible description")));
        QVERIFY(problems.at(2).contains(QLatin1String("no keyboard path")));
    }
};

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
