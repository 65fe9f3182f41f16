#pragma once

#include "core/common/Result.h"
#include "core/verify/Inspection.h"
#include "core/verify/Verdict.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace vcdesk {

/// One input of a batch inspection as the results table shows it: a summary, not the whole
/// inspection (10,000 of those would not fit in a person's memory budget); the single-token
/// view inspects the file again when a row is opened. Also the one row of a CSV report.
struct BatchRow
{
    QString input;        // the file
    QString sha256;       // of its bytes, hex; empty when it could not be read
    bool readable = true; // false: unreadable (the file, or not a token at all)
    Verdict verdict = Verdict::Unknown;
    QString format;
    QString issuer;  // the trust list's name when it has one, else the DID
    QString types;   // comma-separated, without VerifiableCredential
    QString problem; // the first failed check (else the first unknown one), or why
                     // it could not be read; untrusted text: shown escaped
    QDateTime validUntil;

    /// The row for an input; `token` is empty when the input could not be read.
    static BatchRow of(const QString &input, const QByteArray &token,
                       const Result<Inspection> &inspection);
    /// "valid", "invalid", "unverifiable", "unknown" (VerdictName) or "unreadable".
    QString verdictName() const;
    /// Worst first when sorted ascending (not valid, unreadable, cannot be verified, valid):
    /// what a help desk looks at first, in the table and on the printed report.
    int severity() const;
    /// The columns of a CSV report, and this row's cells (raw: CsvLine escapes them).
    static QStringList csvHeader();
    QStringList csvCells() const;
};

} // namespace vcdesk

Q_DECLARE_METATYPE(vcdesk::BatchRow)
