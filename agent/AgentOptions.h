#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace vcdesk {

/// How vcdesk-agent runs: where it listens (loopback only), its data folder, how long verifier
/// auth requests and Bearer tokens live, whose credentials its verifier trusts, and the
/// development switch that lets its verifiers
/// fetch DIDs and status lists over plain http from this computer.
struct AgentOptions
{
    Q_DECLARE_TR_FUNCTIONS(AgentOptions)
public:
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    QString dataFolder;
    qint64 requestLifetimeMs = 300000;
    qint64 tokenLifetimeSeconds = 3600;
    bool allowLoopbackHttp = false;
    /// Sandbox: accepted offers are issued at once (IssuerAgentApi::setAutoIssue).
    bool autoIssue = false;
    /// The issuers its verifier trusts where a definition names none: this file (it must
    /// exist), else trust-list.json in the data folder, made on first start with the agent's
    /// own issuers.
    QString trustListPath;

    /// --bind: 127.0.0.1, ::1 (any loopback address) or localhost (127.0.0.1); nothing else.
    static Result<QHostAddress> loopbackAddress(const QString &text);
};

} // namespace vcdesk
