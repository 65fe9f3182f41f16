// vcdesk-agent: the local service that speaks the contracts of the project seeds.
//
//   vcdesk-agent [--bind 127.0.0.1] [--port N] [--data DIR] [--allow-loopback-http]
//                [--trust-list FILE] [--auto-issue]             serve (port 0: a free one)
//   vcdesk-agent revoke RECORD_ID [--data DIR]                  revoke an issued credential
//   vcdesk-agent define ID --type T... [--claim C]... [--issuer DID]... [--dcql] [--data DIR]
//                                                               what a definitionId asks for
//   vcdesk-agent definitions [--data DIR]                       list them

#include "agent/AgentServer.h"
#include "core/common/HeapPolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace vcdesk;

int main(int argc, char **argv)
{
    HeapPolicy::apply();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("vcdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("vcdesk"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vcdesk-agent", "The local issuer, verifier and wallet service of vcdesk."));
    parser.addHelpOption();
    const QCommandLineOption bind(
        QStringLiteral("bind"),
        QCoreApplication::translate("vcdesk-agent",
                                    "Address to listen on: 127.0.0.1, ::1 or localhost."),
        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("vcdesk-agent", "Port (0: any free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QCoreApplication::translate("vcdesk-agent", "The agent's data folder."),
        QStringLiteral("DIR"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
            QStringLiteral("/agent"));
    const QCommandLineOption type(
        QStringLiteral("type"),
        QCoreApplication::translate("vcdesk-agent", "For define: a credential type it accepts."),
        QStringLiteral("TYPE"));
    const QCommandLineOption claim(
        QStringLiteral("claim"),
        QCoreApplication::translate("vcdesk-agent", "For define: a claim it asks for."),
        QStringLiteral("NAME"));
    const QCommandLineOption allowLoopbackHttp(
        QStringLiteral("allow-loopback-http"),
        QCoreApplication::translate("vcdesk-agent",
                                    "Development: let the agent's verifiers fetch DIDs (did:web) "
                                    "and status lists over plain http from this computer."));
    const QCommandLineOption issuer(
        QStringLiteral("issuer"),
        QCoreApplication::translate("vcdesk-agent",
                                    "For define: an issuer DID (or pattern ending in *) it "
                                    "accepts; none: the trust list decides."),
        QStringLiteral("DID"));
    const QCommandLineOption dcql(
        QStringLiteral("dcql"),
        QCoreApplication::translate("vcdesk-agent",
                                    "For define: ask with a DCQL query instead of a "
                                    "Presentation Exchange definition."));
    const QCommandLineOption trustList(
        QStringLiteral("trust-list"),
        QCoreApplication::translate("vcdesk-agent",
                                    "The issuers the verifier trusts where a definition names "
                                    "none (default: trust-list.json in the data folder)."),
        QStringLiteral("FILE"));
    const QCommandLineOption autoIssue(
        QStringLiteral("auto-issue"),
        QCoreApplication::translate("vcdesk-agent",
                                    "Sandbox: issue every accepted offer at once, without the "
                                    "issuer's issue call."));
    parser.addOptions(
        {bind, port, data, type, claim, issuer, dcql, allowLoopbackHttp, trustList, autoIssue});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "vcdesk-agent", "Nothing to serve, or: revoke RECORD_ID | define ID | definitions"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();

    if (args.value(0) == QLatin1String("revoke")) {
        if (args.size() != 2) {
            err << "usage: vcdesk-agent revoke RECORD_ID [--data DIR]\n";
            return 64;
        }
        auto store = AgentStore::open(parser.value(data));
        if (!store) {
            err << "vcdesk-agent: " << store.error().toString() << '\n';
            return 3;
        }
        IssuerAgentApi api(*store.value(), QString());
        if (auto done = api.revoke(args.at(1)); !done) {
            err << "vcdesk-agent: " << done.error().toString() << '\n';
            return 1;
        }
        out << QCoreApplication::translate("vcdesk-agent", "Revoked the credential of %1.")
                   .arg(args.at(1))
            << '\n';
        return 0;
    }
    if (args.value(0) == QLatin1String("define") || args.value(0) == QLatin1String("definitions")) {
        auto store = AgentStore::open(parser.value(data));
        if (!store) {
            err << "vcdesk-agent: " << store.error().toString() << '\n';
            return 3;
        }
        if (auto done = VerifierApi::ensureDefinitions(*store.value()); !done) {
            err << "vcdesk-agent: " << done.error().toString() << '\n';
            return 3;
        }
        VerifierStore definitions(store.value()->database());
        if (args.value(0) == QLatin1String("define")) {
            if (args.size() != 2 || !parser.isSet(type)) {
                err << "usage: vcdesk-agent define DEFINITION_ID --type TYPE... [--claim NAME]... "
                       "[--issuer DID]... [--dcql] [--data DIR]\n";
                return 64;
            }
            VerifierStore::Definition definition{args.at(1), parser.values(type),
                                                 parser.values(claim)};
            if (parser.isSet(dcql))
                definition.query = VerifierStore::Definition::kDcql;
            if (parser.isSet(issuer))
                definition.issuers = parser.values(issuer);
            if (auto done = definitions.saveDefinition(definition); !done) {
                err << "vcdesk-agent: " << done.error().toString() << '\n';
                return 64;
            }
        }
        for (const VerifierStore::Definition &d : definitions.definitions().value())
            out << d.id << "  types: " << d.types.join(QStringLiteral(", "))
                << "  claims: " << d.claims.join(QStringLiteral(", ")) << "  query: " << d.query
                << "  issuers: "
                << (d.issuers ? d.issuers->join(QStringLiteral(", "))
                              : QStringLiteral("trust list"))
                << '\n';
        return 0;
    }
    if (!args.isEmpty()) {
        err << parser.helpText();
        return 64;
    }
    // Plain HTTP with API keys: only this computer may talk to it.
    const auto address = AgentOptions::loopbackAddress(parser.value(bind));
    if (!address) {
        err << "vcdesk-agent: " << address.error().message << '\n';
        return 64;
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        err << "vcdesk-agent: --port is 0 to 65535\n";
        return 64;
    }
    AgentOptions options;
    options.address = address.value();
    options.port = quint16(portNumber);
    options.dataFolder = parser.value(data);
    options.allowLoopbackHttp = parser.isSet(allowLoopbackHttp);
    options.autoIssue = parser.isSet(autoIssue);
    options.trustListPath = parser.value(trustList);
    auto agent = AgentServer::start(options);
    if (!agent) {
        err << "vcdesk-agent: " << agent.error().toString() << '\n';
        return 3;
    }
    out << agent.value()->baseUrl() << '\n';
    out.flush();
    return app.exec();
}
