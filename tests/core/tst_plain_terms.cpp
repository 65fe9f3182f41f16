// PlainTermPolicy: a Data Integrity document is read by its terms' names, so a member written
// in another JSON-LD form (which an RDF-canonicalized proof signs just the same) is refused.
// The signed attacks themselves are in tests/data/hostile/rdfc-*.json (tst_hostile_corpus).

#include "core/verify/PlainTermPolicy.h"

#include <QJsonArray>
#include <QTest>

using namespace vcdesk;

class TestPlainTerms : public QObject
{
    Q_OBJECT

    static QJsonObject single(const QString &member, const QJsonValue &value)
    {
        return QJsonObject{{member, value}};
    }

private slots:
    void readableForms_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::newRow("terms") << QJsonObject{
            {"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
            {"type", QJsonArray{"VerifiableCredential"}},
            {"validUntil", "2099-01-01T00:00:00Z"},
            {"credentialSubject",
             QJsonObject{{"id", "did:example:a"}, {"email", "a@example.com"}}}};
        QTest::newRow("language value object") << single(
            "name", QJsonObject{{"@value", "Alice"}, {"@language", "en"}, {"@direction", "ltr"}});
        QTest::newRow("typed value object")
            << single("n", QJsonObject{{"@value", "5"},
                                       {"@type", "http://www.w3.org/2001/XMLSchema#integer"}});
        QTest::newRow("values with colons")
            << QJsonObject{{"id", "urn:uuid:1"}, {"see", QJsonArray{"https://a.example/x"}}};
        QTest::newRow("a JSON Schema literal")
            << QJsonObject{{"type", "JsonSchema"},
                           {"jsonSchema", QJsonObject{{"$schema", "https://json-schema.org/x"},
                                                      {"default", QJsonValue::Null},
                                                      {"examples", QJsonArray{QJsonArray{1}}},
                                                      {"urn:x", 1}}}};
        QTest::newRow("a cnf key literal")
            << single("cnf", single("jwk", QJsonObject{{"kty", "OKP"}, {"x:y", QJsonValue::Null}}));
        QTest::newRow("proof's own context") << single(
            "proof",
            QJsonObject{{"@context", QJsonArray{"https://w3id.org/security/data-integrity/v2"}},
                        {"type", "DataIntegrityProof"}});
    }
    void readableForms()
    {
        QFETCH(QJsonObject, document);
        const Status read = PlainTermPolicy::check(document);
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
    }

    void unreadForms_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("member");
        const QString iri = "https://www.w3.org/2018/credentials#validUntil";
        QTest::newRow("full IRI") << single(iri, "2020-01-01T00:00:00Z") << iri;
        QTest::newRow("compact IRI")
            << single("cred:validUntil", "2020-01-01T00:00:00Z") << "cred:validUntil";
        QTest::newRow("blank node id") << single("_:b0", "x") << "_:b0";
        QTest::newRow("@nest") << single("@nest", single("validUntil", "2020-01-01T00:00:00Z"))
                               << "@nest";
        QTest::newRow("@included")
            << single("@included", QJsonArray{single("id", "did:example:b")}) << "@included";
        QTest::newRow("@id in the subject")
            << single("credentialSubject", single("@id", "did:example:a")) << "@id";
        QTest::newRow("@type outside a value object")
            << single("@type", "VerifiableCredential") << "@type";
        QTest::newRow("@graph") << single("@graph", QJsonArray{}) << "@graph";
        QTest::newRow("jsonSchema outside a JsonSchema")
            << single("jsonSchema", single("@nest", 1)) << "@nest";
        QTest::newRow("jwk outside cnf") << single("jwk", single("a:b", 1)) << "a:b";
        const QString expiration = "https://w3id.org/security#expiration";
        QTest::newRow("in the proof")
            << single("proof", QJsonArray{QJsonObject{{"type", "DataIntegrityProof"},
                                                      {expiration, "2020-01-01T00:00:00Z"}}})
            << expiration;
        QTest::newRow("@language outside a value object")
            << single("name", single("@language", "en")) << "@language";
        QTest::newRow("a null before the subject")
            << single("credentialSubject",
                      QJsonArray{QJsonValue::Null, single("id", "did:example:a")})
            << "null";
        QTest::newRow("the subject in an array in an array")
            << single("credentialSubject", QJsonArray{QJsonArray{single("id", "did:example:a")}})
            << "array inside an array";
        QTest::newRow("deep in an array")
            << single("a", QJsonArray{single("b", QJsonArray{single("x:y", 1)})}) << "x:y";
    }
    void unreadForms()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, member);
        const Status read = PlainTermPolicy::check(document);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("di.unread_member"));
        QVERIFY2(read.error().message.contains(member), qPrintable(read.error().message));
    }

    void tooDeepIsRefused()
    {
        QJsonValue value = QJsonObject{{"x", 1}};
        for (int i = 0; i < 80; ++i)
            value = QJsonObject{{"a", value}};
        const Status read = PlainTermPolicy::check(value.toObject());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("di.unread_member"));
        QVERIFY(read.error().message.contains("deeper than"));
    }

    void hostileMemberNamesAreEscaped()
    {
        const Status read = PlainTermPolicy::check(QJsonObject{{"@x\x1b[8m\u202e", 1}});
        QVERIFY(!read.ok());
        QVERIFY(!read.error().message.contains(QChar(0x1b)));
        QVERIFY(!read.error().message.contains(QChar(0x202e)));
    }
};

QTEST_GUILESS_MAIN(TestPlainTerms)
#include "tst_plain_terms.moc"
