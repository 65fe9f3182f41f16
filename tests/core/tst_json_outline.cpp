// JsonOutline: where each value of a strict JSON text is, and the value there exactly as
// StrictJson reads the whole text; LazyJsonObject: built once, on first read, from any thread.
#include "core/codec/JsonOutline.h"
#include "core/codec/LazyJsonObject.h"
#include "core/codec/StrictJson.h"

#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace vcdesk;

namespace {

/// Whether every node of `outline` under `node` holds what `expected` holds there: the same
/// kind of value, equal (integers as integers), and members by the same names in order.
bool matches(const JsonOutline &outline, int node, const QJsonValue &expected)
{
    const QJsonValue value = outline.value(node);
    if (value != expected || value.type() != expected.type())
        return false;
    // Integers stay integers (5 is not 5.0, 0 is not -0.0): the same kind of number, exactly.
    if (expected.isDouble() && (value.toVariant().metaType() != expected.toVariant().metaType() ||
                                value.toInteger() != expected.toInteger()))
        return false;
    if (expected.isObject()) {
        const QJsonObject object = expected.toObject();
        qsizetype members = 0;
        for (int m = outline.first(node); m >= 0; m = outline.next(m), ++members) {
            if (!object.contains(outline.name(m)) ||
                !matches(outline, m, object.value(outline.name(m))))
                return false;
        }
        return members == object.size();
    }
    if (expected.isArray()) {
        const QJsonArray array = expected.toArray();
        qsizetype index = 0;
        for (int e = outline.first(node); e >= 0; e = outline.next(e), ++index) {
            if (index >= array.size() || !outline.name(e).isEmpty() ||
                !matches(outline, e, array.at(index)))
                return false;
        }
        return index == array.size();
    }
    return true;
}

} // namespace

class TestJsonOutline : public QObject
{
    Q_OBJECT

private slots:
    void everyValueIsWhatStrictJsonReads_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("flat") << QByteArray(
            "{\"a\":1,\"b\":\"x\",\"c\":true,\"d\":false,\"e\":null}");
        QTest::newRow("nested") << QByteArray(
            "{\"vc\":{\"type\":[\"VerifiableCredential\",\"X\"],\"credentialSubject\":"
            "{\"id\":\"did:example:1\",\"n\":[1,[2,{\"m\":[]}],{}]}},\"iss\":\"did:key:z\"}");
        QTest::newRow("whitespace") << QByteArray(" \n{ \"a\" :\t[ 1 , 2 ] ,\r\n\"b\": { } } ");
        QTest::newRow("escapes") << QByteArray(
            "{\"s\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\",\"t\":\"\\u0000\"}");
        QTest::newRow("utf-8") << QByteArray(
            "{\"name\":\"Jos\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"}");
        QTest::newRow("integers") << QByteArray(
            "{\"zero\":0,\"minus zero\":-0,\"max\":9223372036854775807,"
            "\"min\":-9223372036854775808,\"eighteen\":123456789012345678}");
        QTest::newRow("array at the top") << QByteArray("[\"a\",{\"b\":[null]},3]");
        QTest::newRow("empty") << QByteArray("{}");
    }

    void everyValueIsWhatStrictJsonReads()
    {
        QFETCH(QByteArray, text);
        const auto outline = JsonOutline::of(text);
        QVERIFY(outline);
        const auto parsed = StrictJson::parse(text);
        QVERIFY(parsed);
        QVERIFY(matches(*outline, JsonOutline::root(), parsed.value()));
    }

    void membersAreFoundByName()
    {
        const QByteArray text("{\"iss\":\"did:key:z\",\"vc\":{\"type\":\"T\"},\"exp\":7}");
        const auto outline = JsonOutline::of(text);
        QVERIFY(outline);
        const int vc = outline->member(JsonOutline::root(), QLatin1String("vc"));
        QVERIFY(outline->isObject(vc));
        QCOMPARE(outline->span(vc), QByteArrayView("{\"type\":\"T\"}"));
        QCOMPARE(outline->value(outline->member(vc, QLatin1String("type"))).toString(), "T");
        QCOMPARE(outline->member(JsonOutline::root(), QLatin1String("ex")), -1);
        QCOMPARE(outline->member(JsonOutline::root(), QLatin1String("expx")), -1);
        // A member of a member is not a member of the root, and a scalar has no members.
        QCOMPARE(outline->member(JsonOutline::root(), QLatin1String("type")), -1);
        const int exp = outline->member(JsonOutline::root(), QLatin1String("exp"));
        QCOMPARE(outline->value(exp).toInteger(), 7);
        QCOMPARE(outline->member(exp, QLatin1String("x")), -1);
        QVERIFY(outline->value(-1).isUndefined());
    }

    // What the scan does not vouch for has no outline: StrictJson reads it (and refuses what
    // is not strict) instead.
    void refusesWhatTheScanDoesNotTake_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("strict");
        QTest::newRow("duplicate member") << QByteArray("{\"a\":1,\"a\":2}") << false;
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << false;
        QTest::newRow("lone surrogate") << QByteArray("{\"a\":\"\\ud800\"}") << false;
        QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"\xc3\x28\"}") << false;
        QTest::newRow("truncated") << QByteArray("{\"a\":[1,2") << false;
        QTest::newRow("trailing data") << QByteArray("{} {}") << false;
        QTest::newRow("scalar at the top") << QByteArray("\"a\"") << true;
        QTest::newRow("fraction") << QByteArray("{\"a\":1.5}") << true;
        QTest::newRow("beyond 64 bits") << QByteArray("{\"a\":9223372036854775808}") << false;
        QTest::newRow("exponent") << QByteArray("{\"a\":1e2}") << true;
        QTest::newRow("escaped member name") << QByteArray("{\"\\u0061\":1}") << true;
    }

    void refusesWhatTheScanDoesNotTake()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, strict);
        QVERIFY(!JsonOutline::of(text));
        QCOMPARE(StrictJson::parse(text).ok(), strict);
    }

    void honoursTheLimits()
    {
        JsonLimits limits;
        limits.maxBytes = 10;
        QVERIFY(!JsonOutline::of("{\"a\":\"0123456789\"}", limits));
        limits = {};
        limits.maxDepth = 2;
        QVERIFY(JsonOutline::of("{\"a\":{}}", limits));
        QVERIFY(!JsonOutline::of("{\"a\":{\"b\":{}}}", limits));
        limits = {};
        limits.maxMembersPerObject = 1;
        QVERIFY(!JsonOutline::of("{\"a\":1,\"b\":2}", limits));
        // Values beyond kMaxNodes: no outline (StrictJson still reads the text).
        QByteArray many("[0");
        for (qsizetype i = 2; i < JsonOutline::kMaxNodes; ++i)
            many.append(",0");
        QVERIFY(JsonOutline::of(many + ']'));
        QVERIFY(!JsonOutline::of(many + ",0]"));
        QVERIFY(StrictJson::parse(many + ",0]"));
    }

    void lazyObjectIsBuiltOnceWhenFirstRead()
    {
        const QByteArray text("{\"iss\":\"did:key:z\",\"vc\":{\"type\":[\"T\"],\"n\":1}}");
        const auto outline = JsonOutline::of(text);
        QVERIFY(outline);
        const int vc = outline->member(JsonOutline::root(), QLatin1String("vc"));
        const LazyJsonObject lazy = LazyJsonObject::fromOutline(*outline, vc);
        const LazyJsonObject copy = lazy;
        QVERIFY(!lazy.isNull());
        QVERIFY(!lazy.isBuilt());
        // Eight threads read copies at once: one builds, all see the same object.
        QList<QFuture<QJsonObject>> readers;
        for (int i = 0; i < 8; ++i)
            readers << QtConcurrent::run([copy] { return copy.object(); });
        const QJsonObject expected = StrictJson::parseObject(outline->span(vc)).value();
        for (auto &reader : readers)
            QCOMPARE(reader.result(), expected);
        QVERIFY(lazy.isBuilt());
        QCOMPARE(&lazy.object(), &copy.object()); // built once, shared by the copies
    }

    void lazyObjectOfSomethingElseIsEmpty()
    {
        const auto outline = JsonOutline::of("{\"a\":[1]}");
        QVERIFY(outline);
        const int array = outline->member(JsonOutline::root(), QLatin1String("a"));
        QVERIFY(LazyJsonObject::fromOutline(*outline, array).object().isEmpty());
        QVERIFY(LazyJsonObject().isNull());
        QVERIFY(!LazyJsonObject(QJsonObject()).isNull());
        QVERIFY(LazyJsonObject(QJsonObject{{"a", 1}}).isBuilt());
    }
};

QTEST_GUILESS_MAIN(TestJsonOutline)
#include "tst_json_outline.moc"
