#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

/// `vcdesk inspect [--json] [--key JWK_FILE] [--at RFC3339_TIME] INPUT`, and its batch form
/// `vcdesk inspect [--json-lines] INPUT...` for several inputs or folders (InspectBatch).
/// Exit status: 0 valid, 1 invalid, 2 unverifiable, 3 input that cannot be read,
/// 64 wrong usage; for a batch, the worst found (InspectBatch).
class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)
public:
    enum ExitCode { Valid = 0, Invalid = 1, Unverifiable = 2, Unreadable = 3, Usage = 64 };

    static constexpr qsizetype kMaxInputBytes = 16 * 1024 * 1024;

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace vcdesk
