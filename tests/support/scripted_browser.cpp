// `scripted_browser URL`: the person's browser for command-line tests of the sign-in (the
// program $BROWSER names): loads URL, follows the redirects to the wallet's loopback port,
// and exits 0 when it ended on a page, 1 otherwise.

#include "support/ScriptedBrowser.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    vcdesk::test::ScriptedBrowser browser;
    browser.open(QUrl::fromEncoded(argv[1]));
    browser.join();
    return browser.last.status > 0 ? 0 : 1;
}
