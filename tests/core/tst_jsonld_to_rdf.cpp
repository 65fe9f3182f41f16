// JSON-LD 1.1 to RDF against the W3C JSON-LD API test suite (tests/data/json-ld-api,
// w3c/json-ld-api toRdf): each test's document is expanded and turned into a dataset, which
// must be isomorphic to the expected N-Quads (both are put in RDFC-1.0 canonical form and
// compared byte for byte); a negative test must fail with its error code. Contexts come from
// the suite's own files through the document loader: nothing is fetched. Tests outside what
// vcdesk implements are listed in kNotApplicable with the reason.

#include "core/jsonld/Expander.h"
#include "core/jsonld/JsonLdToRdf.h"
#include "core/rdf/NQuads.h"
#include "core/rdf/Rdfc10.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace vcdesk;

namespace {

const QString kSuiteBase = QStringLiteral("https://w3c.github.io/json-ld-api/tests/");

/// Tests of features vcdesk leaves out, with why.
const QHash<QString, QString> kNotApplicable{
    {"#te075", "generalized RDF (blank node predicates) is not produced"},
    {"#te122", "generalized RDF (blank node predicates) is not produced"},
};

DocumentLoader suiteLoader()
{
    return [](const QString &url) -> Result<RemoteDocument> {
        if (!url.startsWith(kSuiteBase))
            return Error{QStringLiteral("test.not_local"), QStringLiteral("not in the suite")};
        QFile file(test::dataPath(QStringLiteral("json-ld-api/") + url.mid(kSuiteBase.size())));
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("test.missing"), url};
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            return Error{QStringLiteral("test.not_json"), url};
        return RemoteDocument{
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), url};
    };
}

QByteArray canonical(const QList<RdfQuad> &dataset)
{
    auto result = Rdfc10::canonicalize(dataset);
    return result ? result->nquads : QByteArray("(not canonicalizable)");
}

QString errorCode(const QString &specCode)
{
    QString code = specCode;
    return QStringLiteral("jsonld.") + code.replace(' ', '_').remove('@');
}

} // namespace

class TestJsonLdToRdf : public QObject
{
    Q_OBJECT

private slots:
    void w3cSuite_data()
    {
        QTest::addColumn<QJsonObject>("test");
        const QJsonObject manifest = test::readJson("json-ld-api/toRdf-manifest.jsonld");
        for (const QJsonValue &entry : manifest.value("sequence").toArray()) {
            const QJsonObject t = entry.toObject();
            QTest::newRow(qPrintable(t.value("@id").toString() + ' ' + t.value("name").toString()))
                << t;
        }
    }

    void w3cSuite()
    {
        QFETCH(QJsonObject, test);
        const QString id = test.value("@id").toString();
        const QJsonObject option = test.value("option").toObject();
        if (kNotApplicable.contains(id))
            QSKIP(qPrintable(kNotApplicable.value(id)));
        if (option.value("specVersion") == QJsonValue("json-ld-1.0"))
            QSKIP("a JSON-LD 1.0 only test: vcdesk is a 1.1 processor");
        if (test.contains("requires") || option.contains("rdfDirection"))
            QSKIP("non-normative: rdfDirection / generalized RDF");
        const QString input = test.value("input").toString();
        Expander::Options options;
        options.base =
            option.contains("base") ? option.value("base").toString() : kSuiteBase + input;
        options.jsonLd10 = option.value("processingMode") == QJsonValue("json-ld-1.0");
        if (option.contains("expandContext"))
            options.expandContext =
                test::readJson("json-ld-api/" + option.value("expandContext").toString());
        const QByteArray bytes = test::readData("json-ld-api/" + input);
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        const QJsonValue json =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        Expander expander(suiteLoader());
        auto expanded = expander.expand(json, options);
        Result<QList<RdfQuad>> dataset = expanded ? JsonLdToRdf::toRdf(expanded.value())
                                                  : Result<QList<RdfQuad>>(expanded.error());
        const QStringList types = [&] {
            QStringList list;
            for (const QJsonValue &type : test.value("@type").toArray())
                list << type.toString();
            return list;
        }();
        if (types.contains("jld:NegativeEvaluationTest")) {
            QVERIFY2(!dataset, "processing should have failed");
            QCOMPARE(dataset.error().code, errorCode(test.value("expectErrorCode").toString()));
            return;
        }
        VCDESK_VERIFY_OK(dataset);
        if (!test.contains("expect"))
            return; // a syntax test: it is enough that it was read
        auto expected =
            NQuads::parse(test::readData("json-ld-api/" + test.value("expect").toString()));
        VCDESK_VERIFY_OK(expected);
        const QByteArray actual = canonical(dataset.value());
        const QByteArray wanted = canonical(expected.value());
        if (actual != wanted)
            qWarning("got:\n%s\nwanted:\n%s", actual.constData(), wanted.constData());
        QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(wanted));
    }

    void doublesAreWrittenAsJsonLdAsks()
    {
        QCOMPARE(JsonLdToRdf::doubleLexical(1.1), QStringLiteral("1.1E0"));
        QCOMPARE(JsonLdToRdf::doubleLexical(1.0), QStringLiteral("1.0E0"));
        QCOMPARE(JsonLdToRdf::doubleLexical(-0.0015), QStringLiteral("-1.5E-3"));
        QCOMPARE(JsonLdToRdf::doubleLexical(1.0e21), QStringLiteral("1.0E21"));
    }
};

QTEST_GUILESS_MAIN(TestJsonLdToRdf)
#include "tst_jsonld_to_rdf.moc"
