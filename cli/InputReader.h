#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vcdesk {

/// Reads a command-line input: a file path, or "-" for standard input, up to a size cap.
class InputReader
{
    Q_DECLARE_TR_FUNCTIONS(InputReader)
public:
    static Result<QByteArray> read(const QString &pathOrDash, qsizetype maxBytes);
};

} // namespace vcdesk
