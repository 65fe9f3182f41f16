#pragma once

#include "core/common/Activity.h"
#include "models/OperationEntry.h"
#include "models/OperationLog.h"
#include "models/ServiceSentence.h"

#include <QObject>

#include <functional>

namespace vcdesk {

struct Account;
class WalletSession;

/// Runs one operator action at a service on a worker thread and ends it the same way for every
/// console page: working() hands the activity over (progress, Cancel), the outcome is recorded
/// in the operations history, and succeeded() or failed() carries a sentence with every secret
/// the action used taken out.
class OperationRunner : public QObject
{
    Q_OBJECT
public:
    OperationRunner(OperationLog &log, QString service, QObject *parent = nullptr)
        : QObject(parent)
        , m_log(log)
        , m_service(std::move(service))
    {
    }

    OperationLog &log() const { return m_log; }

    /// Reads the account (with its key) on the wallet's thread, then `then(account)` on this
    /// thread; an account that cannot be read is failed() with the reason.
    void withAccount(WalletSession &session, qint64 accountId,
                     std::function<void(const Account &)> then);

    /// `entry`: account, action and target (when, who and outcome are filled in). `done`
    /// turns the value into the sentence that says what happened.
    template<typename T>
    Activity<T> *run(OperationEntry entry, const QString &progress, QByteArrayList secrets,
                     typename Activity<T>::Work work, std::function<QString(const T &)> done)
    {
        auto *activity = new Activity<T>(this);
        connect(activity, &ActivityBase::finished, this,
                [this, activity, entry, secrets = std::move(secrets), done]() mutable {
                    activity->deleteLater();
                    const Result<T> result = activity->result();
                    entry.ok = bool(result);
                    entry.outcome =
                        result ? ServiceSentence::redact(done(result.value()), secrets)
                               : ServiceSentence::failure(result.error(), m_service, secrets);
                    for (QByteArray &secret : secrets)
                        secret.fill('\0');
                    m_log.record(entry);
                    if (entry.ok)
                        emit succeeded(entry.outcome);
                    else
                        emit failed(entry.outcome);
                });
        activity->start(std::move(work));
        emit working(activity, progress);
        return activity;
    }

signals:
    void working(vcdesk::ActivityBase *activity, const QString &what);
    void succeeded(const QString &sentence);
    void failed(const QString &sentence);

private:
    OperationLog &m_log;
    QString m_service;
};

} // namespace vcdesk
