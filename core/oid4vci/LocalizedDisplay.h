#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace vcdesk {

/// The display objects of issuer metadata (the issuer's own, a credential's, a claim's): one
/// per language, each with a name and optionally a logo, a description and colours. All of
/// it is untrusted text, shown escaped. A logo's URI is kept as given (https: or data:);
/// fetching it is the window's business, under the network policy. Colours are kept only
/// when they are plain #rgb or #rrggbb. Codes: the caller's.
class LocalizedDisplay
{
    Q_DECLARE_TR_FUNCTIONS(LocalizedDisplay)
public:
    struct Entry
    {
        QString locale; // BCP 47, "" when not said
        QString name;
        QString description;
        QString logoUri;
        QString logoAltText;
        QString backgroundColor;
        QString textColor;
    };

    static constexpr qsizetype kMaxLogoUri = 512 * 1024; // a data: URI may carry the image

    /// Reads a display array. `nameRequired`: a credential's display must name it. Two
    /// entries for one language are refused, as the specification says.
    static Result<LocalizedDisplay> parse(const QJsonArray &array, const QString &where,
                                          const QString &code, bool nameRequired);

    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<Entry> &entries() const { return m_entries; }
    /// The entry for the first of `languages` it has (exact tag, then the same primary
    /// language), else one without a locale, else the first; an empty entry when there is none.
    Entry pick(const QStringList &languages) const;

private:
    QList<Entry> m_entries;
};

} // namespace vcdesk
