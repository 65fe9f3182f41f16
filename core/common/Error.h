#pragma once

#include <QString>

namespace vcdesk {

/// An error that crosses a layer as a value: a stable machine code ("json.duplicate_member")
/// for programs and tests, and a message for people (already translated). Errors from a
/// service also carry the HTTP status and the server's own message, when there was one.
struct Error
{
    QString code;
    QString message;
    int httpStatus = 0;
    QString serverMessage;

    QString toString() const { return message + QStringLiteral(" [") + code + QLatin1Char(']'); }
};

} // namespace vcdesk
