#pragma once

// Runs a blocking engine call as an Activity (on a worker thread, as the GUI does) while the
// test's event loop keeps turning, so objects living in the test's thread (timers, a poller,
// an in-process server) go on working meanwhile.

#include "core/common/Activity.h"

#include <QSignalSpy>

namespace vcdesk::test {

template<typename T> struct ResultValue;
template<typename T> struct ResultValue<Result<T>>
{
    using type = T;
};

template<typename F> auto await(F work, int timeoutMs = 60000) -> decltype(work())
{
    using R = decltype(work());
    using T = typename ResultValue<R>::type;
    Activity<T> activity;
    QSignalSpy finished(&activity, &ActivityBase::finished);
    activity.start([work](const ActivityBase::Context &) { return work(); });
    if (!finished.wait(timeoutMs)) {
        // The work may use the caller's locals: it must end before this returns.
        activity.cancel();
        while (finished.isEmpty())
            finished.wait(1000);
        return Error{QStringLiteral("test.timeout"), QStringLiteral("the activity did not end")};
    }
    return activity.result();
}

} // namespace vcdesk::test
