#pragma once

// Waits, with the event loop running, until a kiosk reaches a state (tests and tools).

#include "models/KioskController.h"

#include <QElapsedTimer>
#include <QTest>

namespace vcdesk::test {

inline bool waitForState(KioskController &kiosk, KioskController::State state, int ms = 15000)
{
    QElapsedTimer clock;
    clock.start();
    while (kiosk.state() != state && clock.elapsed() < ms)
        QTest::qWait(20);
    return kiosk.state() == state;
}

} // namespace vcdesk::test
