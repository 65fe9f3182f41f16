#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vcdesk {

/// The operator's own list of trusted issuers: DIDs, or DID patterns ending in '*'
/// ("did:web:example.com*"), each with a name shown next to the issuer. A pattern names more
/// than a method: "did:key:*" (anyone) is refused. Stored as JSON in
/// the app's data folder, written atomically; a damaged file is an error, never an empty list.
class TrustList
{
    Q_DECLARE_TR_FUNCTIONS(TrustList)
public:
    struct Entry
    {
        QString pattern;
        QString name;
        QDateTime added;
    };

    static Result<TrustList> load(const QString &path); // a missing file is an empty list
    /// For a list the person named: a missing file is an error ("trust.missing").
    static Result<TrustList> loadExisting(const QString &path);
    Status save(const QString &path) const;
    static QString defaultPath();

    /// Adds an entry (added `added`, or now when that is invalid); an entry with the same
    /// pattern takes the new name and keeps its date.
    Status add(const QString &pattern, const QString &name, const QDateTime &added = {});
    bool remove(const QString &pattern);
    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// The entry for a DID: an exact entry first, else the longest matching pattern.
    std::optional<Entry> match(const QString &did) const;

private:
    QList<Entry> m_entries;
};

} // namespace vcdesk
