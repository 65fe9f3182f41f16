#pragma once

// Inspecting a token whose checks fetch from a TestHttpServer that this very thread serves
// (status lists, schemas): the inspection runs on a worker while this thread keeps answering.

#include "core/verify/CredentialInspector.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace vcdesk::test {

/// The inspection of `token`; a token the inspector cannot read at all stops the test.
inline Inspection inspectWhileServing(const QByteArray &token, const InspectOptions &options)
{
    QFuture<Result<Inspection>> future =
        QtConcurrent::run([&] { return CredentialInspector::inspect(token, options); });
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const Result<Inspection> result = future.result();
    if (!result)
        qFatal("unreadable: %s", qPrintable(result.error().toString()));
    return result.value();
}

} // namespace vcdesk::test
