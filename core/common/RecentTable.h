#pragma once

#include <QHash>

#include <utility>

namespace vcdesk {

/// What a costly reading gave for the keys read last: a decoded key, a parsed header or
/// payload, a translated path. For readings that depend on nothing but their key (the same
/// bytes always read the same); callers keep only successes, so what is refused is read, and
/// refused with its message, every time. At most `Capacity` entries, all dropped at once when
/// full: no order is kept (cheaper than least-recently-used, and a workload that overflows it
/// only reads again). Not thread-safe: keep one per thread, or behind a lock.
template<typename Key, typename Value, qsizetype Capacity> class RecentTable
{
public:
    /// The value kept for `key`, or null; valid until the next remember().
    const Value *find(const Key &key) const
    {
        const auto found = m_entries.constFind(key);
        return found == m_entries.constEnd() ? nullptr : &*found;
    }

    void remember(const Key &key, Value value)
    {
        if (m_entries.size() >= Capacity)
            m_entries.clear();
        m_entries.insert(key, std::move(value));
    }

    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }

private:
    QHash<Key, Value> m_entries;
};

} // namespace vcdesk
