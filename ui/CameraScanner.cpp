#include "ui/CameraScanner.h"

#include "models/FrameWatchdog.h"
#include "models/LatestFrameDecoder.h"
#include "models/StatusColour.h"
#include "ui/CameraDevices.h"

#include <QCamera>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

namespace vcdesk {

CameraScanner::CameraScanner(QWidget *parent)
    : QWidget(parent)
    , m_decoder(new LatestFrameDecoder(this))
    , m_watchdog(new FrameWatchdog(this))
{
    setObjectName(QStringLiteral("cameraScanner"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cameraStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("cameraChoice"));
    m_choice->setAccessibleName(tr("Camera"));
    m_choice->setAccessibleDescription(
        tr("The picture switches to the camera you choose. The list follows cameras as they "
           "are plugged in or out."));
    m_choice->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCamera"));
    m_cancel->setAccessibleName(tr("Stop the camera"));
    m_cancel->setShortcut(QKeySequence::Cancel);
    m_cancel->setToolTip(tr("Turns the camera off without reading a QR code and takes you back "
                            "to the other ways of giving the verifier's request."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choice);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    // The picture (QVideoWidget) is added by the first start(): Qt Multimedia loads its
    // backend only when a person asks for the camera.
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_choice, &QComboBox::activated, this, [this] { openChosen(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        stop();
        emit cancelled();
    });
    connect(m_decoder, &LatestFrameDecoder::found, this, [this](const QString &text) {
        stopCamera();
        setStatus(tr("QR code read."), false);
        emit found(text);
    });
    connect(m_watchdog, &FrameWatchdog::silent, this, [this] {
        setStatus(tr("The camera sends no picture. Another program may be using it: close "
                     "that program, choose another camera, or use a picture, the screen or "
                     "the link instead."),
                  true);
    });
    connect(m_watchdog, &FrameWatchdog::resumed, this, [this] {
        setStatus(tr("Hold the verifier's QR code in front of the camera."), false);
    });
    connect(m_decoder, &LatestFrameDecoder::notARequest, this, [this] {
        setStatus(tr("This QR code is not a presentation request. Hold up the code the "
                     "verifier shows."),
                  true);
    });
}

CameraScanner::~CameraScanner()
{
    if (m_session)
        m_session->setCamera(nullptr); // m_camera goes next, the session with the children
}

void CameraScanner::setCamerasHiddenForTests(bool hidden)
{
    CameraDevices::setHiddenForTests(hidden);
}

void CameraScanner::start()
{
    stop();
    listCameras();
    if (m_choice->count() == 0) {
        fail(tr("No camera was found. Use a picture, the screen or the link instead."));
        return;
    }
    if (!m_session) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::videoInputsChanged, this, &CameraScanner::listCameras);
        m_preview = new QVideoWidget(this);
        m_preview->setObjectName(QStringLiteral("cameraPreview"));
        m_preview->setAccessibleName(tr("What the camera sees"));
        m_preview->setMinimumSize(320, 240);
        auto *layout = static_cast<QVBoxLayout *>(this->layout());
        delete layout->takeAt(1); // the stretch that held its place
        layout->insertWidget(1, m_preview, 1);
        m_session = new QMediaCaptureSession(this);
        m_session->setVideoOutput(m_preview);
        connect(m_preview->videoSink(), &QVideoSink::videoFrameChanged, this,
                &CameraScanner::frameArrived);
    }
    setStatus(tr("Hold the verifier's QR code in front of the camera."), false);
    openChosen();
}

void CameraScanner::listCameras()
{
    const QByteArray current = m_choice->currentData().toByteArray();
    const QList<QCameraDevice> found = CameraDevices::list();
    m_choice->clear();
    for (const QCameraDevice &device : found) {
        m_choice->addItem(device.description(), device.id());
        if (device.id() == current || (current.isEmpty() && device.isDefault()))
            m_choice->setCurrentIndex(m_choice->count() - 1);
    }
    m_choice->setVisible(m_choice->count() > 1);
}

void CameraScanner::openChosen()
{
    stopCamera();
    const QByteArray id = m_choice->currentData().toByteArray();
    QCameraDevice chosen;
    for (const QCameraDevice &device : CameraDevices::list())
        if (device.id() == id)
            chosen = device;
    if (chosen.isNull()) {
        fail(tr("No camera was found. Use a picture, the screen or the link instead."));
        return;
    }
    m_camera.reset(new QCamera(chosen));
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &reason) {
                fail(tr("The camera cannot be used: %1. Use a picture, the screen or the link "
                        "instead.")
                         .arg(CameraDevices::reasonOf(reason)));
            });
    m_session->setCamera(m_camera.get());
    m_camera->start();
    m_watchdog->start();
}

void CameraScanner::stop()
{
    stopCamera();
    m_decoder->reset(); // a frame decoding now says nothing any more
}

void CameraScanner::stopCamera()
{
    if (!m_camera)
        return;
    CameraDevices::release(m_camera, this, m_session);
    m_watchdog->stop();
}

bool CameraScanner::isActive() const
{
    return m_camera != nullptr;
}

QString CameraScanner::status() const
{
    return m_status->text();
}

void CameraScanner::offerFrame(const QImage &frame)
{
    m_decoder->offer(frame);
}

void CameraScanner::frameArrived(const QVideoFrame &frame)
{
    if (m_camera)
        m_watchdog->frameSeen();
    // Converting a frame costs time on this (the GUI) thread: only for one that is decoded.
    if (m_camera && m_decoder->wantsFrame())
        m_decoder->offer(frame.toImage());
}

void CameraScanner::fail(const QString &sentence)
{
    stop();
    setStatus(sentence, true);
    emit unavailable(sentence);
}

void CameraScanner::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        problem ? StatusColour::textStyle(StatusColour::Tone::Problem, palette()) : QString());
}

void CameraScanner::hideEvent(QHideEvent *event)
{
    stop();
    QWidget::hideEvent(event);
}

} // namespace vcdesk
