#include "ui/KioskCamera.h"

#include "core/common/DisplayText.h"
#include "models/FrameWatchdog.h"
#include "models/LatestFrameDecoder.h"
#include "ui/CameraDevices.h"
#include "ui/PlainLabel.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QTimer>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

namespace vcdesk {

KioskCamera::KioskCamera(const QString &wanted, QWidget *parent)
    : QWidget(parent)
    , m_wanted(wanted)
    // Every code is the kiosk's business: what it holds is judged by KioskScanVerifier.
    , m_decoder(new LatestFrameDecoder([](const QString &) { return true; }, this))
    , m_watchdog(new FrameWatchdog(this))
    , m_retry(new QTimer(this))
    , m_hintShown(new QTimer(this))
    , m_status(new PlainLabel(this, QStringLiteral("kioskCameraStatus")))
{
    setObjectName(QStringLiteral("kioskCamera"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::NoTextInteraction);
    setAttribute(Qt::WA_StyledBackground); // the frame the window's style sheet draws
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    // The picture (QVideoWidget) comes with the first camera opened, in the place of the first
    // stretch: Qt Multimedia loads its backend only then. Until then the sentence is centred.
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addStretch(1);
    m_retry->setInterval(kRetryMs);
    m_hintShown->setSingleShot(true);
    m_hintShown->setInterval(4000);
    connect(m_hintShown, &QTimer::timeout, this, [this] {
        if (m_camera && !m_watchdog->isSilent())
            setStatus(tr("Or hold your credential's QR code up to the camera."), false);
    });
    connect(m_retry, &QTimer::timeout, this, &KioskCamera::open);
    connect(m_decoder, &LatestFrameDecoder::found, this, &KioskCamera::codeRead);
    connect(m_watchdog, &FrameWatchdog::silent, this, [this] {
        setStatus(tr("The camera sends no picture. Another program may be using it."), true);
    });
    connect(m_watchdog, &FrameWatchdog::resumed, this, [this] {
        setStatus(tr("Or hold your credential's QR code up to the camera."), false);
    });
}

KioskCamera::~KioskCamera()
{
    if (m_session)
        m_session->setCamera(nullptr); // m_camera goes next, the session with the children
}

void KioskCamera::start()
{
    m_started = true;
    if (!m_devices) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::videoInputsChanged, this, &KioskCamera::camerasChanged);
    }
    open();
}

void KioskCamera::stop()
{
    m_started = false;
    m_retry->stop();
    closeCamera();
    m_decoder->reset();
}

void KioskCamera::resume()
{
    m_decoder->reset();
}

bool KioskCamera::isActive() const
{
    return m_camera != nullptr;
}

QString KioskCamera::status() const
{
    return m_status->text();
}

void KioskCamera::showHint(const QString &sentence)
{
    if (m_problem)
        return; // the camera's own problem matters more
    setStatus(DisplayText::escape(sentence, 300), false);
    m_hintShown->start();
}

void KioskCamera::setTextPixels(int pixels)
{
    QFont font = m_status->font();
    font.setPixelSize(qMax(8, pixels));
    m_status->setFont(font);
}

void KioskCamera::offerVideoFrame(const QVideoFrame &frame)
{
    // Converting a frame costs time on this (the GUI) thread: only for one that is decoded.
    if (m_decoder->wantsFrame())
        m_decoder->offer(frame.toImage());
}

void KioskCamera::open()
{
    if (!m_started || m_camera)
        return;
    const QCameraDevice device = CameraDevices::find(m_wanted);
    if (device.isNull()) {
        failed(m_wanted.isEmpty()
                   ? tr("No camera is connected: codes held up cannot be read.")
                   : tr("The camera \"%1\" is not connected: codes held up cannot be read.")
                         .arg(DisplayText::escape(m_wanted, 80)));
        return;
    }
    if (!m_session) {
        m_preview = new QVideoWidget(this);
        m_preview->setObjectName(QStringLiteral("kioskCameraPreview"));
        m_preview->setAccessibleName(tr("What the camera sees"));
        m_preview->setMinimumSize(160, 120);
        auto *layout = static_cast<QVBoxLayout *>(this->layout());
        delete layout->takeAt(layout->count() - 1);
        delete layout->takeAt(0); // the stretches that held its place
        layout->insertWidget(0, m_preview, 1);
        m_session = new QMediaCaptureSession(this);
        m_session->setVideoOutput(m_preview);
        connect(m_preview->videoSink(), &QVideoSink::videoFrameChanged, this,
                &KioskCamera::frameArrived);
    }
    m_retry->stop();
    m_openId = device.id();
    m_camera.reset(new QCamera(device));
    connect(
        m_camera.get(), &QCamera::errorOccurred, this,
        [this](QCamera::Error, const QString &reason) {
            failed(tr("The camera cannot be used (%1).").arg(CameraDevices::reasonOf(reason, 200)));
        });
    m_session->setCamera(m_camera.get());
    m_camera->start();
    m_watchdog->start();
    setStatus(tr("Or hold your credential's QR code up to the camera."), false);
}

void KioskCamera::closeCamera()
{
    if (!m_camera)
        return;
    CameraDevices::release(m_camera, this, m_session);
    m_watchdog->stop();
    m_openId.clear();
}

void KioskCamera::camerasChanged()
{
    if (!m_started)
        return;
    if (m_camera) {
        bool stillThere = false;
        for (const QCameraDevice &device : CameraDevices::list())
            stillThere = stillThere || device.id() == m_openId;
        if (stillThere)
            return;
        failed(tr("The camera was unplugged: plug it in again and it is used at once."));
        return;
    }
    open(); // perhaps the one that was missing
}

void KioskCamera::failed(const QString &sentence)
{
    closeCamera();
    setStatus(sentence, true);
    if (m_started)
        m_retry->start();
}

void KioskCamera::frameArrived(const QVideoFrame &frame)
{
    if (!m_camera)
        return;
    m_watchdog->frameSeen();
    offerVideoFrame(frame);
}

void KioskCamera::setStatus(const QString &text, bool problem)
{
    m_problem = problem;
    // A problem in light amber: still readable on the kiosk's dark ground, never only colour
    // (the sentence says it).
    m_status->setStyleSheet(problem ? QStringLiteral("color: #ffcc80;") : QString());
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

} // namespace vcdesk
