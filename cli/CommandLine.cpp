#include "cli/CommandLine.h"

#include "cli/AccountCommand.h"
#include "cli/InspectCommand.h"
#include "cli/KioskCommand.h"
#include "cli/OffersCommand.h"
#include "cli/PresentCommand.h"
#include "cli/ReceiveCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/TrustCommand.h"
#include "cli/WalletCommand.h"
#include "core/common/DisplayText.h"

namespace vcdesk {

namespace {

using Run = int (*)(const QStringList &, QTextStream &, QTextStream &);

/// The subcommand's own runner, or nullptr for a name that is not one.
Run runnerFor(const QString &command)
{
    if (command == QLatin1String("inspect"))
        return &InspectCommand::run;
    if (command == QLatin1String("trust"))
        return &TrustCommand::run;
    if (command == QLatin1String("wallet"))
        return &WalletCommand::run;
    if (command == QLatin1String("account"))
        return &AccountCommand::run;
    if (command == QLatin1String("present"))
        return &PresentCommand::run;
    if (command == QLatin1String("receive"))
        return &ReceiveCommand::run;
    if (command == QLatin1String("offers"))
        return &OffersCommand::run;
    if (command == QLatin1String("sandbox"))
        return &SandboxCommand::run;
    if (command == QLatin1String("kiosk"))
        return &KioskCommand::run;
    return nullptr;
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("help") || argument == QLatin1String("--help") ||
           argument == QLatin1String("-h");
}

} // namespace

bool CommandLine::isSubcommand(const QString &argument)
{
    return runnerFor(argument) || isHelp(argument) || argument == QLatin1String("--version");
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    if (command.isEmpty()) {
        err << usage();
        return Usage;
    }
    if (command == QLatin1String("--version")) {
        out << "vcdesk " << version() << '\n';
        return Ok;
    }
    if (isHelp(command)) {
        out << usage();
        return Ok;
    }
    const Run runner = runnerFor(command);
    if (!runner) {
        err << tr("vcdesk: \"%1\" is not a command; see vcdesk --help")
                   .arg(DisplayText::escape(command, 80))
            << '\n';
        return Usage;
    }
    // Each command sees itself as the program: "vcdesk inspect" in its messages and usage.
    QStringList commandArguments = arguments.mid(1);
    commandArguments[0] = QStringLiteral("vcdesk ") + command;
    return runner(commandArguments, out, err);
}

QString CommandLine::usage()
{
    return tr("Usage: vcdesk [COMMAND]\n\n"
              "With no command, opens the vcdesk window (a build without the GUI has only\n"
              "the commands below).\n\n"
              "Commands:\n"
              "  inspect [--json] [--key JWK_FILE] [--at TIME] INPUT\n"
              "        decode and verify a signed token (exit 0 valid, 1 invalid,\n"
              "        2 unverifiable, 3 unreadable input)\n"
              "  trust add PATTERN --name NAME | trust remove PATTERN | trust list\n"
              "        the issuers you trust (DIDs or patterns like did:web:example.com*)\n"
              "  wallet create|list|import|export|delete|keys|profiles|passphrase|\n"
              "         backup|restore [--wallet FILE] [--passphrase-file FILE] [--json]\n"
              "        your encrypted wallet (vcdesk wallet ACTION --help for details)\n"
              "  account add|list|remove\n"
              "        the issuer agents, verifiers and services your wallet talks to\n"
              "  offers [list] | offers accept ID|--newest | offers reject ID\n"
              "        credentials issuer agents offer you (kept in the wallet)\n"
              "  present [--select CREDENTIAL_ID]... [--yes] [--decline] URI\n"
              "        answer a verifier's request (openid4vp://, openid-vc://, haip-vp://)\n"
              "        (exit 0 only when the verifier accepted)\n"
              "  receive [--yes] [--tx-code-file FILE] [--key DID] URI\n"
              "        take credentials an issuer offers (openid-credential-offer://)\n"
              "        (exit 0 only when everything offered was stored)\n"
              "  sandbox connect | sandbox request DEFINITION |\n"
              "          sandbox status CORRELATION_ID DEFINITION\n"
              "        the local vcdesk-agent that scripts/run.sh starts\n"
              "  kiosk [--config FILE] | kiosk log --export FILE | kiosk pin\n"
              "        the full-screen kiosk verifier and its log (vcdesk kiosk --help)\n"
              "  --version\n"
              "        print the version\n");
}

QString CommandLine::version()
{
    return QStringLiteral(VCDESK_VERSION);
}

} // namespace vcdesk
