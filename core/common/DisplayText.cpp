#include "core/common/DisplayText.h"

#include <QList>

#include <algorithm>

namespace vcdesk {

bool DisplayText::needsEscape(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true; // C0, DEL, C1 (0x9b is a one-byte CSI on some terminals)
    switch (c) {
    case 0x00ad: // soft hyphen
    case 0x034f: // combining grapheme joiner
    case 0x115f: // Hangul fillers
    case 0x1160:
    case 0x3164:
    case 0xffa0:
    case 0x17b4: // Khmer inherent vowels
    case 0x17b5:
    case 0x061c: // Arabic letter mark
    case 0x180e: // Mongolian vowel separator
    case 0x200b: // zero width space, non-joiner, joiner, LRM, RLM
    case 0x200c:
    case 0x200d:
    case 0x200e:
    case 0x200f:
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0xfeff: // zero width no-break space
        return true;
    default:
        break;
    }
    return (c >= 0x202a && c <= 0x202e) ||   // bidirectional embeddings and overrides
           (c >= 0x180b && c <= 0x180f) ||   // Mongolian variation selectors
           (c >= 0xfe00 && c <= 0xfe0f) ||   // variation selectors
           (c >= 0xe0100 && c <= 0xe01ef) || // variation selectors supplement
           (c >= 0x2060 && c <= 0x206f) ||   // word joiner, invisible operators, isolates
           (c >= 0xfff9 && c <= 0xfffb) ||   // interlinear annotation
           (c >= 0xd800 && c <= 0xdfff) ||   // an unpaired surrogate
           (c >= 0xe0000 && c <= 0xe007f);   // tag characters
}

namespace {

/// escape() with the choice of writing a backslash twice.
QString escaped(const QString &untrusted, qsizetype maxChars, bool doubleBackslashes)
{
    QString out;
    out.reserve(untrusted.size());
    qsizetype shown = 0;
    for (qsizetype i = 0; i < untrusted.size(); ++i) {
        if (maxChars >= 0 && shown >= maxChars) {
            out += QChar(0x2026);
            break;
        }
        char32_t c = untrusted.at(i).unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < untrusted.size() &&
            untrusted.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(untrusted.at(i), untrusted.at(i + 1));
            units = 2;
        }
        if (c == '\\' && doubleBackslashes)
            out += QStringLiteral("\\\\");
        else if (DisplayText::needsEscape(c))
            out += c > 0xffff ? QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'))
                              : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += untrusted.mid(i, units);
        i += units - 1;
        ++shown;
    }
    return out;
}

bool anythingToEscape(const QString &text)
{
    // Decides only whether backslashes are doubled: escaped() still escapes every unit that
    // needs it (an unpaired surrogate, which toUcs4() turns into U+FFFD, among them).
    const QList<uint> points = text.toUcs4();
    return std::any_of(points.cbegin(), points.cend(),
                       [](uint c) { return DisplayText::needsEscape(char32_t(c)); });
}

QString asRichText(const QString &safe)
{
    return QStringLiteral("<qt>") + safe.toHtmlEscaped() + QStringLiteral("</qt>");
}

} // namespace

QString DisplayText::escape(const QString &untrusted, qsizetype maxChars)
{
    return escaped(untrusted, maxChars, true);
}

QString DisplayText::escapeSentence(const QString &sentence, qsizetype maxChars)
{
    return escaped(sentence, maxChars, anythingToEscape(sentence));
}

QString DisplayText::toolTip(const QString &untrusted)
{
    return asRichText(escape(untrusted));
}

QString DisplayText::sentenceToolTip(const QString &sentence)
{
    return asRichText(escapeSentence(sentence));
}

QByteArray DisplayText::escapeJson(const QByteArray &json)
{
    // Printable ASCII, newlines and tabs need nothing: the common case (a batch report writes
    // one line per token) returns at once instead of rebuilding the text a character at a time.
    const bool plain = std::all_of(json.cbegin(), json.cend(), [](char ch) {
        const auto byte = uchar(ch);
        return (byte >= 0x20 && byte < 0x7f) || byte == '\n' || byte == '\t';
    });
    if (plain)
        return json;
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        char32_t c = unit.unicode();
        qsizetype units = 1;
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(unit, text.at(i + 1));
            units = 2;
        }
        // Newlines and tabs between tokens are the writer's own layout.
        if (c != '\n' && c != '\t' && needsEscape(c)) {
            for (qsizetype k = 0; k < units; ++k)
                out += QStringLiteral("\\u%1").arg(uint(text.at(i + k).unicode()), 4, 16,
                                                   QLatin1Char('0'));
        } else {
            out += unit;
            if (units == 2)
                out += text.at(i + 1);
        }
        i += units - 1;
    }
    return out.toUtf8();
}

} // namespace vcdesk
