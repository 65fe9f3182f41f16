#pragma once

#include <QByteArray>
#include <QString>

namespace vcdesk {

/// What a service says in an error body: its message, and the status it puts in the body
/// (some servers answer 500 with the real status inside). Reads the shapes the seeds use:
/// {"message"}, {"error"}, {"error_description"}, {"detail"}, {"errors": {"message", "status"}},
/// {"status" | "statusCode"}.
struct ServerErrorBody
{
    QString message;
    int status = 0;

    static ServerErrorBody read(const QByteArray &body);
};

} // namespace vcdesk
