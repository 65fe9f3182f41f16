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
    DidUrl url;
    url.m_method = text.mid(methodStart, i - methodStart);
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
    url.m_methodSpecificId = text.mid(idStart, i - idStart);
    if (url.m_methodSpecificId.isEmpty() || url.m_methodSpecificId.endsWith(QLatin1Char(':')))
        return invalid(tr("the method-specific id is empty or ends with ':'"));
    url.m_did = text.left(i);

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
    url.m_path = text.mid(i, pathEnd - i);
    i = pathEnd;
    if (i < text.size() && text[i] == QLatin1Char('?')) {
        const qsizetype f = text.indexOf(QLatin1Char('#'), i);
        const qsizetype end = f < 0 ? text.size() : f;
        url.m_query = text.mid(i + 1, end - i - 1);
        url.m_hasQuery = true;
        i = end;
    }
    if (i < text.size() && text[i] == QLatin1Char('#')) {
        url.m_fragment = text.mid(i + 1);
        url.m_hasFragment = true;
    }
    for (QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return invalid(tr("it contains spaces, control or non-ASCII characters"));
    }
    return url;
}

QString DidUrl::didOf(const QString &text)
{
    auto url = parse(text);
    return url ? url->did() : QString();
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
