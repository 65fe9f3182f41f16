#pragma once

// A WalletSession opened and unlocked for a controller test, and the sentence a console
// action ends with (its succeeded or failed signal), for the operator console's tests.

#include "models/WalletSession.h"

#include <QSignalSpy>
#include <QtTest>

#include <functional>
#include <memory>

namespace vcdesk::test {

/// The wallet at `path` opened read-write and unlocked with `passphrase`; null if it did not.
inline std::unique_ptr<WalletSession> unlockedSession(const QString &path,
                                                      const QByteArray &passphrase = "pass")
{
    auto session = std::make_unique<WalletSession>();
    QSignalSpy unlocked(session.get(), &WalletSession::unlocked);
    QSignalSpy opened(session.get(), &WalletSession::opened);
    session->open(path, Wallet::Access::ReadWrite);
    if (!opened.wait(10000))
        return nullptr;
    session->unlock(passphrase);
    if (!unlocked.wait(10000))
        return nullptr;
    return session;
}

/// Runs `action` on a console (IssuerConsole, HostedWalletConsole, …) and returns the sentence
/// it ended with; `ok` says whether it was succeeded() or failed().
template<typename Console>
QString actionOutcome(Console &console, const std::function<void()> &action, bool *ok)
{
    QSignalSpy succeeded(&console, &Console::succeeded);
    QSignalSpy failed(&console, &Console::failed);
    action();
    if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, 30000))
        return QStringLiteral("(no outcome)");
    *ok = !succeeded.isEmpty();
    return (*ok ? succeeded : failed).first().first().toString();
}

} // namespace vcdesk::test
