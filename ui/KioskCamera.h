#pragma once

#include <QWidget>

#include <memory>

class QCamera;
class QLabel;
class QMediaCaptureSession;
class QMediaDevices;
class QTimer;
class QVideoFrame;
class QVideoWidget;

namespace vcdesk {

class FrameWatchdog;
class LatestFrameDecoder;

/// The kiosk's camera, for the QR codes people hold up to it: a live picture and one sentence
/// under it. Unlike the holder's scanner it runs all day: every code's text is read
/// (codeRead), then reading pauses until resume(), which the kiosk calls when it is ready for
/// the next person. Frames are decoded on a worker, the newest only (LatestFrameDecoder).
///
/// The camera is the one the config names (KioskConfig::camera: a device id or part of its
/// description), else the system's default. No camera, a camera that fails or is in use, or
/// one that sends no picture is said in a sentence (status(), problem()) and tried again:
/// when cameras are plugged in or out, and every few seconds while none works, so a camera
/// unplugged and plugged in again comes back by itself.
class KioskCamera : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRetryMs = 5000;

    explicit KioskCamera(const QString &wanted, QWidget *parent = nullptr);
    ~KioskCamera() override;

    /// Opens the camera (or says why not, and keeps trying).
    void start();
    void stop();
    /// Reads codes again after codeRead().
    void resume();
    bool isActive() const;
    /// Whether the last sentence is a problem (no camera, no picture).
    bool hasProblem() const { return m_problem; }
    QString status() const;
    LatestFrameDecoder *decoder() const { return m_decoder; }
    /// A frame as if the camera had sent it (tests, screenshots): the camera's own path, a
    /// QVideoFrame converted only when the decoder wants one.
    void offerVideoFrame(const QVideoFrame &frame);
    /// A sentence about the code just read (it is not a credential), in place of the usual
    /// one for a few seconds.
    void showHint(const QString &sentence);
    /// Type size of the sentence under the picture.
    void setTextPixels(int pixels);

signals:
    /// The text of a code held up to the camera; reading pauses until resume().
    void codeRead(const QString &text);

private:
    void open();
    void closeCamera();
    void camerasChanged();
    void frameArrived(const QVideoFrame &frame);
    void setStatus(const QString &text, bool problem);
    void failed(const QString &sentence);

    QString m_wanted;
    QByteArray m_openId; // the device open now
    LatestFrameDecoder *m_decoder;
    FrameWatchdog *m_watchdog;
    QTimer *m_retry;
    QTimer *m_hintShown;
    QMediaDevices *m_devices = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    std::unique_ptr<QCamera> m_camera;
    QVideoWidget *m_preview = nullptr;
    QLabel *m_status;
    bool m_problem = false;
    bool m_started = false;
};

} // namespace vcdesk
