#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

class WalletCli;

/// The local sandbox (vcdesk-agent as scripts/run.sh starts it, described by its agent.json;
/// --description FILE or $VCDESK_AGENT_DESCRIPTION):
/// `vcdesk sandbox connect`: its accounts into the wallet's profile and a sample offer;
/// `vcdesk sandbox request DEFINITION`: an auth request of its verifier, printed as the link
/// (first line) and the correlation id (second line);
/// `vcdesk sandbox status CORRELATION_ID DEFINITION`: where that request stands (exit 0 only
/// when verified).
class SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace vcdesk
