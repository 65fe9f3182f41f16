#include "core/codec/FormUrlEncoding.h"

#include "core/codec/HexDigit.h"

#include <QStringDecoder>

namespace vcdesk {

Result<QString> FormUrlEncoding::decodeComponent(QByteArrayView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            bytes += ' ';
            continue;
        }
        if (c != '%') {
            bytes += c;
            continue;
        }
        const int high =
            i + 1 < text.size() ? hexDigitValue(static_cast<unsigned char>(text[i + 1])) : -1;
        const int low =
            i + 2 < text.size() ? hexDigitValue(static_cast<unsigned char>(text[i + 2])) : -1;
        if (high < 0 || low < 0)
            return Error{QStringLiteral("codec.form_escape"),
                         tr("a '%' is not followed by two hexadecimal digits")};
        bytes += char(high * 16 + low);
        i += 2;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8(bytes);
    if (utf8.hasError())
        return Error{QStringLiteral("codec.form_utf8"),
                     tr("a parameter is not UTF-8 text once decoded")};
    return decoded;
}

Result<FormUrlEncoding::Pairs> FormUrlEncoding::decode(QByteArrayView text)
{
    Pairs pairs;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('&', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView piece = text.sliced(start, end - start);
        start = end + 1;
        if (piece.isEmpty())
            continue;
        const qsizetype equals = piece.indexOf('=');
        const QByteArrayView rawName = equals < 0 ? piece : piece.first(equals);
        const QByteArrayView rawValue = equals < 0 ? QByteArrayView() : piece.sliced(equals + 1);
        auto name = decodeComponent(rawName);
        if (!name)
            return name.error();
        if (name->isEmpty())
            return Error{QStringLiteral("codec.form_name"), tr("a parameter has no name")};
        auto value = decodeComponent(rawValue);
        if (!value)
            return value.error();
        pairs.append({name.value(), value.value()});
    }
    return pairs;
}

} // namespace vcdesk
