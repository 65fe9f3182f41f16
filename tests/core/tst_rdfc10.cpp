// RDF Dataset Canonicalization (RDFC-1.0) against the W3C test suite (tests/data/rdf-canon,
// w3c/rdf-canon): every evaluation test's canonical N-Quads byte for byte, every issued
// identifiers map, SHA-384 where the manifest says so, and the poison graph that must end
// with an error within the work limit. Then the N-Quads reader's refusals, and the properties
// canonicalization exists for: the same dataset in another order or with other blank node
// labels gives the same bytes.

#include "core/rdf/NQuads.h"
#include "core/rdf/Rdfc10.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace vcdesk;

namespace {

/// The fields of one CSV line (RFC 4180 quoting, as manifest.csv uses it).
QStringList csvFields(const QString &line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            fields.last() += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << QString();
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

struct SuiteTest
{
    QString id;
    QString name;
    bool sha384 = false;
    bool negative = false;
    bool hasResult = false;
    bool hasMap = false;
};

QList<SuiteTest> suite()
{
    QList<SuiteTest> tests;
    const QStringList lines =
        QString::fromUtf8(test::readData("rdf-canon/manifest.csv")).split('\n', Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const QStringList f = csvFields(line.trimmed());
        if (f.size() < 8)
            continue;
        SuiteTest t;
        t.id = f[0];
        t.name = f[1];
        t.sha384 = f[5] == QLatin1String("SHA384");
        t.negative = f[6] == QLatin1String("RDFC10NegativeEvalTest");
        t.hasResult = f[6] == QLatin1String("TRUE");
        t.hasMap = f[7] == QLatin1String("TRUE");
        tests << t;
    }
    return tests;
}

Rdfc10::Canonical canonical(const QByteArray &nquads)
{
    auto dataset = NQuads::parse(nquads);
    if (!dataset)
        qFatal("%s", qPrintable(dataset.error().toString()));
    return Rdfc10::canonicalize(dataset.value()).value();
}

} // namespace

class TestRdfc10 : public QObject
{
    Q_OBJECT

private slots:
    void w3cSuite_data()
    {
        QTest::addColumn<SuiteTest>("test");
        const QList<SuiteTest> tests = suite();
        QVERIFY(tests.size() >= 65);
        for (const SuiteTest &t : tests)
            QTest::newRow(qPrintable(t.id + ' ' + t.name)) << t;
    }

    void w3cSuite()
    {
        QFETCH(SuiteTest, test);
        const QString base = QStringLiteral("rdf-canon/rdfc10/") + test.id;
        auto dataset = NQuads::parse(test::readData(base + "-in.nq"));
        VCDESK_VERIFY_OK(dataset);
        Rdfc10::Options options;
        if (test.sha384)
            options.hash = Rdfc10::Hash::Sha384;
        auto result = Rdfc10::canonicalize(dataset.value(), options);
        if (test.negative) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, QStringLiteral("rdf.too_complex"));
            QVERIFY(!result.error().message.isEmpty());
            return;
        }
        VCDESK_VERIFY_OK(result);
        if (test.hasResult)
            QCOMPARE(QString::fromUtf8(result->nquads),
                     QString::fromUtf8(test::readData(base + "-rdfc10.nq")));
        if (test.hasMap) {
            const QJsonObject expected = test::readJson(base + "-rdfc10map.json");
            QCOMPARE(result->issued.size(), expected.size());
            for (auto it = expected.begin(); it != expected.end(); ++it)
                QCOMPARE(result->issued.value(it.key()), it.value().toString());
        }
    }

    void theSameDatasetInAnyOrderAndLabelsGivesTheSameBytes()
    {
        // A dataset with symmetric blank nodes (the suite's "double circle of 3").
        const QByteArray input = test::readData("rdf-canon/rdfc10/test046-in.nq");
        const QByteArray expected = canonical(input).nquads;
        QList<QByteArray> lines = input.split('\n');
        lines.removeAll(QByteArray());
        for (int round = 0; round < 5; ++round) {
            std::shuffle(lines.begin(), lines.end(), *QRandomGenerator::global());
            QByteArray relabelled = lines.join('\n');
            relabelled.replace("_:", "_:other");
            QCOMPARE(canonical(relabelled).nquads, expected);
        }
    }

    void duplicatesAreOneStatement()
    {
        const QByteArray once = "_:x <urn:p> \"v\" .\n<urn:s> <urn:p> _:x <urn:g> .\n";
        QCOMPARE(canonical(once + once).nquads, canonical(once).nquads);
    }

    void badNQuadsAreRefusedWithTheLine()
    {
        const QList<QByteArray> bad{
            "<urn:s> <urn:p> <urn:o>\n",               // no '.'
            "<urn:s> <urn:p> <urn:o> . extra\n",       // something after '.'
            "<urn:s> <urn:p> \"open .\n",              // unterminated literal
            "<s> <urn:p> <urn:o> .\n",                 // relative IRI
            "<urn:s> _:p <urn:o> .\n",                 // blank predicate
            "\"lit\" <urn:p> <urn:o> .\n",             // literal subject
            "<urn:s> <urn:p> \"x\"@ .\n",              // empty language tag
            "<urn:s> <urn:p> \"\\q\" .\n",             // unknown escape
            "<urn:s> <urn:p> \"\\uD800\" .\n",         // a lone surrogate
            "<urn:s> <urn:p> <urn:o o> .\n",           // space in an IRI
            "<urn:s> <urn:p> <urn:o> <urn:g> <x> .\n", // five terms
            "\xff <urn:p> <urn:o> .\n",                // not UTF-8
        };
        for (const QByteArray &line : bad) {
            auto parsed = NQuads::parse("<urn:s> <urn:p> <urn:o> .\n# fine\n" + line);
            QVERIFY2(!parsed, line.constData());
            QCOMPARE(parsed.error().code, QStringLiteral("rdf.nquads_syntax"));
            QVERIFY2(parsed.error().message.contains("line 3"), qPrintable(parsed.error().message));
        }
    }

    void theWorkLimitIsWhatEndsAPoisonGraph()
    {
        // test044 is a poison graph the suite expects to finish: 3348 steps here.
        auto dataset = NQuads::parse(test::readData("rdf-canon/rdfc10/test044-in.nq"));
        VCDESK_VERIFY_OK(dataset);
        auto finished = Rdfc10::canonicalize(dataset.value());
        VCDESK_VERIFY_OK(finished);
        QVERIFY(finished->work > 1000);
        Rdfc10::Options options;
        options.workLimit = 1000;
        auto refused = Rdfc10::canonicalize(dataset.value(), options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("rdf.too_complex"));
    }
};

Q_DECLARE_METATYPE(SuiteTest)
QTEST_GUILESS_MAIN(TestRdfc10)
#include "tst_rdfc10.moc"
