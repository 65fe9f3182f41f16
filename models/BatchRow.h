#pragma once

#include "core/verify/Verdict.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace vcdesk {

/// One input of a batch inspection as the results table shows it: a summary, not the whole
/// inspection (10,000 of those would not fit in a person's memory budget); the single-token
/// view inspects the file again when a row is opened.
struct BatchRow
{
    QString input;        // the file
    bool readable = true; // false: unreadable (the file, or not a token at all)
    Verdict verdict = Verdict::Unknown;
    QString format;
    QString issuer;  // the trust list's name when it has one, else the DID
    QString types;   // comma-separated, without VerifiableCredential
    QString problem; // the first failed check (else the first unknown one), or why
                     // it could not be read; untrusted text: shown escaped
    QDateTime validUntil;
};

} // namespace vcdesk

Q_DECLARE_METATYPE(vcdesk::BatchRow)
