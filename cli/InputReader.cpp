#include "cli/InputReader.h"

#include "core/common/BoundedRead.h"

#include <QFile>

#include <cstdio>

namespace vcdesk {

Result<QByteArray> InputReader::read(const QString &pathOrDash, qsizetype maxBytes)
{
    QFile file;
    const bool stdinput = pathOrDash == QLatin1String("-");
    const bool opened = stdinput ? file.open(stdin, QIODevice::ReadOnly)
                                 : (file.setFileName(pathOrDash), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error{QStringLiteral("input.unreadable"),
                     tr("cannot open %1: %2")
                         .arg(stdinput ? tr("standard input") : pathOrDash, file.errorString())};
    // One byte more than allowed tells "exactly at the cap" from "over it"; pipes are read
    // to their end.
    const QByteArray data = BoundedRead::upTo(file, maxBytes);
    if (data.size() > maxBytes)
        return Error{QStringLiteral("input.too_large"),
                     tr("%1 is larger than %2 MiB")
                         .arg(stdinput ? tr("standard input") : pathOrDash)
                         .arg(maxBytes / (1024 * 1024))};
    return data;
}

} // namespace vcdesk
