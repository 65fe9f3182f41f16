#include "core/rdf/NQuads.h"

#include <QStringDecoder>

namespace vcdesk {

namespace {

/// Reads one line of N-Quads; every error names what was expected where.
class LineReader
{
public:
    LineReader(QStringView line, int number)
        : m_text(line)
        , m_line(number)
    {
    }

    Result<std::optional<RdfQuad>> statement()
    {
        skipSpace();
        if (atEnd() || peek() == u'#')
            return std::optional<RdfQuad>();
        RdfQuad quad;
        auto subject = subjectOrGraph(QStringLiteral("subject"));
        if (!subject)
            return subject.error();
        quad.subject = subject.value();
        skipSpace();
        auto predicate = iri();
        if (!predicate)
            return predicate.error();
        quad.predicate = predicate.value();
        skipSpace();
        auto object = objectTerm();
        if (!object)
            return object.error();
        quad.object = object.value();
        skipSpace();
        if (!atEnd() && peek() != u'.') {
            auto graph = subjectOrGraph(QStringLiteral("graph name"));
            if (!graph)
                return graph.error();
            quad.graph = graph.value();
            skipSpace();
        }
        if (atEnd() || peek() != u'.')
            return fail(NQuads::tr("a statement ends with \".\""));
        ++m_at;
        skipSpace();
        if (!atEnd() && peek() != u'#')
            return fail(NQuads::tr("nothing may follow \".\" but a comment"));
        return std::optional<RdfQuad>(quad);
    }

private:
    bool atEnd() const { return m_at >= m_text.size(); }
    QChar peek() const { return m_text.at(m_at); }
    void skipSpace()
    {
        while (!atEnd() && (peek() == u' ' || peek() == u'\t'))
            ++m_at;
    }
    Error fail(const QString &why) const
    {
        return Error{
            QStringLiteral("rdf.nquads_syntax"),
            NQuads::tr("N-Quads line %1, column %2: %3").arg(m_line).arg(m_at + 1).arg(why)};
    }

    Result<RdfTerm> subjectOrGraph(const QString &what)
    {
        if (atEnd())
            return fail(NQuads::tr("a %1 is missing").arg(what));
        if (peek() == u'<')
            return iri();
        if (peek() == u'_')
            return blankNode();
        return fail(NQuads::tr("a %1 is an IRI or a blank node").arg(what));
    }

    Result<RdfTerm> objectTerm()
    {
        if (atEnd())
            return fail(NQuads::tr("an object is missing"));
        if (peek() == u'"')
            return literal();
        return subjectOrGraph(QStringLiteral("object"));
    }

    Result<RdfTerm> iri()
    {
        if (atEnd() || peek() != u'<')
            return fail(NQuads::tr("an IRI starts with \"<\""));
        ++m_at;
        QString value;
        while (!atEnd() && peek() != u'>') {
            const QChar c = peek();
            if (c == u'\\') {
                auto escaped = unicodeEscape();
                if (!escaped)
                    return escaped.error();
                // An escape names a character, not a way around what no IRI may hold.
                const QString character = escaped.value();
                if (character.size() == 1 && (character.at(0).unicode() <= 0x20 ||
                                              QStringLiteral("<>\"{}|^`\\").contains(character)))
                    return fail(NQuads::tr("an IRI may not hold U+%1")
                                    .arg(character.at(0).unicode(), 4, 16, QLatin1Char('0')));
                value += character;
                continue;
            }
            if (c.unicode() <= 0x20 || QStringLiteral("<\"{}|^`").contains(c))
                return fail(NQuads::tr("an IRI may not hold U+%1")
                                .arg(c.unicode(), 4, 16, QLatin1Char('0')));
            value += c;
            ++m_at;
        }
        if (atEnd())
            return fail(NQuads::tr("an IRI ends with \">\""));
        ++m_at;
        // Absolute IRIs only: a scheme, then ':'.
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (colon < 1 || !value.at(0).isLetter())
            return fail(NQuads::tr("the IRI <%1> is not absolute").arg(value.left(80)));
        return RdfTerm::iri(value);
    }

    Result<RdfTerm> blankNode()
    {
        if (m_text.mid(m_at, 2) != u"_:")
            return fail(NQuads::tr("a blank node starts with \"_:\""));
        m_at += 2;
        const qsizetype start = m_at;
        while (!atEnd()) {
            const QChar c = peek();
            const bool name = c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' ||
                              c.unicode() == 0xB7 || c.unicode() >= 0x80;
            if (!name)
                break;
            ++m_at;
        }
        while (m_at > start && m_text.at(m_at - 1) == u'.') // a label never ends with '.'
            --m_at;
        if (m_at == start || m_text.at(start) == u'-' || m_text.at(start) == u'.')
            return fail(NQuads::tr("a blank node needs a label"));
        return RdfTerm::blank(m_text.mid(start, m_at - start).toString());
    }

    Result<RdfTerm> literal()
    {
        ++m_at; // the opening quote
        QString value;
        while (true) {
            if (atEnd())
                return fail(NQuads::tr("a literal ends with '\"'"));
            const QChar c = peek();
            if (c == u'"')
                break;
            if (c == u'\n' || c == u'\r')
                return fail(NQuads::tr("a literal may not hold a line break"));
            if (c != u'\\') {
                value += c;
                ++m_at;
                continue;
            }
            if (m_at + 1 >= m_text.size())
                return fail(NQuads::tr("a literal ends with '\"'"));
            const QChar next = m_text.at(m_at + 1);
            static const QString plain = QStringLiteral("tbnrf\"'\\");
            static const QString meant = QStringLiteral("\t\b\n\r\f\"'\\");
            if (const qsizetype i = plain.indexOf(next); i >= 0) {
                value += meant.at(i);
                m_at += 2;
                continue;
            }
            auto escaped = unicodeEscape();
            if (!escaped)
                return escaped.error();
            value += escaped.value();
        }
        ++m_at; // the closing quote
        if (!atEnd() && peek() == u'@') {
            // LANGTAG: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
            ++m_at;
            const qsizetype start = m_at;
            const auto isAscii = [](QChar c, bool digits) {
                return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                       (digits && c >= u'0' && c <= u'9');
            };
            while (!atEnd() && isAscii(peek(), false))
                ++m_at;
            if (m_at == start)
                return fail(NQuads::tr("a language tag starts with a letter"));
            while (m_at + 1 < m_text.size() && peek() == u'-' &&
                   isAscii(m_text.at(m_at + 1), true)) {
                ++m_at;
                while (!atEnd() && isAscii(peek(), true))
                    ++m_at;
            }
            return RdfTerm::literal(value, {}, m_text.mid(start, m_at - start).toString());
        }
        if (m_text.mid(m_at, 2) == u"^^") {
            m_at += 2;
            auto datatype = iri();
            if (!datatype)
                return datatype.error();
            return RdfTerm::literal(value, datatype->value);
        }
        return RdfTerm::literal(value);
    }

    /// \uXXXX or \UXXXXXXXX at m_at: the character it stands for.
    Result<QString> unicodeEscape()
    {
        const QChar kind = m_at + 1 < m_text.size() ? m_text.at(m_at + 1) : QChar();
        const int digits = kind == u'u' ? 4 : kind == u'U' ? 8 : 0;
        if (digits == 0 || m_at + 2 + digits > m_text.size())
            return fail(NQuads::tr("not an escape N-Quads knows"));
        bool ok = false;
        const uint code = m_text.mid(m_at + 2, digits).toUInt(&ok, 16);
        for (QChar digit : m_text.mid(m_at + 2, digits))
            if (!isxdigit(digit.toLatin1()))
                ok = false;
        if (!ok || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return fail(NQuads::tr("the escape does not name a character"));
        m_at += 2 + digits;
        const char32_t character = code;
        return QString::fromUcs4(&character, 1);
    }

    QStringView m_text;
    int m_line;
    qsizetype m_at = 0;
};

void appendEscaped(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        switch (c) {
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\r':
            out += "\\r";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            if (c < 0x20 || c == 0x7F)
                out += "\\u" + QByteArray::number(c, 16).toUpper().rightJustified(4, '0');
            else
                out += byte;
        }
    }
}

} // namespace

Result<QList<RdfQuad>> NQuads::parse(QByteArrayView document)
{
    QList<RdfQuad> quads;
    int number = 0;
    for (qsizetype from = 0; from <= document.size();) {
        qsizetype end = document.indexOf('\n', from);
        if (end < 0)
            end = document.size();
        const QByteArrayView bytes = document.sliced(from, end - from);
        from = end + 1;
        ++number;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString line = decoder.decode(bytes);
        if (decoder.hasError())
            return Error{QStringLiteral("rdf.nquads_syntax"),
                         tr("N-Quads line %1 is not UTF-8").arg(number)};
        if (line.endsWith(u'\r'))
            line.chop(1);
        auto statement = LineReader(line, number).statement();
        if (!statement)
            return statement.error();
        if (!statement->has_value())
            continue;
        if (quads.size() >= kMaxQuads)
            return Error{QStringLiteral("rdf.too_large"),
                         tr("more than %1 statements").arg(kMaxQuads)};
        quads << **statement;
    }
    return quads;
}

QByteArray NQuads::term(const RdfTerm &term)
{
    QByteArray out;
    switch (term.kind) {
    case RdfTerm::Kind::Iri:
        return '<' + term.value.toUtf8() + '>';
    case RdfTerm::Kind::BlankNode:
        return "_:" + term.value.toUtf8();
    case RdfTerm::Kind::Literal:
        out += '"';
        appendEscaped(out, term.value);
        out += '"';
        if (!term.language.isEmpty())
            out += '@' + term.language.toUtf8();
        else if (term.datatype != QLatin1String(RdfTerm::kXsdString))
            out += "^^<" + term.datatype.toUtf8() + '>';
        return out;
    case RdfTerm::Kind::DefaultGraph:
        break;
    }
    return out;
}

QByteArray NQuads::quad(const RdfQuad &quad)
{
    QByteArray out = term(quad.subject) + ' ' + term(quad.predicate) + ' ' + term(quad.object);
    if (quad.graph.kind != RdfTerm::Kind::DefaultGraph)
        out += ' ' + term(quad.graph);
    return out + " .\n";
}

QByteArray NQuads::serialize(const QList<RdfQuad> &quads)
{
    QByteArray out;
    for (const RdfQuad &each : quads)
        out += quad(each);
    return out;
}

} // namespace vcdesk
