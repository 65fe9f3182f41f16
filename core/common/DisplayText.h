#pragma once

#include <QString>

namespace vcdesk {

/// Text from a token, a verifier or a service, made safe to show: control characters (C0,
/// DEL, C1: newlines, escape sequences), bidirectional overrides and isolates, invisible
/// format characters, line and paragraph separators and unpaired surrogates are replaced by
/// visible escapes such as "\u001b", so untrusted text can neither start a new line, move the
/// cursor, recolour or hide output, nor reorder what the reader sees. A backslash is written
/// twice, so a literal "\u001b" in the text cannot pass for an escape.
class DisplayText
{
public:
    /// Escapes as described; optionally shortens to `maxChars` characters (with "…").
    static QString escape(const QString &untrusted, qsizetype maxChars = -1);
    /// For a sentence vcdesk wrote itself with its untrusted parts already escape()d (an
    /// outcome kept in the operations history): a sentence with nothing left to escape is
    /// shown as it is, so the backslashes escape() wrote are not doubled again; anything else
    /// is escape()d in full.
    static QString escapeSentence(const QString &sentence, qsizetype maxChars = -1);
    /// For a tooltip or any rich-text label: escape() and then HTML-escaped, marked as rich
    /// text so Qt never guesses, so markup in untrusted text ("<img src=…>") shows as text.
    static QString toolTip(const QString &untrusted);
    /// toolTip() for a sentence as escapeSentence() takes it.
    static QString sentenceToolTip(const QString &sentence);
    /// JSON text (UTF-8) with the same characters written as \uXXXX escapes: the same JSON
    /// value, safe on a terminal (Qt's writer escapes only what is below U+0020).
    static QByteArray escapeJson(const QByteArray &json);
    /// True if `c` would be escaped.
    static bool needsEscape(char32_t c);
};

} // namespace vcdesk
