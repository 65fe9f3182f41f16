#pragma once

#include <QCameraDevice>
#include <QList>
#include <QString>

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

} // namespace CameraDevices

} // namespace vcdesk
