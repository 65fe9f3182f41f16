// vcdesk: the desktop application, and its command-line subcommands.
//
// `vcdesk` with no subcommand opens the window; `vcdesk inspect ...` and the other
// subcommands run without a display.

#include "cli/AccountCommand.h"
#include "cli/InspectCommand.h"
#include "cli/PresentCommand.h"
#include "cli/TrustCommand.h"
#include "cli/WalletCommand.h"
#include "core/common/DisplayText.h"
#include "ui/InspectorPage.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {

const QStringList kSubcommands{
    QStringLiteral("inspect"), QStringLiteral("trust"),   QStringLiteral("wallet"),
    QStringLiteral("account"), QStringLiteral("present"), QStringLiteral("help"),
    QStringLiteral("--help"),  QStringLiteral("-h"),      QStringLiteral("--version")};

void setIdentity()
{
    // The translation for the user's locale, compiled in from translations/*.ts.
    static QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("vcdesk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QCoreApplication::setOrganizationName(QStringLiteral("vcdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("vcdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VCDESK_VERSION));
}

int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("--version")) {
        out << "vcdesk " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == QLatin1String("trust")) {
        args.removeAt(1);
        args[0] = QStringLiteral("vcdesk trust");
        return vcdesk::TrustCommand::run(args, out, err);
    }
    if (command == QLatin1String("wallet") || command == QLatin1String("account")) {
        args.removeAt(1);
        args[0] = QStringLiteral("vcdesk ") + command;
        return command == QLatin1String("wallet") ? vcdesk::WalletCommand::run(args, out, err)
                                                  : vcdesk::AccountCommand::run(args, out, err);
    }
    if (command == QLatin1String("present")) {
        args.removeAt(1);
        args[0] = QStringLiteral("vcdesk present");
        return vcdesk::PresentCommand::run(args, out, err);
    }
    if (command == QLatin1String("inspect")) {
        args.removeAt(1);
        args[0] = QStringLiteral("vcdesk inspect");
        return vcdesk::InspectCommand::run(args, out, err);
    }
    out << QCoreApplication::translate(
        "main", "Usage: vcdesk [COMMAND]\n\n"
                "With no command, opens the vcdesk window.\n\n"
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
                "  present [--select CREDENTIAL_ID]... [--yes] [--decline] URI\n"
                "        answer a verifier's request (openid4vp://, openid-vc://, haip-vp://)\n"
                "        (exit 0 only when the verifier accepted)\n"
                "  --version\n"
                "        print the version\n");
    return 0;
}

/// What the window can be given: a file to inspect, or a link it handles. Anything else in
/// first place (a mistyped command such as "recieve") is a usage error, not a window that
/// never returns to the shell. Arguments starting with '-' are Qt's own (-platform, -style).
bool windowTakes(const QString &argument)
{
    if (argument.startsWith(QLatin1Char('-')) || QFileInfo(argument).isFile())
        return true;
    for (const char *scheme :
         {"openid4vp:", "openid-vc:", "haip-vp:", "openid:", "openid-credential-offer:", "https:"})
        if (argument.startsWith(QLatin1String(scheme), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && kSubcommands.contains(QString::fromLocal8Bit(argv[1])))
        return runCommandLine(argc, argv);
    if (argc > 1 && !windowTakes(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "vcdesk: \"%1\" is not a command, a file or a link "
                                           "vcdesk opens; see vcdesk --help")
                                   .arg(vcdesk::DisplayText::escape(app.arguments().at(1), 80))
                            << '\n';
        return 64;
    }

    QApplication app(argc, argv);
    setIdentity();
    vcdesk::MainWindow window;
    // `vcdesk FILE` opens the file in the inspector (as a file manager or the OS would).
    const QStringList args = app.arguments();
    if (args.size() > 1 && QFileInfo(args.at(1)).isFile())
        window.inspectorPage()->loadFile(args.at(1));
    window.show();
    return app.exec();
}
