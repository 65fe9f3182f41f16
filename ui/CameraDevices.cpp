#include "ui/CameraDevices.h"

#include "core/common/DisplayText.h"

#include <QCamera>
#include <QCoreApplication>
#include <QMediaCaptureSession>
#include <QMediaDevices>

namespace vcdesk::CameraDevices {

namespace {

bool hidden = false;

} // namespace

QList<QCameraDevice> list()
{
    return hidden ? QList<QCameraDevice>() : QMediaDevices::videoInputs();
}

QCameraDevice find(const QString &wanted)
{
    const QList<QCameraDevice> devices = list();
    for (const QCameraDevice &device : devices)
        if (wanted.isEmpty() ? device.isDefault() : device.id() == wanted.toUtf8())
            return device;
    for (const QCameraDevice &device : devices)
        if (!wanted.isEmpty() && device.description().contains(wanted, Qt::CaseInsensitive))
            return device;
    return wanted.isEmpty() && !devices.isEmpty() ? devices.first() : QCameraDevice();
}

void setHiddenForTests(bool hidden_)
{
    hidden = hidden_;
}

QString reasonOf(const QString &reason, qsizetype maxChars)
{
    QString why = DisplayText::escape(reason.trimmed(), maxChars);
    while (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    return why.isEmpty() ? QCoreApplication::translate("CameraDevices", "it did not start") : why;
}

void release(std::unique_ptr<QCamera> &camera, const QObject *receiver,
             QMediaCaptureSession *session)
{
    if (!camera)
        return;
    QCamera *released = camera.release();
    released->disconnect(receiver);
    released->stop();
    if (session)
        session->setCamera(nullptr);
    released->deleteLater();
}

} // namespace vcdesk::CameraDevices
