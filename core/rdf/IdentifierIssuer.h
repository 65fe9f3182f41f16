#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace vcdesk {

/// RDFC-1.0's identifier issuer (section 4.5): hands out prefix0, prefix1, … to blank node
/// identifiers in the order they are first asked for, and remembers both the mapping and
/// that order. Copied by value where the algorithm copies it.
class IdentifierIssuer
{
public:
    explicit IdentifierIssuer(const QString &prefix)
        : m_prefix(prefix)
    {
    }

    /// The identifier issued for `existing`, issuing the next one when there is none.
    QString issue(const QString &existing)
    {
        auto found = m_issued.constFind(existing);
        if (found != m_issued.constEnd())
            return found.value();
        const QString issued = m_prefix + QString::number(m_order.size());
        m_issued.insert(existing, issued);
        m_order << existing;
        return issued;
    }
    bool has(const QString &existing) const { return m_issued.contains(existing); }
    QString issued(const QString &existing) const { return m_issued.value(existing); }
    /// The identifiers issued for, in the order they were issued.
    const QStringList &order() const { return m_order; }
    const QHash<QString, QString> &map() const { return m_issued; }

private:
    QString m_prefix;
    QHash<QString, QString> m_issued;
    QStringList m_order;
};

} // namespace vcdesk
