#include "core/did/DidUrl.h"

namespace vcdesk {

namespace {

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' ||
           u == '-' || u == '_';
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

Error invalid(const QString &why)
{
    return Error{QStringLiteral("did.syntax"), DidUrl::tr("not a valid DID: %1").arg(why)};
}

} // namespace

Result<DidUrl> DidUrl::parse(const QString &text)
{
    DidUrl url;
    if (auto read = scan(text, &url); !read)
        return read.error();
    return url;
}

QString DidUrl::didOf(const QString &text)
{
    // Only where the DID ends: a bare DID (an issuer, usually) costs no allocation.
    auto end = scan(text, nullptr);
    return end ? text.left(end.value()) : QString();
}

Result<qsizetype> DidUrl::scan(const QString &text, DidUrl *url)
{
    if (text.size() > kMaxLength)
        return invalid(tr("longer than %1 characters").arg(kMaxLength));
    if (!text.startsWith(QLatin1String("did:")))
        return invalid(tr("it does not start with \"did:\""));
    qsizetype i = 4;
    const qsizetype methodStart = i;
    while (i < text.size() && ((text[i] >= QLatin1Char('a') && text[i] <= QLatin1Char('z')) ||
                               (text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9'))))
        ++i;
    if (i == methodStart || i >= text.size() || text[i] != QLatin1Char(':'))
        return invalid(tr("the method name must be lowercase letters and digits followed by ':'"));
    const qsizetype methodEnd = i;
    ++i;
    const qsizetype idStart = i;
    while (i < text.size()) {
        const QChar c = text[i];
        if (isIdChar(c) || c == QLatin1Char(':')) {
            ++i;
        } else if (c == QLatin1Char('%')) {
            if (i + 2 >= text.size() || !isHex(text[i + 1]) || !isHex(text[i + 2]))
                return invalid(tr("bad percent-encoding at position %1").arg(i));
            i += 3;
        } else {
            break;
        }
    }
    if (i == idStart || text[i - 1] == QLatin1Char(':'))
        return invalid(tr("the method-specific id is empty or ends with ':'"));
    const qsizetype didEnd = i;

    const qsizetype pathEnd = [&] {
        qsizetype q = text.indexOf(QLatin1Char('?'), i);
        qsizetype f = text.indexOf(QLatin1Char('#'), i);
        if (q < 0)
            q = text.size();
        if (f < 0)
            f = text.size();
        return std::min(q, f);
    }();
    if (i < text.size() && text[i] != QLatin1Char('/') && text[i] != QLatin1Char('?') &&
        text[i] != QLatin1Char('#'))
        return invalid(tr("unexpected character '%1' at position %2").arg(text[i]).arg(i));
    const qsizetype pathStart = i;
    i = pathEnd;
    qsizetype queryStart = -1, queryEnd = -1, fragmentStart = -1;
    if (i < text.size() && text[i] == QLatin1Char('?')) {
        const qsizetype f = text.indexOf(QLatin1Char('#'), i);
        queryStart = i + 1;
        queryEnd = f < 0 ? text.size() : f;
        i = queryEnd;
    }
    if (i < text.size() && text[i] == QLatin1Char('#'))
        fragmentStart = i + 1;
    for (QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
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
