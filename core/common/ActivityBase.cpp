#include "core/common/ActivityBase.h"

#include <QMutex>
#include <QPointer>
#include <QThreadPool>

namespace vcdesk {

struct ActivityBase::Link
{
    QMutex mutex;
    ActivityBase *owner = nullptr;

    /// Posts `function` to the owner's thread if the owner still lives. A posted call whose
    /// receiver is destroyed before it runs is dropped by Qt, so this is safe both ways.
    void post(std::function<void()> function)
    {
        QMutexLocker lock(&mutex);
        if (owner)
            QMetaObject::invokeMethod(owner, std::move(function), Qt::QueuedConnection);
    }
};

ActivityBase::ActivityBase(QObject *parent)
    : QObject(parent)
    , m_link(std::make_shared<Link>())
{
    m_link->owner = this;
}

ActivityBase::~ActivityBase()
{
    m_token.cancel();
    QMutexLocker lock(&m_link->mutex);
    m_link->owner = nullptr;
}

void ActivityBase::cancel()
{
    if (m_state == State::Running)
        m_token.cancel();
}

QThreadPool *ActivityBase::pool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool;
        created->setObjectName(QStringLiteral("vcdesk activities"));
        created->setMaxThreadCount(8);
        return created;
    }();
    return pool;
}

void ActivityBase::launch(std::function<std::function<void()>(const Context &)> work,
                          QThreadPool *pool)
{
    Q_ASSERT(m_state != State::Running);
    m_token = CancelToken();
    m_state = State::Running;
    m_step.clear();
    const std::shared_ptr<Link> link = m_link;
    Context context{m_token,
                    [link](const QString &step) {
                        link->post([link, step] {
                            ActivityBase *owner = link->owner; // on the owner's thread: alive
                            owner->m_step = step;
                            emit owner->progress(step);
                        });
                    },
                    [link](const QString &kind, const QVariant &value) {
                        link->post([link, kind, value] { emit link->owner->noticed(kind, value); });
                    }};
    (pool ? pool : ActivityBase::pool())->start([link, context, work = std::move(work)] {
        std::function<void()> deliver;
        {
            const CancelToken::Scope scope(context.token);
            deliver = work(context);
        }
        link->post([link, deliver] {
            ActivityBase *owner = link->owner;
            deliver();
            owner->m_state = State::Finished;
            emit owner->finished();
        });
    });
}

} // namespace vcdesk
