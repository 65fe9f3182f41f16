#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vcdesk {

/// Where a command may write a file the person named: never through a symbolic link (even a
/// dangling one), never over an existing file unless they said --force. Writing itself goes
/// through QSaveFile, so the file appears whole or not at all.
class OutputPath
{
    Q_DECLARE_TR_FUNCTIONS(OutputPath)
public:
    /// Errors "output.symlink" and "output.exists".
    static Status check(const QString &path, bool overwrite);
};

} // namespace vcdesk
