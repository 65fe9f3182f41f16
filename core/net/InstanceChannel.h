#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QObject>

class QLocalServer;
class QLocalSocket;

namespace vcdesk {

/// One vcdesk window per user: the first one listens on a local socket in the user's private
/// runtime folder; a later `vcdesk LINK` (the system's URL handler, a file manager) hands its
/// argument to it and exits, and the running window raises itself and takes the link. The
/// socket is the user's alone (UserAccessOption, in a 0700 folder); what arrives on it is
/// treated exactly like a command-line argument, never as more.
///
/// Wire format: the argument as UTF-8 and a newline (at most kMaxBytes); the answer "ok\n".
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024;

    explicit InstanceChannel(QObject *parent = nullptr);
    ~InstanceChannel() override;

    /// $XDG_RUNTIME_DIR/vcdesk.socket (or the temporary folder's vcdesk-<user>.socket).
    static QString defaultPath();

    /// Becomes the running instance at `path`. A socket file nobody answers on (left by a
    /// crash) is removed first; one that answers is an error ("instance.running").
    Status listen(const QString &path);
    /// Hands `argument` to the instance listening at `path` and waits for its answer, at most
    /// `timeoutMs`. Blocking: only for main() before any window, or a worker thread.
    /// "instance.none" when nobody listens.
    static Status hand(const QString &path, const QString &argument, int timeoutMs = 3000);

signals:
    /// An argument another vcdesk handed over ("" when it was started without one).
    void received(const QString &argument);

private:
    void serve(QLocalSocket *socket);

    QLocalServer *m_server = nullptr;
};

} // namespace vcdesk
