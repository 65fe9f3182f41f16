#include "core/did/DidUrl.h"

#include "core/common/RecentTable.h"

#include <algorithm>

namespace vcdesk {

namespace {

// DID URLs this thread parsed recently, by their text, and where the DID ends in texts
// didOf() read. A batch reads the same few issuers' DIDs and key ids in every token, and
// scanning a did:key key id (about 110 characters) with the copies of its parts was ~3,000
// instructions per token; a lookup here is a tenth of that. Both depend on nothing but the
// text, and only texts that are DID URLs are kept (one that is not is refused with its
// message every time). didOf() keeps only a position, so the one-off DIDs it is also asked
// (every presentation's holder) cost an entry, never a parse. Per thread: no lock.
constexpr qsizetype kMaxRecentUrlLength = 512;
thread_local RecentTable<QString, DidUrl, 128> t_recentUrls;
thread_local RecentTable<QString, qsizetype, 128> t_recentDidEnds;

bool isIdChar(char16_t u)
{
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' ||
           u == '-' || u == '_';
}

bool isHex(char16_t u)
{
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

Error invalid(const QString &why)
{
    return Error{QStringLiteral("did.syntax"), DidUrl::tr("not a valid DID: %1").arg(why)};
}

} // namespace

bool DidUrl::isDidPrefix(QStringView text)
{
    if (text.size() > kMaxLength || !text.startsWith(QLatin1String("did:")))
        return false;
    const qsizetype methodEnd = text.indexOf(QLatin1Char(':'), 4);
    if (methodEnd <= 4)
        return false;
    for (const QChar c : text.sliced(4, methodEnd - 4))
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    return std::all_of(text.begin() + methodEnd, text.end(),
                       [](QChar c) { return isIdChar(c.unicode()) || c == u':' || c == u'%'; });
}

Result<DidUrl> DidUrl::parse(const QString &text)
{
    const bool remember = text.size() <= kMaxRecentUrlLength;
    if (const DidUrl *recent = remember ? t_recentUrls.find(text) : nullptr)
        return *recent;
    DidUrl url;
    if (auto read = scan(text, &url); !read)
        return read.error();
    if (remember)
        t_recentUrls.remember(text, url);
    return url;
}

QString DidUrl::didOf(const QString &text)
{
    // Only where the DID ends: a bare DID (an issuer, usually) costs no allocation.
    const bool remember = text.size() <= kMaxRecentUrlLength;
    if (const qsizetype *end = remember ? t_recentDidEnds.find(text) : nullptr)
        return text.left(*end);
    auto end = scan(text, nullptr);
    if (!end)
        return QString();
    if (remember)
        t_recentDidEnds.remember(text, end.value());
    return text.left(end.value());
}

QString DidUrl::identityOf(const QString &issuer)
{
    const QString did = didOf(issuer);
    return did.isEmpty() ? issuer : did;
}

Result<qsizetype> DidUrl::scan(const QString &text, DidUrl *url)
{
    if (text.size() > kMaxLength)
        return invalid(tr("longer than %1 characters").arg(kMaxLength));
    if (!text.startsWith(QLatin1String("did:")))
        return invalid(tr("it does not start with \"did:\""));
    // Read through a plain pointer: every token's issuer and key id pass here, and in an
    // unoptimized (Debug) build QString::operator[] and the QChar comparisons are calls per
    // character. `s` is valid while `text` is, which outlives this function.
    const char16_t *const s = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    qsizetype i = 4;
    const qsizetype methodStart = i;
    while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
        ++i;
    if (i == methodStart || i >= n || s[i] != ':')
        return invalid(tr("the method name must be lowercase letters and digits followed by ':'"));
    const qsizetype methodEnd = i;
    ++i;
    const qsizetype idStart = i;
    while (i < n) {
        const char16_t c = s[i];
        if (isIdChar(c) || c == ':') {
            ++i;
        } else if (c == '%') {
            if (i + 2 >= n || !isHex(s[i + 1]) || !isHex(s[i + 2]))
                return invalid(tr("bad percent-encoding at position %1").arg(i));
            i += 3;
        } else {
            break;
        }
    }
    if (i == idStart || s[i - 1] == ':')
        return invalid(tr("the method-specific id is empty or ends with ':'"));
    const qsizetype didEnd = i;

    const qsizetype pathEnd = [&] {
        qsizetype q = text.indexOf(QLatin1Char('?'), i);
        qsizetype f = text.indexOf(QLatin1Char('#'), i);
        if (q < 0)
            q = n;
        if (f < 0)
            f = n;
        return std::min(q, f);
    }();
    if (i < n && s[i] != '/' && s[i] != '?' && s[i] != '#')
        return invalid(tr("unexpected character '%1' at position %2").arg(text[i]).arg(i));
    const qsizetype pathStart = i;
    i = pathEnd;
    qsizetype queryStart = -1, queryEnd = -1, fragmentStart = -1;
    if (i < n && s[i] == '?') {
        const qsizetype f = text.indexOf(QLatin1Char('#'), i);
        queryStart = i + 1;
        queryEnd = f < 0 ? n : f;
        i = queryEnd;
    }
    if (i < n && s[i] == '#')
        fragmentStart = i + 1;
    for (qsizetype k = 0; k < n; ++k) {
        if (s[k] <= 0x20 || s[k] >= 0x7f)
            return invalid(tr("it contains spaces, control or non-ASCII characters"));
    }
    if (url) {
        url->m_method = text.mid(methodStart, methodEnd - methodStart);
        url->m_methodSpecificId = text.mid(idStart, didEnd - idStart);
        url->m_did = text.left(didEnd);
        url->m_path = text.mid(pathStart, pathEnd - pathStart);
        url->m_hasQuery = queryStart >= 0;
        if (url->m_hasQuery)
            url->m_query = text.mid(queryStart, queryEnd - queryStart);
        url->m_hasFragment = fragmentStart >= 0;
        if (url->m_hasFragment)
            url->m_fragment = text.mid(fragmentStart);
    }
    return didEnd;
}

QString DidUrl::toString() const
{
    QString out = m_did + m_path;
    if (m_hasQuery)
        out += QLatin1Char('?') + m_query;
    if (m_hasFragment)
        out += QLatin1Char('#') + m_fragment;
    return out;
}

} // namespace vcdesk
