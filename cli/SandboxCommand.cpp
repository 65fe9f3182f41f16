#include "cli/SandboxCommand.h"

#include "cli/WalletCli.h"
#include "core/api/VerifierApiClient.h"
#include "core/common/DisplayText.h"
#include "core/receive/SandboxDescription.h"

namespace vcdesk {

namespace {

/// The sandbox is on this computer, over plain http.
NetworkPolicy sandboxPolicy()
{
    NetworkPolicy policy;
    policy.allowLoopbackHttp = true;
    return policy;
}

int connectWallet(const SandboxDescription &sandbox, WalletCli &cli, QTextStream &out)
{
    auto session = cli.openProfile(Wallet::Access::ReadWrite, true);
    if (!session)
        return cli.fail(session.error());
    int added = 0;
    for (Account &account : sandbox.accounts()) {
        auto done = session->wallet->accounts().add(session->profile.id, account);
        if (done)
            ++added;
        else if (done.error().code != QLatin1String("wallet.account_exists"))
            return cli.fail(done.error());
    }
    if (auto offered = sandbox.requestSampleOffer(sandboxPolicy()); !offered)
        return cli.fail(offered.error());
    out << SandboxCommand::tr("Connected to the sandbox at %1: %2 account(s) added; a sample "
                              "offer is on its way (vcdesk offers lists it).")
               .arg(sandbox.baseUrl)
               .arg(added)
        << '\n';
    return WalletCli::Ok;
}

} // namespace

int SandboxCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString action = arguments.value(1);
    WalletCli cli(QStringLiteral("vcdesk sandbox"), out, err);
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption description(
        QStringLiteral("description"),
        tr("The sandbox's agent.json (default: $VCDESK_AGENT_DESCRIPTION)."), tr("FILE"),
        SandboxDescription::defaultPath());
    parser.addOption(description);
    const QString usage =
        tr("usage: vcdesk sandbox connect | request DEFINITION | status CORRELATION_ID "
           "DEFINITION [--description FILE]");
    const qsizetype wanted = action == QLatin1String("connect")   ? 1
                             : action == QLatin1String("request") ? 2
                             : action == QLatin1String("status")  ? 3
                                                                  : -1;
    if (wanted < 0) {
        err << usage << '\n';
        return WalletCli::Usage;
    }
    if (!cli.parse(parser, arguments, wanted, wanted, usage))
        return WalletCli::Usage;
    if (parser.value(description).isEmpty())
        return cli.usage(tr("no sandbox: give --description FILE (scripts/run.sh sets "
                            "VCDESK_AGENT_DESCRIPTION)"));
    auto sandbox = SandboxDescription::load(parser.value(description));
    if (!sandbox)
        return cli.fail(sandbox.error());
    if (action == QLatin1String("connect"))
        return connectWallet(sandbox.value(), cli, out);

    VerifierApiClient verifier(QUrl(sandbox->baseUrl), sandbox->verifierToken, sandboxPolicy());
    const QStringList args = parser.positionalArguments();
    if (action == QLatin1String("request")) {
        auto request = verifier.createAuthRequest(args.at(1));
        if (!request)
            return cli.fail(request.error());
        out << request->authRequestUri << '\n' << request->correlationId << '\n';
        return WalletCli::Ok;
    }
    auto status = verifier.authStatus(args.at(1), args.at(2));
    if (!status)
        return cli.fail(status.error());
    out << AuthStatus::nameOf(status->state);
    if (!status->error.isEmpty())
        out << " (" << DisplayText::escape(status->error, 300) << ')'; // the verifier's words
    out << '\n';
    return status->state == AuthStatus::State::Verified ? WalletCli::Ok : WalletCli::Failed;
}

} // namespace vcdesk
