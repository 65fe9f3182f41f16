#pragma once

#include <QWidget>

#include <memory>

class QCamera;
class QComboBox;
class QLabel;
class QMediaCaptureSession;
class QMediaDevices;
class QPushButton;
class QVideoFrame;
class QVideoWidget;

namespace vcdesk {

class FrameWatchdog;
class LatestFrameDecoder;

/// Reads a QR code held up to a camera (Qt Multimedia): a live picture, a choice of camera
/// when there are several, and Cancel (Esc). Frames reach a LatestFrameDecoder from the
/// preview's QVideoSink; only when the decoder wants one is a frame converted, and decoding
/// runs on its worker thread, so the GUI thread only shows pictures. The first presentation
/// request read is found(); a code that is something else is said under the picture.
///
/// start() opens the chosen camera; the camera stops when the scanner is hidden, cancelled,
/// or finds a code. No camera, or one that fails (in use, no access to the device), is said
/// in a sentence under the picture and emitted as unavailable(sentence), so the window can
/// offer its other ways. A camera that opens but sends no picture (FrameWatchdog) is said too;
/// it keeps running, and the hint comes back when pictures do.
class CameraScanner : public QWidget
{
    Q_OBJECT
public:
    explicit CameraScanner(QWidget *parent = nullptr);
    ~CameraScanner() override;

    /// Lists the cameras and starts the chosen one (the system's default first). Without a
    /// camera, says so and emits unavailable() before returning.
    void start();
    /// Stops the camera; a frame being decoded says nothing any more. start() opens it again.
    void stop();
    bool isActive() const;

    /// What is said under the picture (a hint, "not a request", or why there is no camera).
    QString status() const;
    LatestFrameDecoder *decoder() const { return m_decoder; }
    FrameWatchdog *watchdog() const { return m_watchdog; }
    /// A frame as if the camera had sent it (tests, a frame from elsewhere).
    void offerFrame(const QImage &frame);

    /// Tests: behave as if the machine had no camera.
    static void setCamerasHiddenForTests(bool hidden);

signals:
    /// The text of the first QR code that is a presentation request.
    void found(const QString &link);
    /// No camera, or the camera failed: the sentence also shown under the picture.
    void unavailable(const QString &sentence);
    void cancelled();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void listCameras();
    void openChosen();
    void stopCamera();
    void frameArrived(const QVideoFrame &frame);
    void fail(const QString &sentence);
    void setStatus(const QString &text, bool problem);

    LatestFrameDecoder *m_decoder = nullptr;
    FrameWatchdog *m_watchdog = nullptr;
    QMediaDevices *m_devices = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    std::unique_ptr<QCamera> m_camera;
    QVideoWidget *m_preview = nullptr;
    QComboBox *m_choice = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace vcdesk
