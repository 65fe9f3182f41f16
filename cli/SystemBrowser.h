#pragma once

#include <QUrl>

namespace vcdesk {

/// Opens a page in the person's own browser from the command line, where QtGui's
/// QDesktopServices is not at hand: the commands of $BROWSER in turn (a colon-separated list,
/// each a command whose "%s" is the address, as its convention has it), else xdg-open or open.
/// Started detached, the address as one argument; whether one started is returned, and a
/// caller that must not depend on it prints the address too.
class SystemBrowser
{
public:
    static bool open(const QUrl &url);
};

} // namespace vcdesk
