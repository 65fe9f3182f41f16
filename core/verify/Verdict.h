#pragma once

#include <QString>

#include <optional>

namespace vcdesk {

/// What vcdesk says of a credential, in the engine, the wallet and every view: valid only when
/// every check passed; not valid when one failed; unverifiable when something could not be
/// checked; unknown for a stored credential never checked. Words and colours for people come
/// from VerdictText, the one place that maps them.
enum class Verdict { Valid, Invalid, Unverifiable, Unknown };

namespace VerdictName {
/// The machine name ("valid", "invalid", "unverifiable", "unknown"): JSON output and storage.
QString of(Verdict verdict);
/// The verdict a machine name stands for; nullopt for anything else.
std::optional<Verdict> parse(const QString &name);
} // namespace VerdictName

} // namespace vcdesk
