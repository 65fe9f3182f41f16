#pragma once

#include "core/common/Result.h"
#include "core/verify/InspectOptions.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

/// The batch form of `vcdesk inspect`: several inputs, or folders of them, inspected on all
/// cores (BatchInspector) a chunk at a time, so memory stays flat on a large folder and lines
/// appear as chunks finish. One line per token in input order (or one JSON object per line
/// with --json-lines), then a summary line. A folder stands for its files, with those of its
/// subfolders, sorted by path; hidden files are left out.
///
/// Exit status, the worst found: 1 when any token is not valid, else 3 when any input cannot
/// be read, else 2 when any cannot be verified, else 0.
class InspectBatch
{
    Q_DECLARE_TR_FUNCTIONS(InspectBatch)
public:
    static constexpr int kMaxInputs = 100000;
    static constexpr int kChunk = 64;

    /// The files that `inputs` name (InputFiles, with "-" for standard input).
    static Result<QStringList> expand(const QStringList &inputs);
    static int run(const QStringList &files, const InspectOptions &options, bool jsonLines,
                   qsizetype maxInputBytes, QTextStream &out);
};

} // namespace vcdesk
