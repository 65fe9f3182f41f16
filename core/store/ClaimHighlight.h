#pragma once

#include <QString>

namespace vcdesk {

/// One claim a credential's card shows under its title: the claim's machine name
/// ("given_name") and its value as one short line of plain text ("Alice"). The card makes the
/// name readable; both are the issuer's words, shown as text, never markup.
struct ClaimHighlight
{
    QString name;
    QString value;

    friend bool operator==(const ClaimHighlight &, const ClaimHighlight &) = default;
};

} // namespace vcdesk
