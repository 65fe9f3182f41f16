#pragma once

#include "models/KioskController.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;

namespace vcdesk {

class KioskCamera;
class KioskExitPanel;
class KioskResultView;
class OperatorPinGate;
class QrCodeView;

/// The kiosk's face: full screen, large type readable from a distance, one screen per state
/// of its KioskController (the QR code with the instruction and a countdown; "open your
/// wallet"; "checking"; the answer in green or red; amber while the verifier cannot be
/// reached). A tap (or Space) on the answer resets at once. In mode scan or both its camera
/// (KioskCamera) reads the codes people hold up, beside the QR code or alone.
///
/// The operator leaves with Ctrl+Alt+Q or a 5-second press in the top-left corner, then the
/// PIN. The pointer hides when idle; a window manager taking it out of full screen is undone.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    explicit KioskWindow(KioskController *controller, QWidget *parent = nullptr);
    ~KioskWindow() override;

    /// Full screen on its screen, covering it even where no window manager does that.
    void showOnWholeScreen();
    /// Shows the operator's prompt (what Ctrl+Alt+Q and the corner press do).
    void askToLeave();
    bool isAskingToLeave() const;
    /// Whether the pointer is hidden (idle).
    bool isPointerHidden() const { return m_pointerHidden; }
    /// The camera (mode scan or both), else nullptr.
    KioskCamera *camera() const { return m_camera; }

signals:
    /// The operator gave the PIN: the application ends.
    void leaveRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildReady();
    void onCodeRead(const QString &text);
    QWidget *buildMessage(QLabel *&title, QLabel *&text, const char *name);
    void showState(KioskController::State state);
    void updateCountdown();
    void setBackground(const QString &colour);
    void pointerMoved();

    KioskController *m_controller;
    OperatorPinGate *m_gate;
    QStackedWidget *m_stack;
    QWidget *m_ready = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_instruction = nullptr;
    QrCodeView *m_qr = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_countdown = nullptr;
    KioskCamera *m_camera = nullptr;
    QWidget *m_message = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageText = nullptr;
    KioskResultView *m_result;
    KioskExitPanel *m_exit;
    QTimer *m_tick;
    QTimer *m_cornerHold;
    QTimer *m_idlePointer;
    bool m_pointerHidden = false;
    bool m_leaving = false;
};

} // namespace vcdesk
