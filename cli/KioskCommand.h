#pragma once

#include "core/common/Result.h"
#include "core/kiosk/KioskConfig.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

/// The kiosk's command-line parts:
/// - `vcdesk kiosk log --export FILE [--since DATE] [--config FILE]`: the verification log
///   as CSV (UTF-8, RFC 4180; a cell that a spreadsheet would take for a formula starts with
///   an apostrophe);
/// - `vcdesk kiosk pin`: reads a PIN on standard input and prints its Argon2id hash for the
///   config's operatorPinHash.
/// And, for the window's `vcdesk kiosk [--config FILE] [--verifier URL --token-file FILE
/// --definition ID] [--allow-loopback-http]`, the config those flags make (configFrom()).
/// Exit 0 on success, 3 when the log cannot be read or written, 64 for wrong usage.
class KioskCommand
{
    Q_DECLARE_TR_FUNCTIONS(KioskCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    /// Whether `vcdesk kiosk ARGS` is for the command line (log, pin, help), not the window.
    static bool isCommandLine(const QStringList &arguments);
    /// The config of `vcdesk kiosk [flags]` (arguments[0] is the program): the file, else the
    /// local sandbox ($VCDESK_AGENT_DESCRIPTION), then the flags over it.
    static Result<KioskConfig> configFrom(const QStringList &arguments);
    static QString usage();
};

} // namespace vcdesk
