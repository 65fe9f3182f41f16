// QR codes drawn by QrCodeImage and read back by QrImageReader from real pictures: scaled,
// rotated, blurred, inside a screenshot, two at once, inverted, on transparency, long links
// and big payloads; and what must fail cleanly: empty pictures, pictures without a code,
// damaged, truncated and huge image files, text too large to show.
// QTEST_MAIN (a QGuiApplication on the offscreen platform): the screenshot draws text.

#include "models/QrCodeImage.h"
#include "models/QrImageReader.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QMetaEnum>
#include <QPainter>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <zlib.h>

using namespace vcdesk;

namespace {

const QString kLink = QStringLiteral(
    "openid4vp://?client_id=x509_san_dns%3Averifier.example.org&request_uri=https%3A%2F%2F"
    "verifier.example.org%2Foid4vp%2Frequest%2F7f3c2a1e-9b4d-4e8f-a6c5-2d1b0e9f8a7c"
    "&request_uri_method=post&state=c29tZS1zdGF0ZS12YWx1ZQ");

QImage render(const QString &text, int modulePx = 8,
              QrCodeImage::Ecc ecc = QrCodeImage::Ecc::Medium)
{
    auto image = QrCodeImage::render(text.toUtf8(), modulePx, ecc);
    if (!image) {
        qWarning() << image.error().toString();
        return {};
    }
    return image.value();
}

/// The texts found, or the error code in brackets (so a failure says what happened).
QStringList readAll(const QImage &image)
{
    auto texts = QrImageReader::read(image);
    return texts ? texts.value() : QStringList{'[' + texts.error().code + ']'};
}

QString errorCode(const Result<QStringList> &result)
{
    return result ? QStringLiteral("(ok: %1)").arg(result->join('|')) : result.error().code;
}

/// A (2r+1)^2 box blur of a greyscale picture, edges clamped.
QImage boxBlur(const QImage &source, int r)
{
    const QImage in = source.convertToFormat(QImage::Format_Grayscale8);
    QImage out(in.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < in.height(); ++y) {
        for (int x = 0; x < in.width(); ++x) {
            int sum = 0, n = 0;
            for (int dy = -r; dy <= r; ++dy) {
                const int yy = qBound(0, y + dy, in.height() - 1);
                const uchar *line = in.constScanLine(yy);
                for (int dx = -r; dx <= r; ++dx, ++n)
                    sum += line[qBound(0, x + dx, in.width() - 1)];
            }
            out.scanLine(y)[x] = uchar(sum / n);
        }
    }
    return out;
}

/// Something like a 1920x1080 screen grab: grey desktop, a window with a title bar, lines
/// of text, buttons and coloured panels.
QImage screenshot()
{
    QImage screen(1920, 1080, QImage::Format_RGB32);
    screen.fill(QColor(0x5a, 0x5f, 0x66));
    QPainter p(&screen);
    p.fillRect(160, 90, 1500, 880, QColor(0xf4, 0xf4, 0xf2));
    p.fillRect(160, 90, 1500, 40, QColor(0x2b, 0x57, 0x9a));
    p.setPen(Qt::white);
    p.drawText(180, 117, QStringLiteral("vcdesk — Present a credential"));
    p.setPen(QColor(0x20, 0x20, 0x20));
    for (int i = 0; i < 24; ++i)
        p.drawText(200, 180 + 28 * i,
                   QStringLiteral("Line %1: the verifier asks for your email address and "
                                  "the date your degree was awarded.")
                       .arg(i));
    p.fillRect(200, 880, 160, 40, QColor(0x2b, 0x57, 0x9a));
    p.fillRect(380, 880, 160, 40, QColor(0xcc, 0xcc, 0xcc));
    p.fillRect(1700, 90, 200, 400, QColor(0xe0, 0x6c, 0x30));
    p.fillRect(40, 1000, 1840, 60, QColor(0x22, 0x22, 0x22));
    return screen;
}

QImage withCodeAt(QImage background, const QImage &code, QPoint at)
{
    QPainter p(&background);
    p.drawImage(at, code);
    p.end();
    return background;
}

quint32 crc32Of(const QByteArray &bytes)
{
    return quint32(
        crc32(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
}

/// A PNG that declares width x height and holds one tiny (invalid) data chunk.
QByteArray pngDeclaring(quint32 width, quint32 height)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    const auto chunk = [&](const QByteArray &type, const QByteArray &data) {
        QByteArray length(4, '\0');
        qToBigEndian(quint32(data.size()), length.data());
        QByteArray crc(4, '\0');
        qToBigEndian(crc32Of(type + data), crc.data());
        png += length + type + data + crc;
    };
    QByteArray ihdr(13, '\0');
    qToBigEndian(width, ihdr.data());
    qToBigEndian(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 0; // greyscale
    chunk("IHDR", ihdr);
    chunk("IDAT", QByteArray("\x78\x9c\x03\x00\x00\x00\x00\x01", 8));
    chunk("IEND", {});
    return png;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestQrImageReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

private slots:
    // --- Drawing ---

    void renderSizeAndQuietZone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("modulePx");
        QTest::newRow("short, 1 px") << "hi" << 1;
        QTest::newRow("short, 8 px") << "hello" << 8;
        QTest::newRow("link, 5 px") << kLink << 5;
        QTest::newRow("1000 bytes, 3 px") << QString(1000, 'x') << 3;
    }
    void renderSizeAndQuietZone()
    {
        QFETCH(QString, text);
        QFETCH(int, modulePx);
        const auto modules = QrCodeImage::moduleCount(text.toUtf8());
        QVERIFY(modules);
        QVERIFY(*modules >= 21 && *modules <= 177);
        QCOMPARE((*modules - 17) % 4, 0); // 4 * version + 17
        const QImage image = render(text, modulePx);
        QCOMPARE(image.width(), (*modules + 8) * modulePx);
        QCOMPARE(image.height(), image.width());
        // The quiet zone is white all round; the top-left finder pattern starts right after.
        const int quiet = 4 * modulePx;
        for (int i = 0; i < image.width(); ++i) {
            for (int q = 0; q < quiet; ++q) {
                QCOMPARE(qGray(image.pixel(i, q)), 255);
                QCOMPARE(qGray(image.pixel(q, i)), 255);
                QCOMPARE(qGray(image.pixel(i, image.height() - 1 - q)), 255);
                QCOMPARE(qGray(image.pixel(image.width() - 1 - q, i)), 255);
            }
        }
        QCOMPARE(qGray(image.pixel(quiet, quiet)), 0);
        QCOMPARE(qGray(image.pixel(quiet + modulePx, quiet + modulePx)), 255);
        QCOMPARE(qGray(image.pixel(quiet + 2 * modulePx, quiet + 2 * modulePx)), 0);
    }

    void higherErrorCorrectionNeedsMoreModules()
    {
        const QByteArray text = kLink.toUtf8();
        const int low = QrCodeImage::moduleCount(text, QrCodeImage::Ecc::Low).value();
        const int high = QrCodeImage::moduleCount(text, QrCodeImage::Ecc::High).value();
        QVERIFY2(high > low, qPrintable(QStringLiteral("%1 vs %2").arg(high).arg(low)));
        for (auto ecc : {QrCodeImage::Ecc::Low, QrCodeImage::Ecc::Medium,
                         QrCodeImage::Ecc::Quartile, QrCodeImage::Ecc::High})
            QCOMPARE(readAll(render(kLink, 4, ecc)), QStringList{kLink});
    }

    void capacityIsExact_data()
    {
        QTest::addColumn<QrCodeImage::Ecc>("ecc");
        QTest::newRow("L") << QrCodeImage::Ecc::Low;
        QTest::newRow("M") << QrCodeImage::Ecc::Medium;
        QTest::newRow("Q") << QrCodeImage::Ecc::Quartile;
        QTest::newRow("H") << QrCodeImage::Ecc::High;
    }
    void capacityIsExact()
    {
        QFETCH(QrCodeImage::Ecc, ecc);
        // Lower case: byte mode, one byte a character.
        const int capacity = QrCodeImage::capacityBytes(ecc);
        QCOMPARE(QrCodeImage::moduleCount(QByteArray(capacity, 'a'), ecc).value(), 177);
        const auto over = QrCodeImage::moduleCount(QByteArray(capacity + 1, 'a'), ecc);
        QVERIFY(!over);
        QCOMPARE(over.error().code, QStringLiteral("qr.too_large_to_show"));
    }

    void tooLargeToShow()
    {
        const QByteArray big(3000, 'a');
        const auto image = QrCodeImage::render(big, 4, QrCodeImage::Ecc::Low);
        QVERIFY(!image);
        QCOMPARE(image.error().code, QStringLiteral("qr.too_large_to_show"));
        QVERIFY2(image.error().message.contains(QLocale().toString(3000)),
                 qPrintable(image.error().message));
        QVERIFY2(image.error().message.contains(QLocale().toString(2953)),
                 qPrintable(image.error().message));
        // 2,400 bytes fit at Low but not at the default Medium.
        QVERIFY(QrCodeImage::render(QByteArray(2400, 'a'), 1, QrCodeImage::Ecc::Low));
        QCOMPARE(QrCodeImage::render(QByteArray(2400, 'a'), 1).error().code,
                 QStringLiteral("qr.too_large_to_show"));
    }

    void invalidModuleSize()
    {
        for (int px : {0, -3, QrCodeImage::kMaxModulePx + 1}) {
            const auto image = QrCodeImage::render("x", px);
            QVERIFY(!image);
            QCOMPARE(image.error().code, QStringLiteral("qr.invalid_module_size"));
        }
        QVERIFY(QrCodeImage::render("x", QrCodeImage::kMaxModulePx));
    }

    // --- Reading what was drawn ---

    void plainWithCorners()
    {
        const QImage image = render(QStringLiteral("hello"), 8);
        const auto codes = QrImageReader::find(image);
        QVERIFY2(codes, qPrintable(codes ? QString() : codes.error().toString()));
        QCOMPARE(codes->size(), 1);
        QCOMPARE(codes->first().text, QStringLiteral("hello"));
        // Corners are those of the code: inside the picture, outside the quiet zone's middle.
        const QRect box = codes->first().corners.boundingRect();
        QCOMPARE(codes->first().corners.size(), 4);
        const int quiet = 4 * 8;
        QVERIFY2(qAbs(box.left() - quiet) <= 8 && qAbs(box.top() - quiet) <= 8,
                 qPrintable(QStringLiteral("%1,%2").arg(box.left()).arg(box.top())));
        QVERIFY2(qAbs(box.right() - (image.width() - quiet)) <= 8,
                 qPrintable(QString::number(box.right())));
    }

    void texts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("OpenID4VP link") << kLink;
        QTest::newRow("numeric") << "0123456789012345";
        QTest::newRow("alphanumeric") << "HTTPS://EXAMPLE.ORG/ABC";
        QTest::newRow("UTF-8") << QStringLiteral("Zürich – 東京 – Ελλάδα ✓");
        QString payload;
        for (int i = 0; payload.size() < 2000; ++i)
            payload += QStringLiteral("eyJ%1.").arg(i * 7919, 0, 36);
        payload.truncate(2000);
        QTest::newRow("2000 bytes") << payload;
    }
    void texts()
    {
        QFETCH(QString, text);
        QCOMPARE(readAll(render(text, 4)), QStringList{text});
    }

    void notText()
    {
        // Latin-1 bytes are not UTF-8: skipped, and with nothing else found it says so.
        const auto image = QrCodeImage::render(QByteArray("caf\xe9 cr\xe8me", 11), 6);
        QVERIFY(image);
        QCOMPARE(errorCode(QrImageReader::read(*image)), QStringLiteral("qr.not_text"));
    }

    void scaled_data()
    {
        QTest::addColumn<double>("factor");
        QTest::addColumn<bool>("smooth");
        // Drawn at 8 px a module.
        QTest::newRow("2 px/module, smooth") << 0.25 << true;
        QTest::newRow("2.5 px/module, smooth") << 0.3125 << true;
        QTest::newRow("3 px/module, smooth") << 0.375 << true;
        QTest::newRow("3 px/module, nearest") << 0.375 << false;
        QTest::newRow("20 px/module, smooth") << 2.5 << true;
        QTest::newRow("33 px/module, nearest") << 4.125 << false;
    }
    void scaled()
    {
        QFETCH(double, factor);
        QFETCH(bool, smooth);
        const QImage image = render(kLink, 8);
        const int side = qRound(image.width() * factor);
        const QImage scaled =
            image.scaled(side, side, Qt::IgnoreAspectRatio,
                         smooth ? Qt::SmoothTransformation : Qt::FastTransformation);
        QCOMPARE(readAll(scaled), QStringList{kLink});
    }

    void rotated_data()
    {
        QTest::addColumn<double>("degrees");
        QTest::newRow("90") << 90.0;
        QTest::newRow("180") << 180.0;
        QTest::newRow("270") << 270.0;
        QTest::newRow("7") << 7.0;
        QTest::newRow("-12") << -12.0;
        QTest::newRow("30") << 30.0;
        QTest::newRow("45") << 45.0;
    }
    void rotated()
    {
        QFETCH(double, degrees);
        const QImage image = render(kLink, 6);
        // Smooth: grey edges, and transparent corners (read as white).
        const QImage turned =
            image.transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
        QCOMPARE(readAll(turned), QStringList{kLink});
        // The same on an opaque grey page, as a photo of a turned sheet would be.
        QImage page(turned.size() + QSize(80, 80), QImage::Format_RGB32);
        page.fill(QColor(0xb0, 0xb0, 0xb0));
        QCOMPARE(readAll(withCodeAt(page, turned, {40, 40})), QStringList{kLink});
    }

    void blurred_data()
    {
        QTest::addColumn<int>("modulePx");
        QTest::addColumn<int>("radius");
        QTest::newRow("8 px, 3x3") << 8 << 1;
        QTest::newRow("8 px, 5x5") << 8 << 2;
        QTest::newRow("8 px, 7x7") << 8 << 3;
        QTest::newRow("4 px, 3x3") << 4 << 1;
    }
    void blurred()
    {
        QFETCH(int, modulePx);
        QFETCH(int, radius);
        const QImage blurredImage = boxBlur(render(kLink, modulePx), radius);
        // The blur really smeared the edges: there is grey now.
        bool grey = false;
        for (int x = 0; x < blurredImage.width() && !grey; ++x) {
            const int g = qGray(blurredImage.pixel(x, blurredImage.height() / 2));
            grey = g > 40 && g < 215;
        }
        QVERIFY(grey);
        QCOMPARE(readAll(blurredImage), QStringList{kLink});
    }

    void inScreenshot_data()
    {
        QTest::addColumn<int>("modulePx");
        QTest::addColumn<QPoint>("at");
        QTest::newRow("3 px, on the page") << 3 << QPoint(1200, 500);
        QTest::newRow("4 px, over the window edge") << 4 << QPoint(1650, 620);
        QTest::newRow("6 px, middle") << 6 << QPoint(700, 300);
    }
    void inScreenshot()
    {
        QFETCH(int, modulePx);
        QFETCH(QPoint, at);
        const QImage code = render(kLink, modulePx);
        const QImage screen = withCodeAt(screenshot(), code, at);
        QCOMPARE(screen.size(), QSize(1920, 1080));
        const auto codes = QrImageReader::find(screen);
        QVERIFY2(codes, qPrintable(codes ? QString() : codes.error().toString()));
        QCOMPARE(codes->size(), 1);
        QCOMPARE(codes->first().text, kLink);
        // Found where it was put.
        const QRect placed(at, code.size());
        QVERIFY(placed.contains(codes->first().corners.boundingRect().center()));
        // And the screenshot alone has none.
        QCOMPARE(errorCode(QrImageReader::read(screenshot())), QStringLiteral("qr.none_found"));
    }

    void twoCodes()
    {
        const QString other = QStringLiteral("openid-credential-offer://?credential_offer_uri="
                                             "https%3A%2F%2Fissuer.example.com%2Foffer%2F42");
        QImage screen = withCodeAt(screenshot(), render(kLink, 4), {250, 300});
        screen = withCodeAt(screen, render(other, 4), {1100, 450});
        QStringList found = readAll(screen);
        found.sort();
        QStringList expected{kLink, other};
        expected.sort();
        QCOMPARE(found, expected);
    }

    void inverted()
    {
        // Light modules on dark: ZXing 1.4 alone finds nothing; the reader's second pass does.
        QImage image = render(kLink, 6);
        image.invertPixels();
        QCOMPARE(readAll(image), QStringList{kLink});
        QImage screen = screenshot();
        QImage code = render(kLink, 4);
        code.invertPixels();
        QCOMPARE(readAll(withCodeAt(screen, code, {900, 400})), QStringList{kLink});
    }

    void transparentBackground()
    {
        // Black modules on transparency (a PNG exported from a web page): white behind it.
        const QImage code = render(kLink, 5);
        QImage argb(code.size(), QImage::Format_ARGB32);
        argb.fill(Qt::transparent);
        for (int y = 0; y < code.height(); ++y)
            for (int x = 0; x < code.width(); ++x)
                if (qGray(code.pixel(x, y)) == 0)
                    argb.setPixel(x, y, qRgba(0, 0, 0, 255));
        QCOMPARE(readAll(argb), QStringList{kLink});
    }

    void pixelFormats_data()
    {
        QTest::addColumn<QImage::Format>("format");
        QTest::addColumn<bool>("invert");
        // 345 px wide: the 24-bit formats have padded rows.
        for (auto format : {QImage::Format_Grayscale8, QImage::Format_RGB32, QImage::Format_ARGB32,
                            QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB888,
                            QImage::Format_BGR888, QImage::Format_RGBX8888, QImage::Format_RGBA8888,
                            QImage::Format_Indexed8, QImage::Format_Mono, QImage::Format_RGB16,
                            QImage::Format_Grayscale16, QImage::Format_RGBA64}) {
            const QByteArray name = QMetaEnum::fromType<QImage::Format>().valueToKey(format);
            QTest::newRow(name.constData()) << format << false;
            QTest::newRow(name + " inverted") << format << true;
        }
    }
    void pixelFormats()
    {
        QFETCH(QImage::Format, format);
        QFETCH(bool, invert);
        QImage code = render(kLink, 5);
        if (invert)
            code.invertPixels();
        const QImage converted = code.convertToFormat(format);
        QCOMPARE(converted.format(), format);
        if (format == QImage::Format_RGB888)
            QVERIFY(converted.bytesPerLine() > converted.width() * 3);
        QCOMPARE(readAll(converted), QStringList{kLink});
    }

    void devicePixelRatio()
    {
        // A HiDPI screenshot with transparency: put on white pixel for pixel, not scaled.
        QImage code = render(kLink, 3).convertToFormat(QImage::Format_ARGB32);
        code.setDevicePixelRatio(2);
        const auto codes = QrImageReader::find(code);
        QVERIFY(codes);
        QCOMPARE(codes->first().text, kLink);
        QVERIFY2(codes->first().corners.boundingRect().width() > code.width() * 3 / 4,
                 qPrintable(QString::number(codes->first().corners.boundingRect().width())));
    }

    void grayscaleWithPadding()
    {
        // A greyscale picture whose rows are longer than its width (a view into a larger
        // buffer): bytesPerLine must be honoured.
        const QImage code = render(kLink, 4);
        const int stride = code.width() + 100;
        QByteArray buffer(stride * code.height(), char(0x80));
        for (int y = 0; y < code.height(); ++y)
            std::memcpy(buffer.data() + y * stride, code.constScanLine(y), size_t(code.width()));
        const QImage view(reinterpret_cast<const uchar *>(buffer.constData()), code.width(),
                          code.height(), stride, QImage::Format_Grayscale8);
        QCOMPARE(view.bytesPerLine(), stride);
        QCOMPARE(readAll(view), QStringList{kLink});
    }

    // --- What must fail cleanly ---

    void emptyPictures()
    {
        QCOMPARE(errorCode(QrImageReader::read(QImage())), QStringLiteral("qr.unreadable_image"));
        QCOMPARE(errorCode(QrImageReader::read(QImage(0, 10, QImage::Format_RGB32))),
                 QStringLiteral("qr.unreadable_image"));
    }

    void noCode()
    {
        QImage white(800, 600, QImage::Format_RGB32);
        white.fill(Qt::white);
        const auto result = QrImageReader::read(white);
        QCOMPARE(errorCode(result), QStringLiteral("qr.none_found"));
        QCOMPARE(result.error().message, QStringLiteral("No QR code was found in the picture."));
        // Noise has dark and light everywhere, and still no code.
        QImage noise(640, 480, QImage::Format_Grayscale8);
        quint32 seed = 12345;
        for (int y = 0; y < noise.height(); ++y)
            for (int x = 0; x < noise.width(); ++x)
                noise.scanLine(y)[x] = uchar((seed = seed * 1664525u + 1013904223u) >> 24);
        QCOMPARE(errorCode(QrImageReader::read(noise)), QStringLiteral("qr.none_found"));
        // Half a code is no code.
        const QImage code = render(kLink, 4);
        QCOMPARE(errorCode(QrImageReader::read(code.copy(0, 0, code.width() / 2, code.height()))),
                 QStringLiteral("qr.none_found"));
    }

    void tooLargePicture()
    {
        QImage big(8000, 5001, QImage::Format_Grayscale8); // 40.008 megapixels
        QVERIFY(!big.isNull());
        const auto result = QrImageReader::read(big);
        QCOMPARE(errorCode(result), QStringLiteral("qr.too_large"));
        QVERIFY2(result.error().message.contains(QStringLiteral("40")),
                 qPrintable(result.error().message));
    }

    void file()
    {
        QVERIFY(m_dir.isValid());
        const QString path = write("code.png", png(render(kLink, 4)));
        QCOMPARE(QrImageReader::readFile(path).value_or({}), QStringList{kLink});
        // The name does not decide the format.
        const QString misnamed = write("code.jpg", png(render(kLink, 4)));
        QCOMPARE(QrImageReader::readFile(misnamed).value_or({}), QStringList{kLink});
    }

    void badFiles()
    {
        QVERIFY(m_dir.isValid());
        const QByteArray good = png(render(kLink, 4));
        QVERIFY(good.size() > 400);

        QCOMPARE(errorCode(QrImageReader::readFile(m_dir.filePath("missing.png"))),
                 QStringLiteral("qr.unreadable_file"));
        QCOMPARE(errorCode(QrImageReader::readFile(write("text.png", "not a picture at all\n"))),
                 QStringLiteral("qr.unreadable_file"));
        QCOMPARE(errorCode(QrImageReader::readFile(write("empty.png", {}))),
                 QStringLiteral("qr.unreadable_file"));

        // Damaged: the compressed pixels overwritten (the chunk's CRC no longer matches).
        QByteArray corrupted = good;
        for (qsizetype i = 100; i < corrupted.size() - 40; i += 7)
            corrupted[i] = char(corrupted[i] ^ 0x5a);
        const auto damaged = QrImageReader::readFile(write("corrupted.png", corrupted));
        QCOMPARE(errorCode(damaged), QStringLiteral("qr.unreadable_file"));
        QVERIFY2(damaged.error().message.contains(QStringLiteral("corrupted.png")),
                 qPrintable(damaged.error().message));

        // Truncated half way through the pixels.
        const QString truncated = write("truncated.png", good.left(good.size() / 2));
        QCOMPARE(QImageReader(truncated).size(), render(kLink, 4).size()); // the header is whole
        QCOMPARE(errorCode(QrImageReader::readFile(truncated)),
                 QStringLiteral("qr.unreadable_file"));
    }

    void hugeDeclaredFile()
    {
        QVERIFY(m_dir.isValid());
        // 100,000 x 100,000 in a 60-byte file: refused from the header, nothing allocated.
        const QString huge = write("huge.png", pngDeclaring(100000, 100000));
        QCOMPARE(QImageReader(huge).size(), QSize(100000, 100000));
        QCOMPARE(errorCode(QrImageReader::readFile(huge)), QStringLiteral("qr.too_large"));
        // Just over the limit, too.
        QCOMPARE(errorCode(QrImageReader::readFile(write("over.png", pngDeclaring(8000, 5001)))),
                 QStringLiteral("qr.too_large"));
        // Under the limit, the same bogus pixel data is a damaged file.
        QCOMPARE(errorCode(QrImageReader::readFile(write("small.png", pngDeclaring(640, 480)))),
                 QStringLiteral("qr.unreadable_file"));
    }
};

QTEST_MAIN(TestQrImageReader)
#include "tst_qr_image_reader.moc"
