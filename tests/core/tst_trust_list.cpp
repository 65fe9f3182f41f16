// The local trust list: patterns, matching, persistence, damaged files; importing a list file
// read as hostile (TrustListImport: each refusal its own code, nothing merged) and exporting
// it (export then import gives the same list).

#include "core/verify/TrustList.h"
#include "core/verify/TrustListImport.h"
#include "support/ReportHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

const char *kKeyDid = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";

QByteArray entryJson(const QString &pattern, const QString &name, const QString &added = {})
{
    return QJsonDocument(QJsonObject{{"pattern", pattern}, {"name", name}, {"added", added}})
        .toJson(QJsonDocument::Compact);
}

QByteArray listJson(const QList<QByteArray> &entries)
{
    QByteArray json = "{\"issuers\":[";
    for (qsizetype i = 0; i < entries.size(); ++i)
        json += (i ? "," : "") + entries.at(i);
    return json + "]}";
}

} // namespace

class TestTrustList : public QObject
{
    Q_OBJECT
private slots:
    void matching()
    {
        TrustList list;
        QVERIFY(list.add("did:web:example.com*", "Example (any)").ok());
        QVERIFY(list.add("did:web:example.com:issuers*", "Example issuers").ok());
        QVERIFY(list.add("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "A key").ok());
        QCOMPARE(list.match("did:web:example.com:issuers:7")->name,
                 QStringLiteral("Example issuers")); // longest pattern
        QCOMPARE(list.match("did:web:example.com")->name, QStringLiteral("Example (any)"));
        QCOMPARE(list.match("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")->name,
                 QStringLiteral("A key"));
        QVERIFY(!list.match("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2do").has_value());
        QVERIFY(!list.match("did:web:evil.com").has_value());
        // A pattern covers a DID and its paths, never a longer name that only starts alike.
        QVERIFY(!list.match("did:web:example.com.evil.net").has_value());
        QVERIFY(!list.match("did:web:example.comx").has_value());
        QVERIFY(!list.match("did:web:example.com%3A8443").has_value());
        QCOMPARE(list.match("did:web:example.com:issuersx")->name, QStringLiteral("Example (any)"));
        // Adding the same pattern renames it; removing works once.
        QVERIFY(list.add("did:web:example.com*", "Renamed").ok());
        QCOMPARE(list.entries().size(), 3);
        QVERIFY(list.remove("did:web:example.com*"));
        QVERIFY(!list.remove("did:web:example.com*"));
    }

    void refusesBadPatterns()
    {
        TrustList list;
        for (const char *bad : {"*", "did:*", "example.com", "did:web:exa mple", "did:web:x#frag"})
            QCOMPARE(list.add(bad, "X").error().code, QStringLiteral("trust.pattern"));
        QCOMPARE(list.add("did:web:example.com", "  ").error().code, QStringLiteral("trust.name"));
        // A wildcard's stem: "did:", a lowercase method, ":", then DID characters only.
        for (const QString &bad :
             {QStringLiteral("did:web:exa mple*"), QStringLiteral("did::*"),
              QStringLiteral("did:WEB:example.com*"), QStringLiteral("did:web:x\n*"),
              QStringLiteral("did:web:\u202eevil*"), QStringLiteral("did:web:caf\u00e9*"),
              QStringLiteral("did:web*"), "did:web:" + QString(9000, 'a') + '*'})
            QCOMPARE(list.add(bad, "X").error().code, QStringLiteral("trust.pattern"));
        QVERIFY(list.isEmpty());
        // The refused text is shown escaped: no escape code or new line reaches a terminal.
        const QString message =
            list.add(QStringLiteral("did:web:x\x1b[31m\n*"), "X").error().message;
        QVERIFY2(!message.contains(QChar(0x1b)) && !message.contains(QChar('\n')),
                 qPrintable(message));
        // A whole method is anyone: anybody can make a did:key, or buy a domain.
        for (const char *broad : {"did:key:*", "did:web:*", "did:jwk:*", "did:pkh:*"}) {
            const Error error = list.add(broad, "X").error();
            QCOMPARE(error.code, QStringLiteral("trust.pattern_too_broad"));
            QVERIFY2(error.message.contains("every did:"), qPrintable(error.message));
        }
        QVERIFY(list.isEmpty());
        for (const char *good : {"did:web:example.com*", "did:web:example.com%3A8443:*",
                                 "did:key:z6Mk*", "did:web:a*"})
            VCDESK_VERIFY_OK(list.add(good, "X"));
        QCOMPARE(list.entries().size(), 4);
    }

    void persistence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("trust.json");
        QVERIFY(TrustList::load(path)->isEmpty()); // no file: an empty list
        TrustList list;
        QVERIFY(
            list.add("did:web:example.com*", QString::fromUtf8("Beispiel GmbH – Zeugnisse")).ok());
        QVERIFY(list.save(path).ok());
        auto loaded = TrustList::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->entries().size(), 1);
        QCOMPARE(loaded->entries().first().name, QString::fromUtf8("Beispiel GmbH – Zeugnisse"));
        QVERIFY(loaded->entries().first().added.isValid());

        for (const QByteArray &damaged :
             {QByteArray("{"), QByteArray("{\"issuers\":{}}"), QByteArray("[]"),
              QByteArray("{\"issuers\":[{\"pattern\":\"*\",\"name\":\"all\"}]}"),
              QByteArray("{\"issuers\":[],\"issuers\":[]}")}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(damaged);
            file.close();
            auto result = TrustList::load(path);
            QVERIFY2(!result.ok(), damaged.constData());
            QCOMPARE(result.error().code, QStringLiteral("trust.damaged"));
        }
    }
    void importRefusesHostileFiles_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("code");
        const QByteArray good = entryJson("did:web:example.com*", "Example");
        QTest::newRow("empty") << QByteArray() << "trust.import_empty";
        QTest::newRow("blank") << QByteArray(" \n\t ") << "trust.import_empty";
        QTest::newRow("not JSON") << QByteArray("issuers: did:web:example.com")
                                  << "trust.import_json";
        QTest::newRow("truncated") << listJson({good}).chopped(2) << "trust.import_json";
        QTest::newRow("duplicate member")
            << QByteArray("{\"issuers\":[],\"issuers\":[]}") << "trust.import_json";
        QTest::newRow("not UTF-8")
            << QByteArray("{\"issuers\":[{\"pattern\":\"did:web:a\",\"name\":"
                          "\"\xff\xfe\",\"added\":\"\"}]}")
            << "trust.import_json";
        QTest::newRow("too deep") << QByteArray("{\"issuers\":[[[[[[[]]]]]]]}")
                                  << "trust.import_json";
        QTest::newRow("an array") << QByteArray("[]") << "trust.import_schema";
        QTest::newRow("a string") << QByteArray("\"did:web:example.com\"") << "trust.import_schema";
        QTest::newRow("no issuers") << QByteArray("{\"trusted\":[]}") << "trust.import_schema";
        QTest::newRow("issuers an object")
            << QByteArray("{\"issuers\":{}}") << "trust.import_schema";
        QTest::newRow("another member")
            << QByteArray("{\"issuers\":[],\"extra\":1}") << "trust.import_schema";
        QTest::newRow("entry a string")
            << listJson({"\"did:web:example.com\""}) << "trust.import_schema";
        QTest::newRow("pattern a number")
            << listJson({"{\"pattern\":5,\"name\":\"X\",\"added\":\"\"}"}) << "trust.import_schema";
        QTest::newRow("name null")
            << listJson({"{\"pattern\":\"did:web:a\",\"name\":null,\"added\":\"\"}"})
            << "trust.import_schema";
        QTest::newRow("no added") << listJson({"{\"pattern\":\"did:web:a\",\"name\":\"A\"}"})
                                  << "trust.import_schema";
        QTest::newRow("an extra member")
            << listJson({"{\"pattern\":\"did:web:a\",\"name\":\"A\",\"added\":\"\",\"trust\":1}"})
            << "trust.import_schema";
        QTest::newRow("not a DID")
            << listJson({good, entryJson("https://example.com", "Web")}) << "trust.import_pattern";
        QTest::newRow("everything")
            << listJson({entryJson("did:*", "All")}) << "trust.import_pattern";
        QTest::newRow("a whole method")
            << listJson({good, entryJson("did:key:*", "Any key")}) << "trust.import_pattern";
        QTest::newRow("a DID URL")
            << listJson({entryJson("did:web:example.com#key-1", "K")}) << "trust.import_pattern";
        QTest::newRow("bidi in a pattern")
            << listJson({entryJson(QString::fromUtf8("did:web:exa\u202emple*"), "E")})
            << "trust.import_pattern";
        QTest::newRow("space in a pattern")
            << listJson({entryJson("did:web:exa mple*", "E")}) << "trust.import_pattern";
        QTest::newRow("duplicate") << listJson({good, entryJson("did:web:example.com*", "Other")})
                                   << "trust.import_duplicate";
        QTest::newRow("no name") << listJson({entryJson(kKeyDid, "  ")}) << "trust.import_name";
        QTest::newRow("long name")
            << listJson({entryJson(kKeyDid, QString(TrustListImport::kMaxNameLength + 1, 'n'))})
            << "trust.import_name";
        QTest::newRow("newline in name")
            << listJson({entryJson(kKeyDid, "Bank\nPaid: yes")}) << "trust.import_control";
        QTest::newRow("escape in name")
            << listJson({entryJson(kKeyDid, "Bank\x1b[31m")}) << "trust.import_control";
        QTest::newRow("C1 in name")
            << listJson({entryJson(kKeyDid, QString::fromUtf8("Bank\u0085"))})
            << "trust.import_control";
        QTest::newRow("bad date") << listJson({entryJson(kKeyDid, "Key", "yesterday")})
                                  << "trust.import_added";
        QTest::newRow("too large")
            << QByteArray(TrustListImport::kMaxBytes + 1, ' ') << "trust.import_too_large";
        QList<QByteArray> many;
        for (int i = 0; i <= TrustListImport::kMaxEntries; ++i)
            many << "{\"pattern\":\"did:web:e" + QByteArray::number(i) +
                        "\",\"name\":\"E\",\"added\":\"\"}";
        QTest::newRow("too many") << listJson(many) << "trust.import_too_many";
    }

    void importRefusesHostileFiles()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, code);
        auto parsed = TrustListImport::parse(file);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
        // The same through a file.
        QTemporaryDir dir;
        QFile out(dir.filePath("import.json"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
        out.close();
        auto read = TrustListImport::read(out.fileName());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, code);
    }

    void importReadsOnlyFiles()
    {
        QTemporaryDir dir;
        QCOMPARE(TrustListImport::read(dir.filePath("missing.json")).error().code,
                 QStringLiteral("trust.import_unreadable"));
        QCOMPARE(TrustListImport::read(dir.path()).error().code,
                 QStringLiteral("trust.import_unreadable"));
        // Never read to the end of an endless device.
        QCOMPARE(TrustListImport::read("/dev/zero").error().code,
                 QStringLiteral("trust.import_unreadable"));
    }

    void importKeepsBidiNamesAsData()
    {
        // Right-to-left names (and their marks) are names: kept exactly, shown escaped.
        const QString arabic = QString::fromUtf8("\u0628\u0646\u0643 \u200fExample");
        const QString override = QString::fromUtf8("Bank \u202eevil\u202c");
        auto parsed = TrustListImport::parse(
            listJson({entryJson(kKeyDid, arabic), entryJson("did:web:example.com*", override),
                      entryJson("did:web:markup.example", "<b>Bold</b> &amp;")}));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->size(), 3);
        QCOMPARE(parsed->at(0).name, arabic);
        QCOMPARE(parsed->at(1).name, override);
        QCOMPARE(parsed->at(2).name, QStringLiteral("<b>Bold</b> &amp;"));
        QVERIFY(!parsed->at(0).added.isValid()); // "" means not known
    }

    void importMergesIntoTheList()
    {
        TrustList list;
        QVERIFY(list.add("did:web:example.com*", "Old name").ok());
        QVERIFY(list.add(kKeyDid, "A key").ok());
        const QDateTime oldDate = list.entries().first().added;
        auto entries = TrustListImport::parse(
            listJson({entryJson("did:web:example.com*", "New name", "2024-05-01T10:00:00Z"),
                      entryJson(kKeyDid, "A key"),
                      entryJson("did:web:other.example", "Other", "2024-05-02T10:00:00Z")}));
        QVERIFY(entries.ok());
        auto summary = TrustListImport::merge(list, entries.value());
        QVERIFY(summary.ok());
        QCOMPARE(summary->read, 3);
        QCOMPARE(summary->added, 1);
        QCOMPARE(summary->renamed, 1);
        QCOMPARE(list.entries().size(), 3);
        QCOMPARE(list.entries().at(0).name, QStringLiteral("New name"));
        QCOMPARE(list.entries().at(0).added, oldDate); // its own date stays
        QCOMPARE(list.entries().at(2).added,
                 QDateTime::fromString("2024-05-02T10:00:00Z", Qt::ISODate));

        // A merge that would make the list too long changes nothing.
        TrustList full;
        for (int i = 0; i < TrustListImport::kMaxEntries; ++i)
            QVERIFY(full.add(QStringLiteral("did:web:e%1").arg(i), "E").ok());
        const auto more = TrustListImport::merge(full, entries.value());
        QCOMPARE(more.error().code, QStringLiteral("trust.import_too_many"));
        QCOMPARE(full.entries().size(), TrustListImport::kMaxEntries);
    }

    void exportThenImportGivesTheSameList()
    {
        QTemporaryDir dir;
        TrustList list;
        QVERIFY(
            list.add("did:web:example.com*", QString::fromUtf8("Beispiel GmbH – Zeugnisse")).ok());
        QVERIFY(list.add(kKeyDid, QString::fromUtf8("\u0628\u0646\u0643")).ok());
        QVERIFY(list.add("did:web:example.com:issuers:7", "Issuer 7").ok());
        QVERIFY(list.save(dir.filePath("exported.json")).ok());

        auto entries = TrustListImport::read(dir.filePath("exported.json"));
        QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().toString()));
        TrustList again;
        QVERIFY(TrustListImport::merge(again, entries.value()).ok());
        QCOMPARE(again.entries().size(), list.entries().size());
        for (qsizetype i = 0; i < list.entries().size(); ++i) {
            QCOMPARE(again.entries().at(i).pattern, list.entries().at(i).pattern);
            QCOMPARE(again.entries().at(i).name, list.entries().at(i).name);
            // Saved to the second, as TrustList::save writes it.
            QCOMPARE(again.entries().at(i).added.toSecsSinceEpoch(),
                     list.entries().at(i).added.toSecsSinceEpoch());
        }
        // Saved again, the same bytes.
        QVERIFY(again.save(dir.filePath("again.json")).ok());
        QFile first(dir.filePath("exported.json"));
        QFile second(dir.filePath("again.json"));
        QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll(), first.readAll());
    }
};

QTEST_GUILESS_MAIN(TestTrustList)
#include "tst_trust_list.moc"
