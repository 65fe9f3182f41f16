#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

/// The command line of vcdesk in one place: which first arguments are subcommands, the usage
/// text, and the dispatch to InspectCommand, TrustCommand, WalletCommand, AccountCommand and
/// PresentCommand. The vcdesk executable calls it, and tests call it in-process with their
/// own streams.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum Exit { Ok = 0, Usage = 64 };

    /// Whether `argument`, the first after the program name, is for the command line: a
    /// subcommand, or help, -h, --help, --version.
    static bool isSubcommand(const QString &argument);

    /// Runs `arguments` as `vcdesk` would: arguments[0] is the program name, arguments[1] the
    /// subcommand. Returns the exit status; an unknown subcommand or none at all is a usage
    /// error (64) with a message on `err`.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// The usage text `vcdesk --help` prints.
    static QString usage();
    /// The version this build of vcdesk reports.
    static QString version();
};

} // namespace vcdesk
