// SchemaConformance: the JSON Schema keywords credentials use, and schemas served on loopback.

#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/DocumentCache.h"
#include "core/verify/JsonSchemaValidator.h"
#include "support/InspectWhileServing.h"
#include "support/TestHttpServer.h"
#include "support/TokenFactory.h"

#include <QJsonArray>
#include <QtTest>

using namespace vcdesk;
using Outcome = CheckResult::Outcome;

namespace {

const QJsonObject kEmailSchema{
    {"$schema", "https://json-schema.org/draft/2020-12/schema"},
    {"type", "object"},
    {"required", QJsonArray{"credentialSubject", "type"}},
    {"properties",
     QJsonObject{
         {"type", QJsonObject{{"type", "array"},
                              {"items", QJsonObject{{"type", "string"}}},
                              {"minItems", 1}}},
         {"credentialSubject",
          QJsonObject{
              {"type", "object"},
              {"required", QJsonArray{"email"}},
              {"additionalProperties", false},
              {"properties",
               QJsonObject{
                   {"email", QJsonObject{{"type", "string"}, {"format", "email"}}},
                   {"id", QJsonObject{{"type", "string"}, {"format", "uri"}}},
                   {"level", QJsonObject{{"enum", QJsonArray{"basic", "verified"}}}},
                   {"since", QJsonObject{{"type", "string"}, {"format", "date-time"}}},
                   {"code", QJsonObject{{"type", "string"}, {"pattern", "^[A-Z]{3}-[0-9]+$"}}},
                   {"age",
                    QJsonObject{{"type", "integer"}, {"minimum", 0}, {"maximum", 150}}}}}}}}}};

QStringList violations(const QJsonObject &subject)
{
    const QJsonObject doc{{"type", QJsonArray{"VerifiableCredential"}},
                          {"credentialSubject", subject}};
    return JsonSchemaValidator::validate(doc, kEmailSchema).violations;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void keywords_data()
    {
        QTest::addColumn<QJsonObject>("subject");
        QTest::addColumn<QString>("violation"); // empty: conforms
        QTest::newRow("conforms") << QJsonObject{{"email", "a@example.com"},
                                                 {"id", "did:example:1"},
                                                 {"level", "basic"},
                                                 {"since", "2024-01-01T00:00:00Z"},
                                                 {"code", "ABC-12"},
                                                 {"age", 42}}
                                  << QString();
        QTest::newRow("required") << QJsonObject{{"id", "did:example:1"}}
                                  << "\"email\" is required";
        QTest::newRow("type") << QJsonObject{{"email", 5}}
                              << "/credentialSubject/email: expected string";
        QTest::newRow("email format")
            << QJsonObject{{"email", "not-an-email"}} << "not a valid email";
        QTest::newRow("uri format")
            << QJsonObject{{"email", "a@b.co"}, {"id", "no scheme"}} << "not a valid uri";
        QTest::newRow("date-time format")
            << QJsonObject{{"email", "a@b.co"}, {"since", "2024-13-01T00:00:00Z"}}
            << "not a valid date-time";
        QTest::newRow("enum") << QJsonObject{{"email", "a@b.co"}, {"level", "gold"}}
                              << "not one of the allowed values";
        QTest::newRow("pattern") << QJsonObject{{"email", "a@b.co"}, {"code", "abc-12"}}
                                 << "does not match the pattern";
        QTest::newRow("integer") << QJsonObject{{"email", "a@b.co"}, {"age", 4.5}}
                                 << "expected integer";
        QTest::newRow("maximum") << QJsonObject{{"email", "a@b.co"}, {"age", 151}}
                                 << "more than 150";
        QTest::newRow("additionalProperties") << QJsonObject{{"email", "a@b.co"}, {"extra", 1}}
                                              << "/credentialSubject/extra: not allowed";
    }
    void keywords()
    {
        QFETCH(QJsonObject, subject);
        QFETCH(QString, violation);
        const QStringList found = violations(subject);
        if (violation.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.join("; ")));
        } else {
            QVERIFY2(!found.isEmpty() && found.join("; ").contains(violation),
                     qPrintable(found.join("; ")));
        }
    }

    void unsupportedKeywordsAreNamed()
    {
        const QJsonObject schema{{"allOf", QJsonArray{QJsonObject{{"$ref", "#/$defs/x"}}}},
                                 {"type", "object"}};
        const auto outcome = JsonSchemaValidator::validate(QJsonObject{}, schema);
        QVERIFY(outcome.violations.isEmpty());
        QVERIFY(outcome.unsupported.contains("$ref")); // allOf itself is applied
        // Several are named in one fixed order, whatever the schema's.
        const QJsonObject several{
            {"uniqueItems", true}, {"multipleOf", 2}, {"if", QJsonObject{}}, {"type", "array"}};
        QCOMPARE(JsonSchemaValidator::validate(QJsonArray{}, several).unsupported,
                 (QStringList{"if", "uniqueItems", "multipleOf"}));
        QVERIFY(
            JsonSchemaValidator::validate(QJsonArray{}, {{"type", "array"}}).unsupported.isEmpty());
        // Deep or pathological schemas end, with a note.
        QJsonObject deep{{"type", "object"}};
        QJsonObject instance;
        for (int i = 0; i < 50; ++i) {
            deep = QJsonObject{{"type", "object"}, {"properties", QJsonObject{{"a", deep}}}};
            instance = QJsonObject{{"a", instance}};
        }
        QVERIFY(!JsonSchemaValidator::validate(instance, deep).unsupported.isEmpty());
    }

    void servedSchemas()
    {
        test::TestHttpServer server;
        server.route("/schemas/email.json", {200, QJsonDocument(kEmailSchema).toJson()});
        server.route(
            "/schemas/ref.json",
            {200, QJsonDocument(
                      QJsonObject{{"$ref", "#/$defs/vc"},
                                  {"$defs", QJsonObject{{"vc", QJsonObject{{"type", "object"}}}}}})
                      .toJson()});
        server.route("/schemas/broken.json", {200, "{not json"});
        const auto issuer = test::Issuer::make(KeyType::P256);
        QTemporaryDir cacheDir;
        InspectOptions options;
        options.resolver = MultiMethodDidResolver::createDefault();
        options.network.allowLoopbackHttp = true;
        options.documentCache = std::make_shared<DocumentCache>(cacheDir.path());
        const qint64 now = QDateTime::currentSecsSinceEpoch();

        auto inspect = [&](const QString &path, const QString &type, const QJsonObject &subject,
                           const InspectOptions &o) {
            QJsonObject claims = test::credentialClaims(issuer.did, now - 60, now + 3600);
            QJsonObject vc = claims.value("vc").toObject();
            vc.insert("credentialSubject", subject);
            vc.insert("credentialSchema",
                      QJsonObject{{"id", server.url(path).toString()}, {"type", type}});
            claims.insert("vc", vc);
            const QByteArray token = test::sign(issuer.key, claims);
            return test::inspectWhileServing(token, o);
        };
        const QJsonObject good{{"email", "alice@example.com"}};
        Inspection ok = inspect("/schemas/email.json", "JsonSchema", good, options);
        QCOMPARE(ok.report.check("SchemaConformance")->outcome, Outcome::Pass);
        QCOMPARE(ok.report.verdict(), ValidationReport::Verdict::Valid);
        Inspection bad = inspect("/schemas/email.json", "JsonSchemaValidator2018",
                                 QJsonObject{{"email", "nope"}}, options);
        QCOMPARE(bad.report.check("SchemaConformance")->outcome, Outcome::Fail);
        QCOMPARE(bad.report.verdict(), ValidationReport::Verdict::Invalid);
        QCOMPARE(inspect("/schemas/ref.json", "JsonSchema", good, options)
                     .report.check("SchemaConformance")
                     ->outcome,
                 Outcome::Unknown);
        QCOMPARE(inspect("/schemas/broken.json", "JsonSchema", good, options)
                     .report.check("SchemaConformance")
                     ->outcome,
                 Outcome::Unknown);
        QCOMPARE(inspect("/schemas/missing.json", "JsonSchema", good, options)
                     .report.check("SchemaConformance")
                     ->outcome,
                 Outcome::Unknown);
        QCOMPARE(inspect("/schemas/email.json", "ShaclSchema", good, options)
                     .report.check("SchemaConformance")
                     ->outcome,
                 Outcome::Unknown);
        // Offline: the cached schema still applies.
        InspectOptions offline = options;
        offline.network.offline = true;
        offline.documentCache = std::make_shared<DocumentCache>(cacheDir.path());
        QCOMPARE(inspect("/schemas/email.json", "JsonSchema", good, offline)
                     .report.check("SchemaConformance")
                     ->outcome,
                 Outcome::Pass);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
