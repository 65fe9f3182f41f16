#include "agent/AgentOptions.h"

namespace vcdesk {

Result<QHostAddress> AgentOptions::loopbackAddress(const QString &text)
{
    if (text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    const QHostAddress address(text);
    // Plain HTTP with API keys: only this computer may talk to it.
    if (address.isNull() || !address.isLoopback())
        return Error{QStringLiteral("agent.usage"),
                     tr("--bind must be a loopback address (127.0.0.1, ::1 or localhost)")};
    return address;
}

} // namespace vcdesk
