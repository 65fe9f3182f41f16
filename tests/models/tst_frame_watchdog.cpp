// FrameWatchdog: a camera that opened but sends no picture is noticed once per silence;
// frames keep it quiet; frames after a silence say it resumed; stop() silences it.

#include "models/FrameWatchdog.h"

#include <QSignalSpy>
#include <QtTest>

using namespace vcdesk;

class TestFrameWatchdog : public QObject
{
    Q_OBJECT

private slots:
    void noFrameIsNoticedOnce()
    {
        FrameWatchdog watchdog;
        watchdog.setTimeout(50);
        QSignalSpy silent(&watchdog, &FrameWatchdog::silent);
        watchdog.start();
        QVERIFY(!watchdog.isSilent());
        QTRY_COMPARE(silent.count(), 1);
        QVERIFY(watchdog.isSilent());
        QTest::qWait(150);
        QCOMPARE(silent.count(), 1); // said once, not every interval
    }

    void framesKeepItQuietAndBringItBack()
    {
        FrameWatchdog watchdog;
        watchdog.setTimeout(400); // far above the 20 ms between frames, even on a busy machine
        QSignalSpy silent(&watchdog, &FrameWatchdog::silent);
        QSignalSpy resumed(&watchdog, &FrameWatchdog::resumed);
        watchdog.start();
        for (int i = 0; i < 15; ++i) {
            QTest::qWait(20);
            watchdog.frameSeen();
        }
        QCOMPARE(silent.count(), 0);
        QCOMPARE(resumed.count(), 0); // never silent: nothing to resume
        QTRY_COMPARE(silent.count(), 1);
        watchdog.frameSeen();
        QCOMPARE(resumed.count(), 1);
        QVERIFY(!watchdog.isSilent());
        QTRY_COMPARE(silent.count(), 2); // a second silence is said again
    }

    void stopSilencesIt()
    {
        FrameWatchdog watchdog;
        watchdog.setTimeout(40);
        QSignalSpy silent(&watchdog, &FrameWatchdog::silent);
        watchdog.start();
        watchdog.stop();
        QTest::qWait(120);
        QCOMPARE(silent.count(), 0);
    }
};

QTEST_MAIN(TestFrameWatchdog)
#include "tst_frame_watchdog.moc"
