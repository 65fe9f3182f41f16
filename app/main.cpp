// vcdesk: the desktop application, and its command-line subcommands.
//
// `vcdesk` with no subcommand opens the window; `vcdesk inspect ...` and the other
// subcommands (cli/, vcdesk::CommandLine) run without a display. A build without the GUI
// (VCDESK_BUILD_GUI=OFF) has the subcommands only.

#include "cli/CommandLine.h"
#include "cli/KioskCommand.h"
#include "core/common/AppTranslations.h"
#include "core/common/HeapPolicy.h"
#include "core/net/InstanceChannel.h"
#include "core/receive/SandboxDescription.h"

#ifdef VCDESK_WITH_GUI
#include "models/KioskController.h"
#include "models/KioskLogWriter.h"
#include "models/LanguageChoice.h"
#include "ui/InspectorPage.h"
#include "ui/KioskWindow.h"
#include "ui/MainWindow.h"

#include <QApplication>
#endif

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <memory>

namespace {

/// The names QSettings files the settings under: set before any setting is read.
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("vcdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("vcdesk"));
    QCoreApplication::setApplicationVersion(vcdesk::CommandLine::version());
}

/// The command runs on a thread of its own while this, the main thread, runs the event loop:
/// what answers only through the main thread (the system keychain, WalletKeychain) is then
/// waited for from the command's thread, without a nested event loop.
int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    // The command line speaks the system's language (LANG): scripts rely on it, not on a
    // choice made in the window.
    vcdesk::AppTranslations::install(QLocale());
    const QStringList arguments = app.arguments();
    int status = vcdesk::CommandLine::Usage;
    std::unique_ptr<QThread> command(QThread::create([&arguments, &status] {
        QTextStream out(stdout);
        QTextStream err(stderr);
        status = vcdesk::CommandLine::run(arguments, out, err);
    }));
    QObject::connect(command.get(), &QThread::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    command->start();
    app.exec();
    command->wait();
    return status;
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

#ifdef VCDESK_WITH_GUI
int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    // The language chosen in Settings, else the system's.
    vcdesk::AppTranslations::install(vcdesk::LanguageChoice::startupLocale());
    const QStringList args = app.arguments();
    // One window per user: a link or file for a running vcdesk goes to it, and this one ends.
    const QString argument =
        args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-'))
            ? QFileInfo(args.at(1)).isFile() ? QFileInfo(args.at(1)).absoluteFilePath() : args.at(1)
            : QString();
    const QString channelPath = vcdesk::InstanceChannel::defaultPath();
    if (vcdesk::InstanceChannel::hand(channelPath, argument, 2000).ok())
        return 0;
    vcdesk::MainWindow window;
    // With the local sandbox agent (scripts/run.sh exports its address) the window may talk
    // plain http to this computer; otherwise only https, and never to local services.
    vcdesk::NetworkPolicy policy;
    policy.allowLoopbackHttp = qEnvironmentVariableIsSet("VCDESK_AGENT_URL");
    window.setNetworkPolicy(policy);
    window.setSandbox(vcdesk::SandboxDescription::defaultPath());
    // `vcdesk FILE` opens the file in the inspector (as a file manager or the OS would);
    // `vcdesk openid4vp://…` starts a presentation.
    const auto take = [&window](const QString &what) {
        if (what.isEmpty())
            window.present(QString());
        else if (QFileInfo(what).isFile()) {
            window.showSection(window.inspectorPage());
            window.inspectorPage()->loadFile(what);
        } else {
            window.present(what);
        }
    };
    vcdesk::InstanceChannel channel;
    if (auto listening = channel.listen(channelPath); !listening)
        qWarning("vcdesk: links from other starts will not reach this window: %s",
                 qPrintable(listening.error().message));
    QObject::connect(&channel, &vcdesk::InstanceChannel::received, &window, take);
    if (!argument.isEmpty())
        take(argument);
    window.show();
    return app.exec();
}
/// `vcdesk kiosk [flags]`: the kiosk face, full screen, until the operator leaves with the PIN.
int runKiosk(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    vcdesk::AppTranslations::install(vcdesk::LanguageChoice::startupLocale());
    auto config = vcdesk::KioskCommand::configFrom(app.arguments().mid(1));
    if (!config) {
        QTextStream(stderr)
            << QCoreApplication::translate("main", "vcdesk kiosk: %1").arg(config.error().message)
            << '\n';
        return config.error().code == QLatin1String("kiosk.usage") ? vcdesk::CommandLine::Usage
                                                                   : 78; // EX_CONFIG
    }
    if (config->operatorPinHash.isEmpty())
        qWarning("vcdesk kiosk: no operator PIN is set (operatorPinHash): anyone at the "
                 "screen can leave with Ctrl+Alt+Q");
    vcdesk::KioskController controller(config.value());
    vcdesk::KioskLogWriter log(vcdesk::KioskLogWriter::targetsOf(config.value()));
    QObject::connect(&controller, &vcdesk::KioskController::logEntry, &log,
                     &vcdesk::KioskLogWriter::append);
    QObject::connect(&log, &vcdesk::KioskLogWriter::problem, [](const QString &problem) {
        if (!problem.isEmpty())
            qWarning("vcdesk kiosk: the verification log: %s", qPrintable(problem));
    });
    vcdesk::KioskWindow window(&controller);
    QObject::connect(&window, &vcdesk::KioskWindow::leaveRequested, &app, &QApplication::quit);
    window.showOnWholeScreen();
    controller.start();
    const int status = app.exec();
    controller.stop();
    log.flushNow(); // one last try, whatever the wait since the server was last away
    log.waitForIdle();
    return status;
}
#else
/// This build has the subcommands only: what would open the window is a usage error.
int runWindow(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    vcdesk::AppTranslations::install(QLocale());
    QTextStream(stderr) << QCoreApplication::translate(
                               "main", "vcdesk: this build has no window (built without the "
                                       "GUI); see vcdesk --help for its commands")
                        << '\n';
    return vcdesk::CommandLine::Usage;
}
/// Without the GUI, `vcdesk kiosk` says there is no window, as `vcdesk` does.
int runKiosk(int argc, char **argv)
{
    return runWindow(argc, argv);
}
#endif

} // namespace

int main(int argc, char **argv)
{
    vcdesk::HeapPolicy::apply();
    // A subcommand, or a first argument that is neither a subcommand nor anything the window
    // takes (the command line reports it as unknown, exit 64).
    if (argc > 1) {
        const QString first = QString::fromLocal8Bit(argv[1]);
        if (first == QLatin1String("kiosk")) {
            QStringList arguments;
            for (int i = 1; i < argc; ++i)
                arguments << QString::fromLocal8Bit(argv[i]);
            return vcdesk::KioskCommand::isCommandLine(arguments) ? runCommandLine(argc, argv)
                                                                  : runKiosk(argc, argv);
        }
        if (vcdesk::CommandLine::isSubcommand(first) || !windowTakes(first))
            return runCommandLine(argc, argv);
    }
    return runWindow(argc, argv);
}
