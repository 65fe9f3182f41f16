#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace vcdesk {

/// The files a person's list of inputs stands for, for batch inspection (the command line and
/// the console alike): a file as it is; a folder as its regular files and those of its
/// subfolders (a link to a file too), sorted by path, hidden ones left out. A FIFO or a device
/// is never listed: it would block a batch or read forever. Reads folders: a worker thread.
///
/// Errors: a path that does not exist ("input.unreadable"), a folder with no file to inspect
/// ("input.empty_folder"), more than `maxInputs` in all ("input.too_many").
class InputFiles
{
    Q_DECLARE_TR_FUNCTIONS(InputFiles)
public:
    static constexpr int kMaxInputs = 100000;

    /// `dash`: "-" (standard input) is passed through as it is, for the command line.
    static Result<QStringList> expand(const QStringList &inputs, bool dash = false,
                                      int maxInputs = kMaxInputs);
};

} // namespace vcdesk
