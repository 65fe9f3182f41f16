#pragma once

// Drives the main window as a person would, for the GUI tests: types the passphrase into the
// unlock page and waits until the credentials are shown.

#include "models/CredentialListModel.h"
#include "models/WalletSession.h"
#include "ui/CredentialsPage.h"
#include "ui/MainWindow.h"
#include "ui/UnlockPage.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

namespace vcdesk::test {

/// Types the passphrase into the unlock page and presses Enter; true once the wallet is
/// unlocked (whichever page the window then shows).
inline bool typePassphrase(MainWindow &window, const QString &passphrase = QStringLiteral("pass"))
{
    QSignalSpy unlocked(window.session(), &WalletSession::unlocked);
    auto *field = window.unlockPage()->findChild<QLineEdit *>(QStringLiteral("passphrase"));
    if (!QTest::qWaitFor([field] { return field->isEnabled(); }, 5000))
        return false;
    QTest::keyClicks(field, passphrase);
    QTest::keyClick(field, Qt::Key_Return);
    return unlocked.wait(10000);
}

/// Unlocks `window` through its unlock page and waits for the credentials; false if it did not.
inline bool unlockWindow(MainWindow &window, const QString &passphrase = QStringLiteral("pass"))
{
    if (!typePassphrase(window, passphrase))
        return false;
    return QTest::qWaitFor(
        [&window] {
            return window.credentialsPage() &&
                   window.currentWalletPage() == static_cast<QWidget *>(window.credentialsPage());
        },
        5000);
}

} // namespace vcdesk::test
