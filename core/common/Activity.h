#pragma once

#include "core/common/ActivityBase.h"
#include "core/common/Result.h"

#include <QCoreApplication>

#include <optional>

namespace vcdesk {

/// An ActivityBase whose work returns Result<T>. Typical use in a controller:
///
///     auto *accept = new Activity<IssuerOffer>(this);
///     connect(accept, &ActivityBase::finished, this, [=] { show(accept->result()); });
///     accept->start([client, id, did](const auto &context) {
///         context.report(tr("Waiting for the issuer"));
///         return client.acceptAndWait(id, did, 30000);
///     });
///
/// The work runs on a worker thread: it must not touch objects of the caller's thread. Blocking
/// engine calls inside it (HttpClient::sendAndWait, IssuerAgentClient polling) see the
/// activity's CancelToken as current and stop when it is cancelled.
template<typename T> class Activity : public ActivityBase
{
public:
    using Work = std::function<Result<T>(const Context &)>;

    explicit Activity(QObject *parent = nullptr)
        : ActivityBase(parent)
    {
    }

    /// Returns at once; finished() follows. `pool`: where to run (default: pool()).
    void start(Work work, QThreadPool *pool = nullptr)
    {
        m_result.reset();
        launch(
            [this, work = std::move(work)](const Context &context) -> std::function<void()> {
                auto shared = std::make_shared<Result<T>>(
                    context.token.isCancelled() ? Result<T>(cancelled()) : work(context));
                if (!*shared && context.token.isCancelled())
                    *shared = cancelled(); // one code for a cancelled activity, whatever stopped
                // `this` is used only on the owner's thread, after the owner is known alive.
                return [this, shared] { m_result = std::move(*shared); };
            },
            pool);
    }

    /// The outcome; an "activity.pending" error until finished().
    Result<T> result() const
    {
        if (!m_result)
            return Error{QStringLiteral("activity.pending"),
                         QCoreApplication::translate("Activity", "not finished yet")};
        return *m_result;
    }

    static Error cancelled()
    {
        return Error{QStringLiteral("activity.cancelled"),
                     QCoreApplication::translate("Activity", "cancelled")};
    }

private:
    std::optional<Result<T>> m_result;
};

} // namespace vcdesk
