#include "core/net/ImageFetch.h"

#include "core/common/DisplayText.h"
#include "core/net/HttpClient.h"
#include "core/net/HttpRequest.h"

#include <QUrl>

namespace vcdesk {

namespace {

Error tooLarge()
{
    return Error{
        QStringLiteral("image.too_large"),
        ImageFetch::tr("the picture is larger than %1 KiB").arg(ImageFetch::kMaxBytes / 1024)};
}

QString bareType(const QString &mediaType)
{
    return mediaType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

} // namespace

bool ImageFetch::isRasterType(const QString &mediaType)
{
    static const QStringList raster{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                    QStringLiteral("image/gif"), QStringLiteral("image/webp")};
    return raster.contains(bareType(mediaType));
}

Result<ImageFetch::Image> ImageFetch::fetch(const QString &uri, NetworkPolicy policy)
{
    if (uri.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return fromDataUri(uri);
    const QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return Error{QStringLiteral("image.unsupported_uri"),
                     tr("the picture's address is neither https nor data: %1")
                         .arg(DisplayText::escape(uri, 120))};
    policy.maxResponseBytes = kMaxBytes;
    policy.maxRetries = 0; // a decoration is not worth waiting for
    auto answer = HttpClient(policy).sendAndWait(HttpRequest::get(url));
    if (!answer) {
        if (answer.error().code == QLatin1String("net.too_large"))
            return tooLarge();
        return answer.error();
    }
    // Servers often say nothing or application/octet-stream; a type they do name must fit.
    const QString type = bareType(answer->contentType);
    if (!type.isEmpty() && type != QLatin1String("application/octet-stream") && !isRasterType(type))
        return Error{QStringLiteral("image.unsupported_type"),
                     tr("the picture is of type %1, not PNG, JPEG, GIF or WebP")
                         .arg(DisplayText::escape(type, 60))};
    return Image{answer->body, isRasterType(type) ? type : QString()};
}

Result<ImageFetch::Image> ImageFetch::fromDataUri(const QString &uri)
{
    // data:[<media type>][;base64],<data> (RFC 2397); only base64 pictures are taken.
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (comma < 0)
        return Error{QStringLiteral("image.unreadable"), tr("the data: URI has no data")};
    const QString header = uri.mid(5, comma - 5);
    if (!header.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive))
        return Error{QStringLiteral("image.unreadable"),
                     tr("the data: URI is not base64, as pictures are")};
    const QString type = bareType(header.chopped(7));
    if (!isRasterType(type))
        return Error{QStringLiteral("image.unsupported_type"),
                     tr("the picture is of type %1, not PNG, JPEG, GIF or WebP")
                         .arg(DisplayText::escape(
                             type.isEmpty() ? QStringLiteral("text/plain") : type, 60))};
    const QStringView data = QStringView(uri).mid(comma + 1);
    if (data.size() > (kMaxBytes / 3 + 1) * 4)
        return tooLarge();
    // A data: URI in JSON may be percent-encoded; base64 itself never holds a '%'.
    const QByteArray text = QByteArray::fromPercentEncoding(data.toLatin1());
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return Error{QStringLiteral("image.unreadable"),
                     tr("the data: URI's picture is not valid base64")};
    if (decoded.decoded.size() > kMaxBytes)
        return tooLarge();
    return Image{decoded.decoded, type};
}

} // namespace vcdesk
