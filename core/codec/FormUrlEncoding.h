#pragma once

#include "core/common/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace vcdesk {

/// Reads an application/x-www-form-urlencoded text (a URL's query, or a form body) the way the
/// WHATWG URL standard does: pairs split on '&', name and value on the first '=', '+' read as
/// a space (QUrlQuery keeps it as '+', which turns "Jane+Doe" into a different value than the
/// sender meant), then percent-decoding. Strict where a lenient reader would guess: a '%' not
/// followed by two hex digits, a name that is empty, and bytes that are not UTF-8 after
/// decoding are refused with codec.form_* codes. Empty pieces ("a=1&&b=2", a trailing '&')
/// are skipped, as browsers do.
class FormUrlEncoding
{
    Q_DECLARE_TR_FUNCTIONS(FormUrlEncoding)
public:
    using Pairs = QList<QPair<QString, QString>>;

    static Result<Pairs> decode(QByteArrayView text);
    /// One component ('+' as a space, then percent-decoded, then UTF-8).
    static Result<QString> decodeComponent(QByteArrayView text);
};

} // namespace vcdesk
