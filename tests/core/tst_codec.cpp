// Strict decoders: canonical base64url, strict JSON, multibase, varint and protobuf.

#include "core/codec/Base64Url.h"
#include "core/codec/Jcs.h"
#include "core/codec/JsonMemberReader.h"
#include "core/codec/JsonNumber.h"
#include "core/codec/Multibase.h"
#include "core/codec/ProtobufReader.h"
#include "core/codec/StrictJson.h"
#include "core/codec/Varint.h"
#include "core/common/DisplayText.h"
#include "support/ReportHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace vcdesk;

namespace {

/// Equal values of equal kinds all the way down (an integer is not a double of the same value).
bool identicalJson(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!identicalJson(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!identicalJson(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    if (a.isDouble())
        return a.toVariant() == b.toVariant() &&
               a.toVariant().metaType() == b.toVariant().metaType();
    return a == b;
}

const QJsonObject kCredentialLike{
    {"iss", "did:key:zQ3s"},
    {"sub", "did:example:holder"},
    {"nbf", 1700000000},
    {"exp", 1900000000},
    {"jti", "urn:uuid:1"},
    {"vc", QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                       {"type", QJsonArray{"VerifiableCredential", "EmailCredential"}},
                       {"credentialSubject",
                        QJsonObject{{"email", "alice@example.com"}, {"n", -12}, {"ok", true}}}}}};

/// JSON texts at the edges of what the strict parser's fast path takes. Escaped text: as raw
/// strings, moc lost track of the test class.
QList<QByteArray> trickyJsonTexts()
{
    return {
        "{\"a\":[1,-2.5e3,true,false,null,\"\\u00e9\\ud83d\\ude00\"],\"b\":{}}",
        "{\"n\":9007199254740993,\"m\":-9223372036854775808,\"x\":9223372036854775807}",
        "{\"big\":9223372036854775808,\"neg\":-9223372036854775809}",
        "{\"z\":-0,\"zero\":0,\"f\":1.0,\"e\":1e2,\"E\":-1E-2}",
        "{\"s\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u0000\\u001f\",\"k\\u0061\":1,\"ka\":2}",
        "{\"a\":1,\"\\u0061\":2}",
        "{\"\xc3\xa9\":1,\"e\":2,\"\xf0\x9f\x98\x80\":3,\"\\uffff\":4}",
        "{\"a\":{\"b\":{\"c\":[[],[{}],{\"d\":[1,2,3]}]}}}",
        "  [ 1 , \"x\" , { \"y\" : null } ]  ",
        "{\"a\":\"\\ud800\"}",
        "{\"a\":\"\\udc00x\"}",
        "{\"a\":\"\\ud83d\\u0041\"}",
        "{\"a\":1,\"a\":1}",
        "{\"b\":1,\"c\":2,\"d\":3,\"e\":4,\"f\":5,\"g\":6,\"h\":7,\"i\":8,\"j\":9,\"k\":10,"
        "\"l\":11,\"m\":12,\"n\":13,\"o\":14,\"p\":15,\"q\":16,\"r\":17,\"b\":18}",
        "{\"a\":01}",
        "{\"a\":-}",
        "{\"a\":1}x",
        "{\"a\":tru}",
        "\"just a string\"",
        "123",
        "{\"a\":\"\xc3\xa9\xf0\x9f\x98\x80\"}",
        "{\"a\":\"\xed\xa0\x80\"}",
        "{\"a\":\"\xf4\x90\x80\x80\"}",
        "{\"a\":\"\xe0\x80\xaf\"}",
        "{\"a\":\"\xc3\"}",
        "\xef\xbb\xbf{}",
    };
}

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT
private slots:
    void base64UrlRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
        QTest::newRow("binary") << QByteArray::fromHex("fbff") << QByteArray("-_8");
    }
    void base64UrlRoundTrip()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QCOMPARE(Base64Url::encode(bytes), text);
        auto decoded = Base64Url::decode(text);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), bytes);
    }

    void base64UrlRefusesNonCanonical_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("padding") << QByteArray("Zg==") << "base64url.padding";
        QTest::newRow("standard alphabet +") << QByteArray("+/8") << "base64url.character";
        QTest::newRow("whitespace") << QByteArray("Zm 9") << "base64url.character";
        QTest::newRow("length 1 mod 4") << QByteArray("Zm9vY") << "base64url.length";
        QTest::newRow("trailing bits (2 chars)") << QByteArray("Zh") << "base64url.trailing_bits";
        QTest::newRow("trailing bits (3 chars)") << QByteArray("Zm9") << "base64url.trailing_bits";
        QTest::newRow("nul byte") << QByteArray("Zm\0v", 4) << "base64url.character";
    }
    void base64UrlRefusesNonCanonical()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        auto decoded = Base64Url::decode(text);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, code);
        QVERIFY(!decoded.error().message.isEmpty());
        // Qt's own decoder accepts at least the padded form; ours must not agree with it.
    }

    void base64UrlAgreesWithQtOnEveryLength()
    {
        // Decoding runs four characters at a time, then one at a time for the rest and for
        // any group with a character outside the alphabet: every length and every position of
        // a bad character must give what the one-at-a-time rules give.
        QRandomGenerator random(7);
        for (int length = 0; length < 70; ++length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &b : bytes)
                b = char(random.bounded(256));
            const QByteArray text =
                bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            auto decoded = Base64Url::decode(text);
            QVERIFY(decoded.ok());
            QCOMPARE(decoded.value(), bytes);
            for (qsizetype at = 0; at < text.size(); ++at) {
                QByteArray bad = text;
                bad[at] = '!';
                auto refused = Base64Url::decode(bad);
                QCOMPARE(refused.error().code, QStringLiteral("base64url.character"));
                QVERIFY(refused.error().message.endsWith(
                    QString("position %1 is not base64url").arg(at)));
                bad[at] = '=';
                QCOMPARE(Base64Url::decode(bad).error().code, QStringLiteral("base64url.padding"));
            }
        }
    }

    void jsonAcceptsValid()
    {
        auto v =
            StrictJson::parse(R"( {"a":[1,-2.5e3,true,false,null,"\u00e9\ud83d\ude00"],"b":{}} )");
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        const QJsonObject o = v->toObject();
        QCOMPARE(o.value("a").toArray().at(1).toDouble(), -2500.0);
        QCOMPARE(o.value("a").toArray().at(5).toString(), QString::fromUtf8("é😀"));
    }

    void jsonKeepsLargeIntegers()
    {
        // Integers that fit in 64 bits are kept exact (JCS refuses those a double cannot hold).
        auto v = StrictJson::parseObject(R"({"n":9007199254740993})");
        QVERIFY(v.ok());
        QCOMPARE(v->value("n").toInteger(), qint64(9007199254740993LL));
    }

    void jsonRefuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("duplicate member")
            << QByteArray(R"({"alg":"ES256","alg":"none"})") << "json.duplicate_member";
        QTest::newRow("nested duplicate")
            << QByteArray(R"({"a":{"x":1,"x":1}})") << "json.duplicate_member";
        QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << "json.syntax";
        QTest::newRow("array trailing comma") << QByteArray("[1,]") << "json.syntax";
        QTest::newRow("leading zero") << QByteArray("[01]") << "json.number";
        QTest::newRow("trailing data") << QByteArray("{} {}") << "json.trailing_data";
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << "json.syntax";
        QTest::newRow("truncated") << QByteArray(R"({"a":[1,2)") << "json.truncated";
        QTest::newRow("empty") << QByteArray("") << "json.truncated";
        QTest::newRow("lone high surrogate") << QByteArray(R"(["\ud800"])") << "json.surrogate";
        QTest::newRow("lone low surrogate") << QByteArray(R"(["\udc00"])") << "json.surrogate";
        QTest::newRow("invalid utf-8") << QByteArray("[\"\xff\"]") << "json.utf8";
        QTest::newRow("overlong utf-8") << QByteArray("[\"\xc0\xaf\"]") << "json.utf8";
        QTest::newRow("control char") << QByteArray("[\"a\nb\"]") << "json.control_character";
        QTest::newRow("NaN") << QByteArray("[NaN]") << "json.syntax";
        QTest::newRow("huge exponent") << QByteArray("[1e99999]") << "json.number";
        QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << "json.escape";
        // Never rounded silently: these would read as a neighbouring double.
        QTest::newRow("decimal beyond a double")
            << QByteArray("[1.00000000000000000001]") << "json.number_precision";
        QTest::newRow("integer beyond 64 bits, rounded")
            << QByteArray("[123456789012345678901234567890]") << "json.number_precision";
        QTest::newRow("exponent form of 2^53+1")
            << QByteArray("[9.007199254740993e15]") << "json.number_precision";
        QTest::newRow("tiny beyond a double") << QByteArray("[1e-400]") << "json.number";
    }

    void jsonNumbersThatAreExact_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("jcs");
        QTest::newRow("0.1") << QByteArray("0.1") << QByteArray("0.1");
        QTest::newRow("1.0") << QByteArray("1.0") << QByteArray("1");
        QTest::newRow("1e2") << QByteArray("1E+2") << QByteArray("100");
        QTest::newRow("-0") << QByteArray("-0.0") << QByteArray("0");
        QTest::newRow("2^53") << QByteArray("9007199254740992") << QByteArray("9007199254740992");
        QTest::newRow("1e21") << QByteArray("1e21") << QByteArray("1e+21");
        QTest::newRow("2^60 in shortest form")
            << QByteArray("1.152921504606847e18") << QByteArray("1152921504606847000");
        QTest::newRow("small") << QByteArray("5e-324") << QByteArray("5e-324");
    }
    void jsonNumbersThatAreExact()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, jcs);
        auto v = StrictJson::parse("[" + text + "]");
        VCDESK_VERIFY_OK(v);
        auto canonical = Jcs::canonicalize(v.value());
        VCDESK_VERIFY_OK(canonical);
        QCOMPARE(canonical.value(), "[" + jcs + "]");
    }

    void jcsRefusesIntegersNoDoubleHolds()
    {
        // Kept exact in 64 bits by the parser, but JCS compares doubles: refused, not rounded.
        for (const char *text : {"9007199254740993", "1152921504606846976", "-9007199254740993"}) {
            auto v = StrictJson::parse(QByteArray("{\"n\":") + text + "}");
            VCDESK_VERIFY_OK(v);
            QCOMPARE(Jcs::canonicalize(v.value()).error().code, QStringLiteral("jcs.number"));
        }
        QCOMPARE(JsonNumber::exactDouble(QJsonValue(qint64(1) << 53)).value(), 9007199254740992.0);
        QVERIFY(!JsonNumber::exactDouble(QJsonValue((qint64(1) << 53) + 1)));
        QVERIFY(!JsonNumber::exactDouble(QJsonValue("1")));
    }

    void displayTextEscapesWhatCouldForgeOutput()
    {
        const QString hostile = QString("a\nb\rc\x1b[8md") + QChar(0x9b) + QChar(0x202e) +
                                QChar(0x2028) + QChar(0x200b) + QChar(0xfeff) + QChar(0xd800) + "e";
        const QString shown = DisplayText::escape(hostile);
        QCOMPARE(shown, QString("a\\u000ab\\u000dc\\u001b[8md\\u009b\\u202e\\u2028\\u200b\\ufeff"
                                "\\ud800e"));
        for (const QChar c : shown)
            QVERIFY(!DisplayText::needsEscape(c.unicode()));
        QCOMPARE(DisplayText::escape(QString::fromUtf8("Zoë 😀 日本")),
                 QString::fromUtf8("Zoë 😀 日本")); // ordinary text untouched
        QCOMPARE(DisplayText::escape("abcdef", 3), QString("abc") + QChar(0x2026));
        // Tag characters (outside the BMP) too.
        QCOMPARE(DisplayText::escape(QString::fromUcs4(U"x\U000E0041")), QString("x\\U000e0041"));
        // A sentence whose untrusted parts were escaped once is not escaped twice; one that
        // still holds a control character is escaped in full.
        const QString once =
            QStringLiteral("The agent says %1").arg(DisplayText::escape("a\\b\x1b"));
        QCOMPARE(once, QString("The agent says a\\\\b\\u001b"));
        QCOMPARE(DisplayText::escapeSentence(once), once);
        QCOMPARE(DisplayText::escapeSentence("a\\b\x1b"), QString("a\\\\b\\u001b"));
        QCOMPARE(DisplayText::escapeSentence(once, 4), QString("The ") + QChar(0x2026));
        QCOMPARE(DisplayText::sentenceToolTip("<b>x\\y</b>"),
                 QString("<qt>&lt;b&gt;x\\y&lt;/b&gt;</qt>"));
    }
    void jsonRefuses()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        auto v = StrictJson::parse(text);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, code);
    }

    void jsonDepthLimitWithoutStackOverflow()
    {
        const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
        auto v = StrictJson::parse(deep);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, QStringLiteral("json.too_deep"));
        QByteArray objects;
        for (int i = 0; i < 10000; ++i)
            objects += "{\"a\":";
        auto o = StrictJson::parse(objects + "1" + QByteArray(10000, '}'));
        QCOMPARE(o.error().code, QStringLiteral("json.too_deep"));
        // Exactly at the limit is fine.
        JsonLimits limits;
        limits.maxDepth = 5;
        QVERIFY(StrictJson::parse("[[[[[1]]]]]", limits).ok());
        QVERIFY(!StrictJson::parse("[[[[[[1]]]]]]", limits).ok());
    }

    void jsonSizeAndMemberLimits()
    {
        JsonLimits limits;
        limits.maxBytes = 10;
        QCOMPARE(StrictJson::parse("[1,2,3,4,5,6]", limits).error().code,
                 QStringLiteral("json.too_large"));
        limits = {};
        limits.maxMembersPerObject = 2;
        QCOMPARE(StrictJson::parse(R"({"a":1,"b":2,"c":3})", limits).error().code,
                 QStringLiteral("json.too_large"));
    }

    void jsonTopLevelObject()
    {
        QCOMPARE(StrictJson::parseObject("[1]").error().code, QStringLiteral("json.not_object"));
    }

    void jsonFastPathAgreesWithTheReferenceParser()
    {
        // parse() hands texts a strict scan vouches for to Qt's parser; whatever it returns
        // must be exactly what the reference parser returns: the same value (numbers of the
        // same kind, integer or double), or the same error. Tricky texts, then every single-
        // byte mutation of a credential-like text.
        QList<QByteArray> texts = trickyJsonTexts();
        const QByteArray credential = QJsonDocument(kCredentialLike).toJson(QJsonDocument::Compact);
        texts << credential;
        for (qsizetype i = 0; i < credential.size(); ++i) {
            for (char c : QByteArrayView("\x22\x5c{}[],:09-.e \x01\x80\xc3u")) {
                QByteArray mutated = credential;
                mutated[i] = c;
                texts << mutated;
            }
            texts << QByteArray(credential).remove(i, 1);
        }
        JsonLimits tight;
        tight.maxDepth = 2;
        tight.maxMembersPerObject = 3;
        tight.maxElementsPerArray = 2;
        for (const JsonLimits &limits : {JsonLimits{}, tight}) {
            for (const QByteArray &text : texts) {
                const auto fast = StrictJson::parse(text, limits);
                const auto reference = StrictJson::parseWithoutFastPath(text, limits);
                QVERIFY2(fast.ok() == reference.ok(), text.constData());
                if (!fast.ok()) {
                    QCOMPARE(fast.error().code, reference.error().code);
                    QCOMPARE(fast.error().message, reference.error().message);
                    continue;
                }
                QVERIFY2(identicalJson(fast.value(), reference.value()), text.constData());
            }
        }
    }

    void memberReaderAgreesWithTheObject()
    {
        // The reader answers "absent" without a lookup once every member was found: it must
        // never call a present member absent, whatever order names come in, repeated or not.
        const QJsonObject object{{"iss", "a"},
                                 {"sub", 1},
                                 {"vc", QJsonObject{{"x", true}}},
                                 {"nbf", QJsonValue::Null},
                                 {"", ""}};
        const QList<QLatin1StringView> names = {
            QLatin1StringView("iss"), QLatin1StringView("sub"), QLatin1StringView("vc"),
            QLatin1StringView("nbf"), QLatin1StringView(""),    QLatin1StringView("exp"),
            QLatin1StringView("is"),  QLatin1StringView("vcx"), QLatin1StringView("e")};
        // Every sequence of 7 names drawn from 9 (with repeats) in a fixed pseudo-random walk,
        // plus each name asked alone and the members in every rotation.
        quint32 seed = 12345;
        int checked = 0;
        for (int run = 0; run < 2000; ++run) {
            JsonMemberReader reader(object);
            for (int step = 0; step < 7; ++step) {
                seed = seed * 1103515245u + 12345u;
                const QLatin1StringView name = names.at((seed >> 16) % names.size());
                QCOMPARE(reader.value(name), object.value(name));
                QCOMPARE(reader.contains(name), object.contains(name));
                ++checked;
            }
        }
        QCOMPARE(checked, 14000);
        JsonMemberReader reader(object);
        for (const QLatin1StringView name : names.first(5))
            QCOMPARE(reader.value(name), object.value(name));
        QVERIFY(reader.allFound());
        QVERIFY(reader.value(QLatin1StringView("exp")).isUndefined());
        // A name asked again through other text is the same member, counted once: four of
        // five found, however often "iss" comes back.
        JsonMemberReader again(object);
        for (const char *name : {"iss", "sub", "vc", "nbf"}) {
            const QByteArray copy(name); // a buffer of its own each time
            QCOMPARE(again.value(QLatin1StringView(copy)), object.value(QLatin1StringView(name)));
            QCOMPARE(again.value(QLatin1StringView("iss")), QJsonValue("a"));
            QVERIFY(!again.allFound());
        }
        QCOMPARE(again.value(QLatin1StringView("")), QJsonValue(""));
        QVERIFY(again.allFound());
        // Keys outside ASCII, as Qt's own parser stores them (UTF-8 text, an escape): a
        // Latin-1 name is its characters, never its bytes read as UTF-8.
        const QJsonObject accented =
            QJsonDocument::fromJson("{\"\xc3\xa9\": 1, \"\\u00e8\": 2, \"a\": 3}").object();
        QCOMPARE(accented.size(), 3);
        JsonMemberReader accentedReader(accented);
        QVERIFY(accentedReader.value(QLatin1StringView("\xc3\xa9")).isUndefined());
        QCOMPARE(accentedReader.value(QLatin1StringView("\xe9")), QJsonValue(1));
        QCOMPARE(accentedReader.value(QLatin1StringView("\xe8")), QJsonValue(2));
        QCOMPARE(accentedReader.value(QLatin1StringView("a")), QJsonValue(3));
        QVERIFY(accentedReader.allFound());
        QCOMPARE(accentedReader.value(QLatin1StringView("\xe9")), QJsonValue(1));
        QVERIFY(accentedReader.value(QLatin1StringView("\xe0")).isUndefined());
        // Past kMaxCounted members it never takes the shortcut: the last member is found.
        QJsonObject wide;
        for (int i = 0; i <= JsonMemberReader::kMaxCounted; ++i)
            wide.insert(QStringLiteral("m%1").arg(i, 3, 10, QLatin1Char('0')), i);
        JsonMemberReader wideReader(wide);
        for (int i = 0; i <= JsonMemberReader::kMaxCounted; ++i) {
            const QByteArray name =
                QStringLiteral("m%1").arg(i, 3, 10, QLatin1Char('0')).toLatin1();
            QCOMPARE(wideReader.value(QLatin1StringView(name)), QJsonValue(i));
        }
        QVERIFY(!wideReader.allFound());
        QCOMPARE(reader.value(QLatin1StringView("vc")), object.value(QLatin1StringView("vc")));
        // An empty object has every member found from the start.
        const QJsonObject empty;
        JsonMemberReader none(empty);
        QVERIFY(none.allFound());
        QVERIFY(none.value(QLatin1StringView("iss")).isUndefined());
    }

    void base58RoundTripAndErrors()
    {
        const QByteArray bytes = QByteArray::fromHex("0000ed01deadbeef");
        const QByteArray text = Multibase::encodeBase58Btc(bytes);
        QVERIFY(text.startsWith("z11"));
        auto back = Multibase::decode(text);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), bytes);
        // "Hello World!" from the base58 draft.
        QCOMPARE(Multibase::encodeBase58("Hello World!"), QByteArray("2NEpo7TZRRrLZSi2U"));
        QCOMPARE(Multibase::decode("z0OIl").error().code, QStringLiteral("base58.character"));
        QCOMPARE(Multibase::decode("fdeadbeef").error().code,
                 QStringLiteral("multibase.unsupported"));
        QCOMPARE(Multibase::decode("").error().code, QStringLiteral("multibase.empty"));
        QCOMPARE(Multibase::decode("z" + QByteArray(9000, '2')).error().code,
                 QStringLiteral("multibase.too_long"));
    }

    void varint()
    {
        QCOMPARE(Varint::encode(0x1200), QByteArray::fromHex("8024"));
        qsizetype offset = 0;
        QCOMPARE(Varint::read(QByteArray::fromHex("8024"), offset, true).value(), quint64(0x1200));
        QCOMPARE(offset, qsizetype(2));
        offset = 0;
        QCOMPARE(Varint::read(QByteArray::fromHex("ed80"), offset).error().code,
                 QStringLiteral("varint.truncated"));
        offset = 0;
        QCOMPARE(Varint::read(QByteArray::fromHex("ed00"), offset, true).error().code,
                 QStringLiteral("varint.not_minimal"));
        offset = 0;
        QCOMPARE(Varint::read(QByteArray(11, '\xff'), offset).error().code,
                 QStringLiteral("varint.overflow"));
    }

    void protobuf()
    {
        // field 1 string "hi", field 2 varint 150, field 3 fixed32
        const QByteArray message = QByteArray::fromHex("0a0268691096011d01000000");
        ProtobufReader reader(message);
        auto f1 = reader.next();
        QVERIFY(f1.ok());
        QCOMPARE(f1->fieldNumber, 1u);
        QCOMPARE(f1->bytes.toByteArray(), QByteArray("hi"));
        auto f2 = reader.next();
        QCOMPARE(f2->number, quint64(150));
        auto f3 = reader.next();
        QCOMPARE(f3->number, quint64(1));
        QVERIFY(reader.atEnd());

        const QByteArray overlongBytes = QByteArray::fromHex("0a05686869");
        ProtobufReader overlong(overlongBytes);
        QCOMPARE(overlong.next().error().code, QStringLiteral("protobuf.truncated"));
        const QByteArray groupBytes = QByteArray::fromHex("0b");
        ProtobufReader group(groupBytes);
        QCOMPARE(group.next().error().code, QStringLiteral("protobuf.wire_type"));
        const QByteArray zeroBytes = QByteArray::fromHex("0001");
        ProtobufReader zero(zeroBytes);
        QCOMPARE(zero.next().error().code, QStringLiteral("protobuf.field_number"));
        const QByteArray hugeBytes = QByteArray::fromHex("0affffffff0f");
        ProtobufReader huge(hugeBytes);
        QCOMPARE(huge.next().error().code, QStringLiteral("protobuf.truncated"));
    }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
