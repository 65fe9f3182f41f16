#pragma once

#include "core/common/Result.h"
#include "core/verify/TrustList.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vcdesk {

/// A trust list file a person picked to import, read as hostile input: at most kMaxBytes,
/// strict JSON in exactly the shape TrustList::save writes ({"issuers": [{"pattern", "name",
/// "added"}]}, no other members), every pattern a DID or a DID pattern TrustList::add accepts
/// and made of DID characters only, every name plain text (no control characters, at most
/// kMaxNameLength characters; bidirectional marks are kept as data), no pattern twice, at most
/// kMaxEntries entries. Each refusal is an Error with a "trust.import_*" code and nothing is
/// merged. Importing merges: new patterns are added with their date, a pattern already listed
/// takes the imported name and keeps its own date, nothing is removed. Exporting is
/// TrustList::save (atomic) to the chosen path.
class TrustListImport
{
    Q_DECLARE_TR_FUNCTIONS(TrustListImport)
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr qsizetype kMaxEntries = 10000;
    static constexpr qsizetype kMaxNameLength = 200;

    /// What a merge did.
    struct Summary
    {
        qsizetype read = 0;    // entries in the file
        qsizetype added = 0;   // new patterns
        qsizetype renamed = 0; // patterns already listed, now with the imported name
    };

    /// The checked entries of the file at `path`.
    static Result<QList<TrustList::Entry>> read(const QString &path);
    /// The checked entries of a file's bytes.
    static Result<QList<TrustList::Entry>> parse(const QByteArray &bytes);
    /// Merges `entries` into `list` as described above; `list` is unchanged on an error
    /// ("trust.import_too_many" when the merged list would exceed kMaxEntries).
    static Result<Summary> merge(TrustList &list, const QList<TrustList::Entry> &entries);
};

} // namespace vcdesk
