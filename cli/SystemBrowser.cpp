#include "cli/SystemBrowser.h"

#include <QProcess>
#include <QStandardPaths>

namespace vcdesk {

namespace {

bool start(QStringList command, const QString &url)
{
    if (command.isEmpty())
        return false;
    // "%s" stands for the address (the $BROWSER convention); without it, the address goes last.
    bool placed = false;
    for (QString &part : command)
        if (part.contains(QLatin1String("%s"))) {
            part.replace(QLatin1String("%s"), url);
            placed = true;
        }
    if (!placed)
        command << url;
    const QString program = command.takeFirst();
    // The address is one argument, never a shell string.
    return QProcess::startDetached(program, command);
}

} // namespace

bool SystemBrowser::open(const QUrl &url)
{
    // Only web addresses: nothing else is handed to another program.
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return false;
    const QString address = url.toString(QUrl::FullyEncoded);
    for (const QString &entry : qEnvironmentVariable("BROWSER").split(QLatin1Char(':')))
        if (start(QProcess::splitCommand(entry.trimmed()), address))
            return true;
    for (const char *opener : {"xdg-open", "open"}) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(opener));
        if (!found.isEmpty() && start({found}, address))
            return true;
    }
    return false;
}

} // namespace vcdesk
