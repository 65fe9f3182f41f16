#pragma once

#include "core/net/NetworkPolicy.h"

#include <QJsonObject>
#include <QObject>

namespace vcdesk {

class ActivityBase;
class OperationLog;
class OperationRunner;
class WalletSession;

/// The console's side of a credential generation service (seed 000): POST /generate with a
/// flow id, the subject's DID and the claims as the message payload, with a generator account
/// of the wallet (its key, if it has one, read from the wallet for the call only). Both outcome
/// events end the action: verifiableCredentialGenerated brings credentialReady() (the JWT, for
/// the inspector), verifiableCredentialGenerationFailed a sentence with the service's reason.
/// Recorded in the operations history like every console action.
class GenerationConsole : public QObject
{
    Q_OBJECT
public:
    GenerationConsole(WalletSession &session, OperationLog &log, QObject *parent = nullptr);

    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }
    OperationRunner *runner() const { return m_runner; }

    /// `subjectDid` may be empty (the service then names no subject); it becomes the
    /// payload's "id".
    void generate(qint64 accountId, const QString &flowId, const QString &subjectDid,
                  const QJsonObject &claims);

signals:
    void working(vcdesk::ActivityBase *activity, const QString &what);
    void succeeded(const QString &sentence);
    void failed(const QString &sentence);
    void credentialReady(const QByteArray &jwt);

private:
    WalletSession &m_session;
    OperationRunner *m_runner = nullptr;
    NetworkPolicy m_policy;
};

} // namespace vcdesk
