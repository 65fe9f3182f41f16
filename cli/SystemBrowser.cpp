#include "cli/SystemBrowser.h"

#include <QProcess>
#include <QStandardPaths>

namespace vcdesk {

bool SystemBrowser::open(const QUrl &url)
{
    // Only web addresses: nothing else is handed to another program.
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return false;
    QString program = qEnvironmentVariable("BROWSER").section(QLatin1Char(':'), 0, 0).trimmed();
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    if (program.isEmpty())
        return false;
    // The URL is one argument, never a shell string.
    return QProcess::startDetached(program, {url.toString(QUrl::FullyEncoded)});
}

} // namespace vcdesk
