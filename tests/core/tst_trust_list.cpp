// The local trust list: patterns, matching, persistence, damaged files.

#include "core/verify/TrustList.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

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
        QVERIFY(list.isEmpty());
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
};

QTEST_GUILESS_MAIN(TestTrustList)
#include "tst_trust_list.moc"
