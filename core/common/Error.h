#pragma once

#include <QString>

namespace vcdesk {

/// An error that crosses a layer as a value: a stable machine code ("json.duplicate_member")
/// for programs and tests, and a message for people (already translated).
struct Error
{
    QString code;
    QString message;

    QString toString() const { return message + QStringLiteral(" [") + code + QLatin1Char(']'); }
};

} // namespace vcdesk
