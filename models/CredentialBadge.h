#pragma once

#include "core/store/CredentialRecord.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace vcdesk {

/// The badge on a credential's card, what a person reads first: "Revoked" or "Suspended" when
/// a status list says so, "Expired" once its validity has ended, else its verdict ("Valid",
/// "Not valid", ...). The card draws it and the list says it to screen readers: one place decides.
struct CredentialBadge
{
    Q_DECLARE_TR_FUNCTIONS(CredentialBadge)

public:
    QString text;
    QColor colour;  // with enough contrast for white text on it
    QString symbol; // before the text, so the badge never rests on colour alone (VerdictText)

    static CredentialBadge of(const CredentialRecord &record);
};

} // namespace vcdesk
