#pragma once

#include <QUrl>

namespace vcdesk {

/// Opens a page in the person's own browser from the command line, where QtGui's
/// QDesktopServices is not at hand: the program named by $BROWSER (the first of a
/// colon-separated list, as its convention has it), else xdg-open. Started detached; whether
/// it started is returned, and a caller that must not depend on it prints the address too.
class SystemBrowser
{
public:
    static bool open(const QUrl &url);
};

} // namespace vcdesk
