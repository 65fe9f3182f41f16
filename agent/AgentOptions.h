#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace vcdesk {

/// How vcdesk-agent runs: where it listens (loopback only), its data folder and how long
/// verifier auth requests live.
struct AgentOptions
{
    Q_DECLARE_TR_FUNCTIONS(AgentOptions)
public:
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    QString dataFolder;
    qint64 requestLifetimeMs = 300000;

    /// --bind: 127.0.0.1, ::1 (any loopback address) or localhost (127.0.0.1); nothing else.
    static Result<QHostAddress> loopbackAddress(const QString &text);
};

} // namespace vcdesk
