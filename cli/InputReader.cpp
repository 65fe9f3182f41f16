#include "cli/InputReader.h"

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
    // Read up to one byte more than allowed, to tell "exactly at the cap" from "over it".
    // Pipes hand data over in chunks, so keep reading until end of input.
    QByteArray data;
    while (data.size() <= maxBytes) {
        const QByteArray chunk = file.read(maxBytes + 1 - data.size());
        if (chunk.isEmpty()) // end of input (reads on a file or pipe block until data)
            break;
        data += chunk;
    }
    if (data.size() > maxBytes)
        return Error{QStringLiteral("input.too_large"),
                     tr("%1 is larger than %2 MiB")
                         .arg(stdinput ? tr("standard input") : pathOrDash)
                         .arg(maxBytes / (1024 * 1024))};
    return data;
}

} // namespace vcdesk
