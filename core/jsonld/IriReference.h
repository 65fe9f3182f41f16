#pragma once

#include <QString>

namespace vcdesk {

/// IRI references as RFC 3986 section 5.2 resolves them ("the basic algorithm", which JSON-LD
/// requires): strict component parsing, merge, remove_dot_segments, on the text as given (no
/// percent-encoding, case folding or other normalisation, which QUrl would apply).
class IriReference
{
public:
    /// `reference` resolved against `base` (an absolute IRI; when empty, `reference` as is).
    static QString resolve(const QString &reference, const QString &base);
    /// An IRI with a scheme ("urn:x", "https://…"): letters, then letters, digits, + - ., ':'.
    static bool isAbsolute(const QString &value);
    /// Absolute, at most one '#', and none of the characters no IRI may hold (spaces,
    /// < > " { } | \ ^ `).
    static bool isWellFormed(const QString &value);
};

} // namespace vcdesk
