#pragma once

#include <QByteArray>
#include <QStringList>

namespace vcdesk {

/// One line of a CSV file (RFC 4180, UTF-8, CRLF) whose cells may come from a hostile token.
/// Each cell is escaped as DisplayText does (no control characters, no bidi overrides), quoted
/// when it holds a comma, a quote or a space, and a cell that a spreadsheet would run as a
/// formula (starting with = + - @ or a tab) gets a leading apostrophe, the OWASP advice for
/// CSV injection, so "=HYPERLINK(…)" in a claim stays text.
class CsvLine
{
public:
    static QByteArray of(const QStringList &cells);
    static QString cell(const QString &untrusted);
};

} // namespace vcdesk
