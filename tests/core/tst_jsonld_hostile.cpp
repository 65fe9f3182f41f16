// JSON-LD and RDF canonicalization on hostile input, each ending with a clear code within
// bounded time and memory: contexts that include themselves or each other, a context on a
// host vcdesk does not fetch from, documents nested too deep, very wide documents, and blank
// node graphs made to explode canonicalization.

#include "core/jsonld/BundledContexts.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/JsonLdCanonicalizer.h"
#include "core/jsonld/JsonLdToRdf.h"
#include "core/rdf/RdfQuad.h"
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

    void aProtectedTermCannotBeRedefinedByAnyPath()
    {
        // The credentials context protects VerifiableCredential: not even as a reverse term,
        // nor by an @id that JSON-LD would ignore.
        for (const QJsonObject &redefinition :
             {QJsonObject{
                  {"VerifiableCredential", QJsonObject{{"@reverse", "https://example.org/other"}}}},
              QJsonObject{{"VerifiableCredential", QJsonObject{{"@id", "@ignoreMe"}}}}}) {
            auto refused =
                expand(QJsonObject{{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2",
                                                           redefinition}},
                                   {"type", "VerifiableCredential"}},
                       BundledContexts::loader());
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, QStringLiteral("jsonld.protected_term_redefinition"));
        }
    }

    void valuesKeepTheirExactForm()
    {
        auto expanded = expand(QJsonObject{{"@id", "https://example.org/s"},
                                           {"http://example.org/big", qint64(9007199254740993)},
                                           {"http://example.org/zero", -0.0},
                                           {"http://example.org/text",
                                            QJsonObject{{"@value", "x"}, {"@language", "en\n"}}}},
                               BundledContexts::loader());
        VCDESK_VERIFY_OK(expanded);
        auto dataset = JsonLdToRdf::toRdf(expanded.value());
        VCDESK_VERIFY_OK(dataset);
        QStringList lexical;
        for (const RdfQuad &quad : dataset.value())
            lexical << quad.object.value;
        QVERIFY2(lexical.contains("9007199254740993"), qPrintable(lexical.join(',')));
        QVERIFY(lexical.contains("0"));
        QVERIFY(!lexical.contains("x")); // a language tag with a line break is no tag
        auto safe = JsonLdToRdf::toRdf(expanded.value(), true);
        QVERIFY(!safe);
        QCOMPARE(safe.error().code, QStringLiteral("jsonld.data_loss"));
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

        // A chain of alike blank nodes is deep, not wide: a short one is put in canonical form;
        // a long one ends, refused, instead of recursing down the thread's stack.
        const auto chainOf = [](int length) {
            QJsonObject chain{{"http://example.org/v", "end"}};
            for (int i = 0; i < length; ++i)
                chain = QJsonObject{{"http://example.org/next", chain}};
            return chain;
        };
        auto shortChain = expand(chainOf(60), BundledContexts::loader());
        VCDESK_VERIFY_OK(shortChain);
        auto shortDataset = JsonLdToRdf::toRdf(shortChain.value());
        VCDESK_VERIFY_OK(shortDataset);
        auto canonical = Rdfc10::canonicalize(shortDataset.value());
        VCDESK_VERIFY_OK(canonical);
        QCOMPARE(canonical->quads.size(), 61);
        auto longChain = expand(chainOf(250), BundledContexts::loader());
        VCDESK_VERIFY_OK(longChain);
        auto refusedChain = Rdfc10::canonicalize(JsonLdToRdf::toRdf(longChain.value()).value());
        QVERIFY(!refusedChain);
        QCOMPARE(refusedChain.error().code, QStringLiteral("rdf.too_complex"));
    }
};

QTEST_GUILESS_MAIN(TestJsonLdHostile)
#include "tst_jsonld_hostile.moc"
