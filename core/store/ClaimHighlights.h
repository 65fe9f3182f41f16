#pragma once

#include "core/store/ClaimHighlight.h"

#include <QJsonValue>
#include <QList>

namespace vcdesk {

/// Picks the two or three claims a credential's card shows ("Name: Alice · Degree: BSc") from
/// its subject claims, and keeps them as a short text in the wallet's listing (the index holds
/// listing fields only; the token stays sealed). Names come first (name, given and family
/// name), then the other claims in name order. Only simple values are shown: an object gives
/// its "name" or "value" member or else its first simple one, a list its first simple item;
/// identifiers, types, JSON-LD keywords, SD-JWT internals and long values (pictures, blobs)
/// are skipped. Values are cut to a short line.
class ClaimHighlights
{
public:
    static constexpr qsizetype kMaxClaims = 3;
    static constexpr qsizetype kMaxNameChars = 40;
    static constexpr qsizetype kMaxValueChars = 60;
    /// A longer value is a picture or a blob, not something to read on a card.
    static constexpr qsizetype kMaxSourceChars = 200;

    static QList<ClaimHighlight> pick(const QJsonValue &claims);
    /// The listing column: compact JSON, [["given_name","Alice"],...]; "" for none.
    static QString toStored(const QList<ClaimHighlight> &highlights);
    /// Reads the column back; anything malformed reads as no highlights.
    static QList<ClaimHighlight> fromStored(const QString &stored);
};

} // namespace vcdesk
