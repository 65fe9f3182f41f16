#pragma once

#include "core/codec/JsonOutline.h"
#include "core/codec/StrictJson.h"

#include <QByteArrayView>

namespace vcdesk {

/// Decides whether a text may take the fast path: Qt's own parser, which builds the value in
/// one pass instead of one QJsonObject::insert per member (that made StrictJsonParser the
/// largest cost of inspecting a token after the signature). The scan accepts a strict subset
/// of what StrictJsonParser accepts and leaves everything else to it, which then gives the
/// value or the error as before: an object or array at the top, nesting within the limits,
/// ASCII member names without escapes and without duplicates, strings that are valid UTF-8
/// with valid escapes and paired surrogates, and only integer numbers that fit in 64 bits
/// (which both parsers store as the same integer; fractions, exponents and larger integers
/// need StrictJsonParser's exactness rule).
///
/// Given `nodes`, it also records where each value is (JsonOutline), and refuses a text of
/// more than JsonOutline::kMaxNodes values; without, it records nothing and costs no more.
class FastPathScan
{
public:
    FastPathScan(QByteArrayView text, const JsonLimits &limits,
                 JsonOutline::Nodes *nodes = nullptr);

    /// Whether the whole text is in the fast path's subset.
    bool run();

private:
    using Kind = JsonOutline::Kind;

    void skipWhitespace();
    bool value(int depth, QByteArrayView name);
    bool scanValue(int depth, int node, Kind &kind);
    bool literal(const char *word);
    bool integer();
    bool string(QByteArrayView *asciiName, bool *plain = nullptr);
    bool hex4(char32_t &out);
    bool escape();
    bool utf8();
    bool object(int depth, int node);
    bool array(int depth, int node);
    enum class ItemEnd { Next, Closed, Bad };
    /// After a member or an element: a comma (passed, another follows), `close` (passed, the
    /// container ends), or anything else.
    ItemEnd itemEnd(unsigned char close);
    /// Links `child` after `previous` in the container `node` (when recording).
    void link(int node, int previous, int child);

    const unsigned char *m_begin;
    const unsigned char *m_p;
    const unsigned char *m_end;
    int m_maxDepth;
    const JsonLimits &m_limits;
    JsonOutline::Nodes *m_nodes;
};

} // namespace vcdesk
