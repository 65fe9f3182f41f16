// JSON-LD and RDF canonicalization on hostile input, each ending with a clear code within
// bounded time and memory: contexts that include themselves or each other, a context on a
// host vcdesk does not fetch from, documents nested too deep, very wide documents, and blank
// node graphs made to explode canonicalization.

#include "core/jsonld/BundledContexts.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/JsonLdCanonicalizer.h"
#include "core/jsonld/JsonLdToRdf.h"
#include "core/rdf/Rdfc10.h"
#include "support/ReportHelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace vcdesk;

namespace {

/// Serves each URL's context from `contexts`; anything else is not there.
DocumentLoader servedFrom(const QHash<QString, QJsonValue> &contexts, int *loads = nullptr)
{
    return [contexts, loads](const QString &url) -> Result<RemoteDocument> {
        if (loads)
            ++*loads;
        if (!contexts.contains(url))
            return Error{QStringLiteral("test.absent"), url};
        return RemoteDocument{QJsonObject{{"@context", contexts.value(url)}}, url};
    };
}

Result<QJsonArray> expand(const QJsonValue &document, const DocumentLoader &loader)
{
    Expander expander(loader);
    Expander::Options options;
    options.base = "https://example.org/doc";
    return expander.expand(document, options);
}

} // namespace

class TestJsonLdHostile : public QObject
{
    Q_OBJECT

private slots:
    void contextsThatIncludeThemselvesEnd()
    {
        int loads = 0;
        const auto loader = servedFrom(
            {{"https://example.org/a",
              QJsonArray{"https://example.org/b", QJsonObject{{"x", "urn:x"}}}},
             {"https://example.org/b", QJsonArray{"https://example.org/a"}},
             {"https://example.org/self", QJsonObject{{"@import", "https://example.org/self"}}}},
            &loads);
        auto loop = expand(QJsonObject{{"@context", "https://example.org/a"}, {"x", "y"}}, loader);
        QVERIFY(!loop);
        QCOMPARE(loop.error().code, QStringLiteral("jsonld.context_overflow"));
        QVERIFY(loads <= 2); // each context is loaded once, whatever the loop
        auto imported =
            expand(QJsonObject{{"@context", "https://example.org/self"}, {"x", "y"}}, loader);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, QStringLiteral("jsonld.invalid_context_entry"));
    }

    void aContextVcdeskDoesNotFetchIsNamed()
    {
        auto refused =
            expand(QJsonObject{{"@context", "https://evil.example/context.jsonld"}, {"name", "x"}},
                   BundledContexts::loader());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("jsonld.loading_remote_context_failed"));
        QVERIFY(refused.error().message.contains("https://evil.example/context.jsonld"));
    }

    void tooDeepIsRefused()
    {
        QJsonObject inner{{"http://example.org/leaf", "x"}};
        for (int i = 0; i < 400; ++i)
            inner = QJsonObject{{"http://example.org/p", inner}};
        auto deep = expand(inner, BundledContexts::loader());
        QVERIFY(!deep);
        QCOMPARE(deep.error().code, QStringLiteral("jsonld.too_deep"));

        QJsonValue list = QJsonArray{"x"};
        for (int i = 0; i < 400; ++i)
            list = QJsonObject{{"@list", QJsonArray{list}}};
        auto lists = expand(QJsonObject{{"http://example.org/p", list}}, BundledContexts::loader());
        QVERIFY(!lists);
        QCOMPARE(lists.error().code, QStringLiteral("jsonld.too_deep"));
    }

    void aWideDocumentIsCheckedWithoutBlowingUp()
    {
        QJsonObject wide{{"@id", "https://example.org/s"}};
        QJsonArray values;
        for (int i = 0; i < 5000; ++i) {
            wide.insert(QStringLiteral("http://example.org/p%1").arg(i), i);
            values.append(QStringLiteral("v%1").arg(i));
        }
        wide.insert("http://example.org/many", values);
        auto canonical = JsonLdCanonicalizer::canonicalize(wide, BundledContexts::loader());
        VCDESK_VERIFY_OK(canonical);
        QCOMPARE(canonical->count('\n'), 10000);
    }

    void blankNodesMadeToExplodeEndWithinTheLimit()
    {
        // A clique of 12 blank nodes, all alike: every permutation looks the same.
        QJsonArray nodes;
        for (int i = 0; i < 12; ++i) {
            QJsonArray links;
            for (int j = 0; j < 12; ++j)
                if (j != i)
                    links.append(QJsonObject{{"@id", QStringLiteral("_:n%1").arg(j)}});
            nodes.append(QJsonObject{{"@id", QStringLiteral("_:n%1").arg(i)},
                                     {"http://example.org/knows", links}});
        }
        auto clique = expand(QJsonObject{{"@graph", nodes}}, BundledContexts::loader());
        VCDESK_VERIFY_OK(clique);
        auto cliqueDataset = JsonLdToRdf::toRdf(clique.value());
        VCDESK_VERIFY_OK(cliqueDataset);
        Rdfc10::Options options;
        options.workLimit = 20'000; // the default ends it too (tst_rdfc10, test074), slower
        auto refused = Rdfc10::canonicalize(cliqueDataset.value(), options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("rdf.too_complex"));
        QCOMPARE(refused.error().message.contains("20000"), true);

        // A long chain of alike blank nodes is deep, not wide: it ends too.
        QJsonObject chain{{"http://example.org/v", "end"}};
        for (int i = 0; i < 200; ++i)
            chain = QJsonObject{{"http://example.org/next", chain}};
        auto expanded = expand(chain, BundledContexts::loader());
        VCDESK_VERIFY_OK(expanded);
        auto dataset = JsonLdToRdf::toRdf(expanded.value());
        VCDESK_VERIFY_OK(dataset);
        auto canonical = Rdfc10::canonicalize(dataset.value());
        VCDESK_VERIFY_OK(canonical);
        QCOMPARE(canonical->quads.size(), 201);
    }
};

QTEST_GUILESS_MAIN(TestJsonLdHostile)
#include "tst_jsonld_hostile.moc"
