// The cache view's model over a real cache folder: loaded off the GUI thread (columns URL,
// kind, fetched, fresh until, usable until, size), a document fetched again from a loopback
// server, one removed, all cleared, each ending with its signal and the table read again; a
// URL the network policy refuses is not fetched and the cache stays; a row that is not there
// is an error. Checked throughout by QAbstractItemModelTester.

#include "core/common/Activity.h"
#include "core/verify/CachedFetch.h"
#include "core/verify/DocumentCache.h"
#include "models/DocumentCacheModel.h"
#include "support/LoopbackPolicy.h"
#include "support/TestHttpServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

const QByteArray kSchema = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                           "\"type\":\"object\",\"properties\":{}}";
const QByteArray kStatusList = "{\"type\":[\"VerifiableCredential\",\"StatusList2021Credential\"],"
                               "\"credentialSubject\":{\"type\":\"StatusList2021\"}}";

int rowOf(const DocumentCacheModel &model, const QString &url)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.listing(row).url == url)
            return row;
    return -1;
}

} // namespace

class TestDocumentCacheModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestHttpServer m_server;

private slots:
    void init()
    {
        QVERIFY(DocumentCache(m_dir.path()).clear().ok());
        m_server.route("/status", test::TestHttpServer::Response{200, kStatusList});
    }

    void loadsAndShowsEveryColumn()
    {
        const QDateTime fetched = QDateTime::fromString("2025-03-01T12:00:00Z", Qt::ISODate);
        DocumentCache cache(m_dir.path());
        cache.put("https://issuer.example/status/1", kStatusList, fetched);
        cache.put("https://issuer.example/schema.json", kSchema, fetched.addSecs(-60));

        DocumentCacheModel model(m_dir.path());
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy loaded(&model, &DocumentCacheModel::loaded);
        model.load();
        QVERIFY(loaded.wait(5000));
        QVERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DocumentCacheModel::ColumnCount));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

        const int row = rowOf(model, "https://issuer.example/status/1");
        QVERIFY(row >= 0);
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(DocumentCacheModel::UrlColumn).toString(),
                 QStringLiteral("https://issuer.example/status/1"));
        QCOMPARE(cell(DocumentCacheModel::KindColumn).toString(), QStringLiteral("Status list"));
        QCOMPARE(cell(DocumentCacheModel::FetchedColumn, DocumentCacheModel::SortRole).toDateTime(),
                 fetched);
        QCOMPARE(
            cell(DocumentCacheModel::FreshUntilColumn, DocumentCacheModel::SortRole).toDateTime(),
            fetched.addSecs(CachedFetch::kFreshSeconds));
        QCOMPARE(
            cell(DocumentCacheModel::UsableUntilColumn, DocumentCacheModel::SortRole).toDateTime(),
            fetched.addSecs(InspectOptions::kDefaultCacheMaxAgeSeconds));
        QCOMPARE(cell(DocumentCacheModel::SizeColumn, DocumentCacheModel::SortRole).toLongLong(),
                 kStatusList.size());
        for (int column = DocumentCacheModel::FetchedColumn;
             column < DocumentCacheModel::ColumnCount; ++column)
            QVERIFY(!cell(column).toString().isEmpty());
        const int schema = rowOf(model, "https://issuer.example/schema.json");
        QCOMPARE(model.index(schema, DocumentCacheModel::KindColumn).data().toString(),
                 QStringLiteral("Schema"));
    }

    void aHostileUrlIsShownEscaped()
    {
        const QString url = QString::fromUtf8("https://issuer.example/\u202egnp.exe");
        DocumentCache(m_dir.path()).put(url, kSchema, QDateTime::currentDateTimeUtc());
        DocumentCacheModel model(m_dir.path());
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&model, &DocumentCacheModel::loaded);
        model.load();
        QVERIFY(loaded.wait(5000));
        const QString shown = model.index(0, DocumentCacheModel::UrlColumn).data().toString();
        QVERIFY2(!shown.contains(QChar(0x202e)), qPrintable(shown));
        QVERIFY(shown.contains("\\u202e"));
        QCOMPARE(model.index(0, 0).data(DocumentCacheModel::UrlRole).toString(), url);
    }

    void refreshRemoveClear()
    {
        const QString url = m_server.url("/status").toString();
        DocumentCache(m_dir.path()).put(url, "old", QDateTime::currentDateTimeUtc().addDays(-2));
        DocumentCache(m_dir.path())
            .put("https://issuer.example/schema.json", kSchema, QDateTime::currentDateTimeUtc());
        DocumentCacheModel model(m_dir.path());
        QAbstractItemModelTester tester(&model);
        model.setNetworkPolicy(test::loopbackPolicy());
        QSignalSpy loaded(&model, &DocumentCacheModel::loaded);
        QSignalSpy failed(&model, &DocumentCacheModel::failed);
        model.load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 2);

        // Fetched again now: the new copy, and a new fetched time.
        const int hits = m_server.hits("/status");
        QSignalSpy refreshed(&model, &DocumentCacheModel::refreshed);
        ActivityBase *refreshing = model.refresh(rowOf(model, url));
        QVERIFY(refreshing->isRunning()); // off the GUI thread
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.first().first().toString(), url);
        QCOMPARE(m_server.hits("/status"), hits + 1);
        QCOMPARE(DocumentCache(m_dir.path()).get(url)->bytes, kStatusList);
        const int row = rowOf(model, url);
        QCOMPARE(model.index(row, DocumentCacheModel::KindColumn).data().toString(),
                 QStringLiteral("Status list"));
        QVERIFY(model.listing(row).fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);

        // Removed: gone from the folder and the table.
        QSignalSpy removed(&model, &DocumentCacheModel::removed);
        model.remove(rowOf(model, url));
        QVERIFY(removed.wait(5000));
        QCOMPARE(removed.first().first().toString(), url);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!DocumentCache(m_dir.path()).get(url));

        // Cleared: everything.
        QSignalSpy cleared(&model, &DocumentCacheModel::cleared);
        model.clear();
        QVERIFY(cleared.wait(5000));
        QCOMPARE(cleared.first().first().value<qsizetype>(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(DocumentCache(m_dir.path()).list().isEmpty());
        QCOMPARE(failed.count(), 0);

        // A row that is not there.
        model.remove(0);
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().endsWith("[cache.no_row]"),
                 qPrintable(failed.first().first().toString()));
    }

    void aRefusedUrlIsNotFetched()
    {
        const QString url = m_server.url("/status").toString();
        DocumentCache(m_dir.path()).put(url, "kept", QDateTime::currentDateTimeUtc());
        DocumentCacheModel model(m_dir.path()); // the default policy: https only
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&model, &DocumentCacheModel::loaded);
        model.load();
        QVERIFY(loaded.wait(5000));
        const int connections = m_server.connections();
        QSignalSpy failed(&model, &DocumentCacheModel::failed);
        QSignalSpy refreshed(&model, &DocumentCacheModel::refreshed);
        model.refresh(0);
        QVERIFY(failed.wait(5000));
        QCOMPARE(refreshed.count(), 0);
        QCOMPARE(m_server.connections(), connections);
        QCOMPARE(DocumentCache(m_dir.path()).get(url)->bytes, QByteArray("kept"));
        QCOMPARE(model.rowCount(), 1);
    }

    void otherProcessesShowAtTheNextLoad()
    {
        DocumentCacheModel model(m_dir.path());
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&model, &DocumentCacheModel::loaded);
        model.load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 0);
        DocumentCache(m_dir.path())
            .put("https://issuer.example/new", kSchema, QDateTime::currentDateTimeUtc());
        model.load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDocumentCacheModel)
#include "tst_document_cache_model.moc"
