// Logos from untrusted metadata, from address to picture: ImageFetch takes data: URIs and
// fetches https (here loopback http) under the network policy, PNG/JPEG/GIF/WebP only, at most
// 512 KiB; LogoDecoder decodes only those formats, whatever the bytes claim, refuses pictures
// declared larger than 4096 pixels a side and scales the rest down; LogoLoader does both off
// the GUI thread, asks only the issuer's own site, and says which logos came and which did
// not.

#include "core/net/ImageFetch.h"
#include "models/LogoDecoder.h"
#include "models/LogoLoader.h"
#include "support/ReportHelpers.h"
#include "support/TestHttpServer.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QSignalSpy>
#include <QtTest>

using namespace vcdesk;
using test::TestHttpServer;

namespace {

QByteArray pictureBytes(int width, int height, const char *format = "PNG")
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QString dataUri(const QByteArray &bytes, const QString &type = QStringLiteral("image/png"))
{
    return QStringLiteral("data:%1;base64,%2").arg(type, QString::fromLatin1(bytes.toBase64()));
}

const QByteArray kSvg = "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
                        "<rect width='10' height='10'/></svg>";

NetworkPolicy loopback()
{
    NetworkPolicy policy;
    policy.allowLoopbackHttp = true;
    policy.maxRetries = 0;
    return policy;
}

} // namespace

class TestLogoLoading : public QObject
{
    Q_OBJECT

private slots:
    void dataUrisCarryRasterPicturesOnly()
    {
        const QByteArray png = pictureBytes(8, 8);
        auto fetched = ImageFetch::fetch(dataUri(png), {});
        VCDESK_VERIFY_OK(fetched);
        QCOMPARE(fetched->bytes, png);
        QCOMPARE(fetched->mediaType, QStringLiteral("image/png"));

        struct Case
        {
            const char *name;
            QString uri;
            QString code;
        };
        const QList<Case> cases{
            {"svg", dataUri(kSvg, "image/svg+xml"), "image.unsupported_type"},
            {"no type", "data:;base64," + QString::fromLatin1(png.toBase64()),
             "image.unsupported_type"},
            {"not base64", "data:image/png,abc", "image.unreadable"},
            {"no data", "data:image/png;base64", "image.unreadable"},
            {"broken base64", "data:image/png;base64,@@@@", "image.unreadable"},
            {"too large", dataUri(QByteArray(ImageFetch::kMaxBytes + 10, 'a')), "image.too_large"},
            {"file", "file:///etc/passwd", "image.unsupported_uri"},
            {"javascript", "javascript:alert(1)", "image.unsupported_uri"},
        };
        for (const Case &c : cases) {
            auto refused = ImageFetch::fetch(c.uri, loopback());
            QVERIFY2(!refused, c.name);
            QVERIFY2(refused.error().code == c.code,
                     qPrintable(QString("%1: %2").arg(c.name, refused.error().toString())));
        }
    }

    void addressesAreFetchedUnderThePolicy()
    {
        TestHttpServer server;
        const QByteArray png = pictureBytes(8, 8);
        server.route("/logo.png", TestHttpServer::Response{200, png, "image/png"});
        server.route("/unnamed", TestHttpServer::Response{200, png, ""});
        server.route("/logo.svg", TestHttpServer::Response{200, kSvg, "image/svg+xml"});
        server.route(
            "/huge.png",
            TestHttpServer::Response{200, QByteArray(ImageFetch::kMaxBytes + 1, 'a'), "image/png"});
        server.route("/gone.png", TestHttpServer::Response{404, "no", "text/plain"});

        auto fetched = ImageFetch::fetch(server.url("/logo.png").toString(), loopback());
        VCDESK_VERIFY_OK(fetched);
        QCOMPARE(fetched->bytes, png);
        VCDESK_VERIFY_OK(ImageFetch::fetch(server.url("/unnamed").toString(), loopback()));
        QCOMPARE(ImageFetch::fetch(server.url("/logo.svg").toString(), loopback()).error().code,
                 QStringLiteral("image.unsupported_type"));
        QCOMPARE(ImageFetch::fetch(server.url("/huge.png").toString(), loopback()).error().code,
                 QStringLiteral("image.too_large"));
        QVERIFY(!ImageFetch::fetch(server.url("/gone.png").toString(), loopback()));

        // Without leave for this computer, or offline, nothing is fetched at all.
        const int hits = server.hits("/logo.png");
        QVERIFY(!ImageFetch::fetch(server.url("/logo.png").toString(), NetworkPolicy()));
        NetworkPolicy offline = loopback();
        offline.offline = true;
        QVERIFY(!ImageFetch::fetch(server.url("/logo.png").toString(), offline));
        QCOMPARE(server.hits("/logo.png"), hits);
    }

    void onlyRasterPicturesOfSaneSizeAreDecoded()
    {
        auto small = LogoDecoder::decode(pictureBytes(200, 100), 48);
        VCDESK_VERIFY_OK(small);
        QCOMPARE(small->size(), QSize(48, 24)); // scaled down, proportions kept
        auto jpeg = LogoDecoder::decode(pictureBytes(20, 20, "JPEG"), 48);
        VCDESK_VERIFY_OK(jpeg);
        QCOMPARE(jpeg->size(), QSize(20, 20)); // never scaled up

        QCOMPARE(LogoDecoder::decode(pictureBytes(LogoDecoder::kMaxSide + 1, 4), 48).error().code,
                 QStringLiteral("image.too_large"));
        // An SVG (or BMP, or anything else a plugin could read) is refused, whatever its name.
        QCOMPARE(LogoDecoder::decode(pictureBytes(8, 8, "BMP"), 48).error().code,
                 QStringLiteral("image.unsupported_type"));
        if (QImageReader::supportedImageFormats().contains("svg"))
            QCOMPARE(LogoDecoder::decode(kSvg, 48).error().code,
                     QStringLiteral("image.unsupported_type"));
        else
            QVERIFY(!LogoDecoder::decode(kSvg, 48)); // no plugin reads it at all
        QVERIFY(!LogoDecoder::decode("not a picture", 48));
        QVERIFY(!LogoDecoder::decode(pictureBytes(64, 64).left(60), 48)); // truncated
    }

    void theLoaderSaysWhichLogosCame()
    {
        TestHttpServer server;
        server.route("/logo.png", TestHttpServer::Response{200, pictureBytes(96, 96), "image/png"});
        LogoLoader loader;
        loader.setNetworkPolicy(loopback());
        QSignalSpy loaded(&loader, &LogoLoader::loaded);
        QSignalSpy failed(&loader, &LogoLoader::failedToLoad);
        const QString served = server.url("/logo.png").toString();
        const QString inline_ = dataUri(pictureBytes(10, 10));
        const QString svg = dataUri(kSvg, "image/svg+xml");
        loader.load({served, inline_, svg, served, {}}, 32); // doubles and blanks are dropped
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count() + failed.count(), 3, 10000);
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(loaded.at(0).at(0).toString(), served);
        QCOMPARE(loaded.at(0).at(1).value<QImage>().size(), QSize(32, 32));
        QCOMPARE(loaded.at(1).at(0).toString(), inline_);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), svg);
        QCOMPARE(server.hits("/logo.png"), 1);
    }

    void onlyTheIssuersOwnSiteIsAsked()
    {
        TestHttpServer issuer;
        TestHttpServer elsewhere;
        issuer.route("/logo.png", TestHttpServer::Response{200, pictureBytes(8, 8), "image/png"});
        elsewhere.route("/logo.png",
                        TestHttpServer::Response{200, pictureBytes(8, 8), "image/png"});
        LogoLoader loader;
        loader.setNetworkPolicy(loopback());
        loader.setAllowedOrigin(issuer.url("/"));
        QSignalSpy loaded(&loader, &LogoLoader::loaded);
        QSignalSpy failed(&loader, &LogoLoader::failedToLoad);
        const QString other = elsewhere.url("/logo.png").toString();
        loader.load({issuer.url("/logo.png").toString(), other, dataUri(pictureBytes(4, 4))}, 16);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count() + failed.count(), 3, 10000);
        QCOMPARE(loaded.count(), 2); // the issuer's own and the inline one
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), other);
        QVERIFY(failed.first().at(1).toString().contains("another site"));
        QCOMPARE(elsewhere.hits("/logo.png"), 0);
    }
};

QTEST_MAIN(TestLogoLoading)
#include "tst_logo_loading.moc"
