#include "ui/ScreenRegionPicker.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QScreen>
#include <QTimer>

namespace vcdesk {

namespace {

/// A drag smaller than this is a click, not a rectangle.
constexpr int kMinimumSide = 12;
/// How long the window stays hidden before the grab: long enough for the compositor to
/// repaint what it covered.
constexpr int kHideMs = 350;

} // namespace

ScreenRegionPicker::ScreenRegionPicker(const QImage &screen, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_screen(screen)
{
    setObjectName(QStringLiteral("screenRegionPicker"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAccessibleName(tr("Mark the QR code on the screen"));
    setAccessibleDescription(tr("Drag a rectangle around the QR code. Enter reads the whole "
                                "screen; Escape cancels."));
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
}

void ScreenRegionPicker::pickFromScreen(QWidget *near, QObject *receiver,
                                        std::function<void(const QImage &)> picked,
                                        std::function<void()> unavailable)
{
    QWidget *window = near->window();
    QScreen *screen = near->screen();
    window->hide();
    QTimer::singleShot(kHideMs, receiver,
                       [window = QPointer<QWidget>(window), screen, receiver, picked, unavailable] {
                           const QPixmap grab = screen ? screen->grabWindow(0) : QPixmap();
                           const auto bringBack = [window] {
                               if (window) {
                                   window->show();
                                   window->raise();
                                   window->activateWindow();
                               }
                           };
                           if (grab.isNull() || !window) {
                               bringBack();
                               unavailable();
                               return;
                           }
                           auto *picker = new ScreenRegionPicker(grab.toImage(), nullptr);
                           picker->setGeometry(screen->geometry());
                           connect(picker, &ScreenRegionPicker::picked, receiver,
                                   [bringBack, picked](const QImage &region) {
                                       bringBack();
                                       picked(region);
                                   });
                           connect(picker, &ScreenRegionPicker::cancelled, receiver, bringBack);
                           // The window the picker belongs to may go first (quit): the picker goes
                           // with it.
                           connect(receiver, &QObject::destroyed, picker, &QWidget::close);
                           picker->showFullScreen();
                           picker->activateWindow();
                           picker->setFocus();
                       });
}

QRect ScreenRegionPicker::shownRect() const
{
    return QRect(m_from, m_to).normalized();
}

QRect ScreenRegionPicker::selection() const
{
    if (width() <= 0 || height() <= 0)
        return {};
    const qreal sx = qreal(m_screen.width()) / width();
    const qreal sy = qreal(m_screen.height()) / height();
    const QRect shown = shownRect();
    return QRect(
               QPoint(qRound(shown.left() * sx), qRound(shown.top() * sy)),
               QPoint(qRound((shown.right() + 1) * sx) - 1, qRound((shown.bottom() + 1) * sy) - 1))
        .intersected(m_screen.rect());
}

void ScreenRegionPicker::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.drawImage(rect(), m_screen);
    const QRect shown = shownRect();
    QRegion dim(rect());
    if (m_dragging || shown.width() >= kMinimumSide)
        dim -= shown;
    painter.setClipRegion(dim);
    painter.fillRect(rect(), QColor(0, 0, 0, 120));
    painter.setClipping(false);
    if (m_dragging) {
        painter.setPen(QPen(QColor(0x21, 0x96, 0xf3), 2));
        painter.drawRect(shown.adjusted(0, 0, -1, -1));
    }
    const QString hint = tr("Drag a rectangle around the QR code · Enter: the whole screen · "
                            "Esc: cancel");
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    painter.setFont(font);
    const QRect box = painter.fontMetrics().boundingRect(hint).adjusted(-16, -10, 16, 10);
    const QRect where(QPoint((width() - box.width()) / 2, 24), box.size());
    painter.fillRect(where, QColor(0, 0, 0, 200));
    painter.setPen(Qt::white);
    painter.drawText(where, Qt::AlignCenter, hint);
}

void ScreenRegionPicker::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_from = m_to = event->position().toPoint();
    update();
}

void ScreenRegionPicker::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_to = event->position().toPoint();
    update();
}

void ScreenRegionPicker::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    m_to = event->position().toPoint();
    const QRect shown = shownRect();
    if (shown.width() < kMinimumSide || shown.height() < kMinimumSide) {
        update(); // a click: mark again
        return;
    }
    finish(selection());
}

void ScreenRegionPicker::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        close(); // closeEvent says cancelled()
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish(m_screen.rect());
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ScreenRegionPicker::closeEvent(QCloseEvent *event)
{
    if (!m_done) {
        m_done = true;
        emit cancelled();
    }
    QWidget::closeEvent(event);
}

void ScreenRegionPicker::finish(const QRect &region)
{
    const QImage part = m_screen.copy(region);
    m_done = true;
    hide();
    emit picked(part);
    close();
}

} // namespace vcdesk
