#include "ui/CameraDevices.h"

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

} // namespace vcdesk::CameraDevices
