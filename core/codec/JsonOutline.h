#pragma once

#include "core/codec/StrictJson.h"

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QVarLengthArray>

#include <optional>

namespace vcdesk {

/// Where every value of a strict JSON text is, without building any of them: the scan that
/// vouches for JsonFastPath records each value's kind, its span and its member name. Read a
/// few members of a large object from it (CredentialParser reads a JWT-VC's registered claims
/// and credential this way) and build only those values; the whole object only when asked.
///
/// Only texts JsonFastPath's scan accepts have an outline (see FastPathScan); any other text
/// has none and must be read by StrictJson. Every value() is what StrictJson::parse() of the
/// whole text holds at that place: scalars are read as Qt's parser reads them, containers are
/// parsed by Qt's parser from their span, which the scan vouched for with the rest.
class JsonOutline
{
public:
    enum class Kind : quint8 { Object, Array, String, PlainString, Integer, True, False, Null };

    struct Node
    {
        Kind kind = Kind::Null;
        // Spans into the text. A member's name is ASCII without escapes (the scan's rule).
        qsizetype nameOffset = 0;
        qsizetype nameSize = 0;
        qsizetype offset = 0;
        qsizetype size = 0;
        int firstChild = -1; // objects and arrays: their first member or element
        int next = -1;       // the next member or element of the same container
    };
    using Nodes = QVarLengthArray<Node, 32>;
    /// A text with more values has no outline (StrictJson reads it): a credential has a few
    /// dozen, and a megabyte of "[0,0,...]" would otherwise cost 48 bytes a value.
    static constexpr qsizetype kMaxNodes = 4096;

    /// The outline of `text`, or nothing when the fast path's scan does not take it (too large
    /// for `limits`, not strict, or outside its subset: StrictJson then decides).
    static std::optional<JsonOutline> of(const QByteArray &text, const JsonLimits &limits = {});

    const QByteArray &text() const { return m_text; }
    static constexpr int root() { return 0; }
    Kind kind(int node) const { return m_nodes[node].kind; }
    bool isObject(int node) const { return node >= 0 && kind(node) == Kind::Object; }

    /// The member `name` of the object `node`, or -1 (also when `node` is no object).
    int member(int node, QLatin1StringView name) const;
    /// The member's name of `node` (empty for an array element or the root).
    QLatin1StringView name(int node) const;
    /// The value at `node` as StrictJson reads it; undefined for -1.
    QJsonValue value(int node) const;
    /// The value's JSON text, exactly as written.
    QByteArrayView span(int node) const;

    /// The members of the object `node`, in order: for (int m = first(n); m >= 0; m = next(m)).
    int first(int node) const { return m_nodes[node].firstChild; }
    int next(int node) const { return m_nodes[node].next; }

private:
    JsonOutline() = default;

    QByteArray m_text; // shared with the caller's, not copied
    Nodes m_nodes;
};

} // namespace vcdesk
