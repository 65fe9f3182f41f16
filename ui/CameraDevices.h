#pragma once

#include <QCameraDevice>
#include <QList>
#include <QString>

#include <memory>

class QCamera;
class QMediaCaptureSession;
class QObject;

namespace vcdesk {

/// The cameras this machine has, as the holder's scanner and the kiosk's camera list them,
/// with one switch for tests that must behave as if there were none.
namespace CameraDevices {

/// QMediaDevices::videoInputs(), or nothing while hidden for tests.
QList<QCameraDevice> list();
/// The camera a kiosk config names (`wanted`: a device id, or part of its description, case
/// ignored); the system's default when `wanted` is empty; a null device when it is missing.
QCameraDevice find(const QString &wanted);
void setHiddenForTests(bool hidden);
/// A camera's own error text for a sentence: escaped, at most `maxChars`, without its final
/// full stop; "it did not start" when it gave none.
QString reasonOf(const QString &reason, qsizetype maxChars = 300);
/// Stops `camera` and lets it go: disconnected from `receiver`, taken out of `session`, and
/// deleted later, since this may run inside one of the camera's own signals.
void release(std::unique_ptr<QCamera> &camera, const QObject *receiver,
             QMediaCaptureSession *session);

} // namespace CameraDevices

} // namespace vcdesk
