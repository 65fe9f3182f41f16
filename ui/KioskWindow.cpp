#include "ui/KioskWindow.h"

#include "core/common/DisplayText.h"
#include "core/verify/VerdictText.h"
#include "models/OperatorPinGate.h"
#include "ui/KioskCamera.h"
#include "ui/KioskExitPanel.h"
#include "ui/KioskResultView.h"
#include "ui/PlainLabel.h"
#include "ui/QrCodeView.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

constexpr int kCornerPixels = 80;
constexpr int kCornerHoldMs = 5000;
const char *const kNeutral = "#1f2933";
const char *const kAmber = "#8a4b00"; // white text on it passes WCAG AA

void setPixelSize(QWidget *widget, int pixels, bool bold = false)
{
    QFont font = widget->font();
    font.setPixelSize(qMax(8, pixels));
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

KioskWindow::KioskWindow(KioskController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_gate(new OperatorPinGate(controller->config().operatorPinHash, this))
    , m_stack(new QStackedWidget(this))
    , m_result(new KioskResultView(this))
    , m_exit(new KioskExitPanel(m_gate, this))
    , m_tick(new QTimer(this))
    , m_cornerHold(new QTimer(this))
    , m_idlePointer(new QTimer(this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("vcdesk kiosk"));
    setAutoFillBackground(true);
    m_result->setObjectName(QStringLiteral("kioskResult"));
    m_stack->addWidget(buildReady());
    m_stack->addWidget(buildMessage(m_messageTitle, m_messageText, "kioskMessage"));
    m_stack->addWidget(m_result);
    m_stack->addWidget(m_exit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(m_stack);

    auto *leave = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q), this);
    leave->setContext(Qt::ApplicationShortcut);
    connect(leave, &QShortcut::activated, this, &KioskWindow::askToLeave);
    connect(m_exit, &KioskExitPanel::leave, this, [this] {
        m_leaving = true;
        emit leaveRequested();
    });
    connect(m_exit, &KioskExitPanel::cancelled, this, [this] {
        m_stack->setCurrentWidget(m_ready); // leaves the prompt; showState() puts what is due
        showState(m_controller->state());
    });

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &KioskWindow::updateCountdown);
    m_tick->start();
    m_cornerHold->setSingleShot(true);
    m_cornerHold->setInterval(kCornerHoldMs);
    connect(m_cornerHold, &QTimer::timeout, this, &KioskWindow::askToLeave);
    m_idlePointer->setSingleShot(true);
    m_idlePointer->setInterval(controller->config().idleCursorSeconds * 1000);
    connect(m_idlePointer, &QTimer::timeout, this, [this] {
        m_pointerHidden = true;
        setCursor(Qt::BlankCursor);
    });
    m_idlePointer->start();
    qApp->installEventFilter(this);

    connect(controller, &KioskController::stateChanged, this, &KioskWindow::showState);
    connect(controller, &KioskController::linkChanged, this, [this](const QString &link) {
        m_qr->showText(link.toUtf8());
        m_link->setText(DisplayText::escape(link, 600));
    });
    if (!controller->link().isEmpty())
        emit controller->linkChanged(controller->link());
    showState(controller->state());
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

QWidget *KioskWindow::buildReady()
{
    m_ready = new QWidget(this);
    m_ready->setObjectName(QStringLiteral("kioskReady"));
    const KioskConfig &config = m_controller->config();
    const bool showsCode = m_controller->showsRequests();
    const QString instruction =
        !showsCode ? tr("Hold your credential's QR code up to the camera.")
                   : tr("Scan this code with your wallet app and share what it asks for.");
    m_title = new PlainLabel(m_ready, QStringLiteral("kioskTitle"),
                             config.title.isEmpty() ? tr("Show your credential") : config.title);
    m_instruction = new PlainLabel(m_ready, QStringLiteral("kioskInstruction"),
                                   config.instruction.isEmpty() ? instruction : config.instruction);
    m_qr = new QrCodeView(m_ready);
    m_qr->setObjectName(QStringLiteral("kioskQr"));
    m_qr->setAccessibleName(tr("QR code to scan with your wallet"));
    m_qr->setMinimumSize(200, 200);
    m_link = new PlainLabel(m_ready, QStringLiteral("kioskLink"));
    m_link->setAccessibleName(tr("The same request as a link, for a wallet on this device"));
    m_countdown = new QLabel(m_ready);
    m_countdown->setObjectName(QStringLiteral("kioskCountdown"));
    for (QLabel *label : {m_title, m_instruction, m_link, m_countdown}) {
        label->setAlignment(Qt::AlignCenter);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    }
    for (QWidget *part : {static_cast<QWidget *>(m_qr), static_cast<QWidget *>(m_link),
                          static_cast<QWidget *>(m_countdown)})
        part->setVisible(showsCode);
    if (m_controller->scans()) {
        m_camera = new KioskCamera(config.camera, m_ready);
        m_camera->setAccessibleName(tr("Camera for the QR code of your credential"));
        connect(m_camera, &KioskCamera::codeRead, this, &KioskWindow::onCodeRead);
        connect(m_controller, &KioskController::codeIgnored, m_camera, &KioskCamera::showHint);
    }
    auto *layout = new QVBoxLayout(m_ready);
    layout->addWidget(m_title);
    layout->addWidget(m_instruction);
    auto *row = new QHBoxLayout;
    row->addWidget(m_qr, 3);
    if (m_camera)
        row->addWidget(m_camera, 2); // beside the QR code, or alone in mode scan
    layout->addLayout(row, 1);
    layout->addWidget(m_countdown);
    layout->addWidget(m_link);
    return m_ready;
}

void KioskWindow::onCodeRead(const QString &text)
{
    if (m_controller->offerScanned(text))
        return; // it reads again when the kiosk is Ready for the next person
    // Ready, but no credential, or the code whose result was just shown, still held up: look
    // again in a moment rather than at every frame. Not Ready: Ready again resumes it.
    if (m_controller->state() == KioskController::State::Ready)
        QTimer::singleShot(1000, m_camera, [this] {
            if (m_controller->state() == KioskController::State::Ready)
                m_camera->resume();
        });
}

QWidget *KioskWindow::buildMessage(QLabel *&title, QLabel *&text, const char *name)
{
    m_message = new QWidget(this);
    m_message->setObjectName(QLatin1String(name));
    title = new QLabel(m_message);
    title->setObjectName(QStringLiteral("kioskMessageTitle"));
    text = new PlainLabel(m_message, QStringLiteral("kioskMessageText"));
    for (QLabel *label : {title, text}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    }
    auto *layout = new QVBoxLayout(m_message);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch();
    return m_message;
}

void KioskWindow::showState(KioskController::State state)
{
    if (m_stack->currentWidget() == m_exit)
        return; // the operator's prompt stays until Leave or Cancel
    using State = KioskController::State;
    const auto message = [this](const QString &title, const QString &text) {
        m_messageTitle->setText(title);
        m_messageText->setText(text);
        m_message->setAccessibleName(title);
        m_stack->setCurrentWidget(m_message);
    };
    switch (state) {
    case State::Starting:
        setBackground(QLatin1String(kNeutral));
        message(tr("One moment…"), tr("Preparing a new request."));
        break;
    case State::Ready:
        setBackground(QLatin1String(kNeutral));
        m_stack->setCurrentWidget(m_ready);
        updateCountdown();
        if (m_camera)
            m_camera->resume(); // the next person's code
        break;
    case State::Scanned:
        setBackground(QLatin1String(kNeutral));
        message(tr("Open your wallet"), tr("Check what is asked and share it."));
        break;
    case State::Received:
    case State::Checking:
        setBackground(QLatin1String(kNeutral));
        message(tr("Checking…"), m_controller->checksShownCode()
                                     ? tr("The code you showed is being checked.")
                                     : tr("Your answer arrived; it is being checked."));
        break;
    case State::Verified:
    case State::NotVerified:
        setBackground(
            VerdictText::colour(state == State::Verified ? Verdict::Valid : Verdict::Invalid));
        m_result->show(m_controller->outcome(), m_controller->awaitsAnotherAnswer());
        m_stack->setCurrentWidget(m_result);
        break;
    case State::Trouble:
        setBackground(QLatin1String(kAmber));
        message(tr("Cannot reach the verifier"),
                tr("Retrying… (%1)").arg(DisplayText::escape(m_controller->trouble(), 300)));
        break;
    }
}

void KioskWindow::updateCountdown()
{
    const int seconds = m_controller->secondsUntilRenewal();
    m_countdown->setText(
        seconds > 0
            ? tr("New code in %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))
            : QString());
}

void KioskWindow::setBackground(const QString &colour)
{
    setStyleSheet(QStringLiteral("#kioskWindow { background: %1; } "
                                 "#kioskWindow QLabel { color: white; } "
                                 "#kioskCamera { border: 2px solid #52606d; "
                                 "border-radius: 12px; } "
                                 "#exitBox { background: white; border-radius: 8px; } "
                                 "#exitBox QLabel { color: black; }")
                      .arg(colour));
}

void KioskWindow::showOnWholeScreen()
{
    if (QScreen *where = screen())
        setGeometry(where->geometry());
    showFullScreen();
}

void KioskWindow::askToLeave()
{
    m_stack->setCurrentWidget(m_exit);
    m_exit->open();
}

bool KioskWindow::isAskingToLeave() const
{
    return m_stack->currentWidget() == m_exit;
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Readable from 1.5 m: the body text about a twentieth of the screen's height.
    const int base = qMax(16, height() / 22);
    setPixelSize(m_title, base * 3 / 2, true);
    setPixelSize(m_instruction, base);
    setPixelSize(m_countdown, base * 2 / 3);
    setPixelSize(m_link, qMax(10, base / 3));
    if (m_camera)
        m_camera->setTextPixels(base * 2 / 3);
    setPixelSize(m_messageTitle, base * 2, true);
    setPixelSize(m_messageText, base);
    m_result->setBaseSize(base);
}

void KioskWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->position().x() < kCornerPixels && event->position().y() < kCornerPixels)
        m_cornerHold->start();
    QWidget::mousePressEvent(event);
}

void KioskWindow::mouseReleaseEvent(QMouseEvent *event)
{
    m_cornerHold->stop();
    if (m_stack->currentWidget() == m_result)
        m_controller->resetNow();
    QWidget::mouseReleaseEvent(event);
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    if (m_stack->currentWidget() == m_result &&
        (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
         event->key() == Qt::Key_Enter)) {
        m_controller->resetNow();
        return;
    }
    QWidget::keyPressEvent(event);
}

void KioskWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A kiosk does not leave full screen by itself (a window manager's key, a stray click).
    if (event->type() == QEvent::WindowStateChange && !m_leaving &&
        static_cast<QWindowStateChangeEvent *>(event)->oldState() & Qt::WindowFullScreen &&
        !(windowState() & Qt::WindowFullScreen))
        QTimer::singleShot(0, this, [this] { showOnWholeScreen(); });
}

void KioskWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_camera)
        m_camera->start(); // opened with the window and kept open all day; no-op when open
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseMove || event->type() == QEvent::MouseButtonPress ||
        event->type() == QEvent::TouchBegin)
        pointerMoved();
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::pointerMoved()
{
    if (m_pointerHidden) {
        m_pointerHidden = false;
        unsetCursor();
    }
    m_idlePointer->start();
}

} // namespace vcdesk
