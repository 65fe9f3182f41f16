#pragma once

#include <QImage>
#include <QPoint>
#include <QRect>
#include <QWidget>

namespace vcdesk {

/// Lets the person mark where a QR code is on the screen: a still picture of the screen fills
/// it, dimmed, and the rectangle the person drags is shown clear; releasing the mouse (or
/// Enter, which takes the whole screen when nothing is marked) emits picked() with that part
/// of the picture in full resolution. Esc cancels. It closes and deletes itself either way.
class ScreenRegionPicker : public QWidget
{
    Q_OBJECT
public:
    /// `screen`: the picture to pick from (a grab of the screen, or a test's image).
    explicit ScreenRegionPicker(const QImage &screen, QWidget *parent = nullptr);

    /// Grabs the screen `near` is on, after hiding `near`'s window for a moment so that it
    /// does not cover the code; shows the picker and brings the window back when the person is
    /// done. unavailable() instead when the desktop does not let vcdesk see the screen.
    static void pickFromScreen(QWidget *near, QObject *receiver,
                               std::function<void(const QImage &)> picked,
                               std::function<void()> unavailable);

    /// The part picked so far, in the picture's pixels.
    QRect selection() const;

signals:
    void picked(const QImage &region);
    void cancelled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    /// Closed by any other way (the window manager): cancelled(), so the caller's window
    /// always comes back.
    void closeEvent(QCloseEvent *event) override;

private:
    QRect shownRect() const;
    void finish(const QRect &region);

    QImage m_screen;
    QPoint m_from;
    QPoint m_to;
    bool m_dragging = false;
    bool m_done = false;
};

} // namespace vcdesk
