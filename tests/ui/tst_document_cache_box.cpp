// Settings' "Status lists and schemas cache" through its widgets, offscreen: read when shown
// (the folder named under the table), sortable and read-only; Refresh now and Remove wait for a
// choice, Clear all… for something to clear; Refresh now fetches the chosen document again
// from a loopback server, Remove takes it out, Clear all… asks first (No changes nothing, Yes
// clears), each with a sentence; a URL the policy refuses is said with its code, not fetched.

#include "core/common/ActivityBase.h"
#include "core/verify/DocumentCache.h"
#include "models/DocumentCacheModel.h"
#include "support/LoopbackPolicy.h"
#include "support/TestHttpServer.h"
#include "ui/DocumentCacheBox.h"
#include "ui/MessageBox.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

const QByteArray kSchema = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                           "\"type\":\"object\",\"properties\":{}}";
const QByteArray kStatusList = "{\"type\":[\"VerifiableCredential\",\"StatusList2021Credential\"],"
                               "\"credentialSubject\":{\"type\":\"StatusList2021\"}}";

} // namespace

class TestDocumentCacheBox : public QObject
{
    Q_OBJECT

    test::TestHttpServer m_server;

    struct Box
    {
        explicit Box(const QString &folder)
            : box(folder)
        {
            box.model()->setNetworkPolicy(test::loopbackPolicy());
            table = box.findChild<QTableView *>("documentCache");
            refresh = box.findChild<QPushButton *>("documentRefresh");
            remove = box.findChild<QPushButton *>("documentRemove");
            clear = box.findChild<QPushButton *>("documentClear");
        }
        /// Shown, and the cache read.
        bool show()
        {
            QSignalSpy loaded(box.model(), &DocumentCacheModel::loaded);
            box.show();
            return loaded.wait(5000);
        }
        /// Chooses the row showing `url` as a person would: the table focused (which may make
        /// the first row current without choosing it), Home, arrow keys, Space.
        bool choose(const QString &url)
        {
            table->setFocus();
            QTest::keyClick(table, Qt::Key_Home);
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (row > 0)
                    QTest::keyClick(table, Qt::Key_Down);
                if (table->currentIndex().data(DocumentCacheModel::UrlRole).toString() == url) {
                    QTest::keyClick(table, Qt::Key_Space);
                    return table->selectionModel()->isRowSelected(row, {});
                }
            }
            return false;
        }

        DocumentCacheBox box;
        QTableView *table = nullptr;
        QPushButton *refresh = nullptr;
        QPushButton *remove = nullptr;
        QPushButton *clear = nullptr;
    };

private slots:
    void initTestCase()
    {
        m_server.route("/status", test::TestHttpServer::Response{200, kStatusList});
    }

    void showsTheCacheAndWaitsForAChoice()
    {
        QTemporaryDir dir;
        DocumentCache cache(dir.path());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        cache.put("https://b.example/schema.json", kSchema, now.addSecs(-3600));
        cache.put("https://a.example/status/1", kStatusList + QByteArray(500, ' '), now);
        Box box(dir.path());
        QVERIFY(box.show());
        QCOMPARE(box.table->model()->rowCount(), 2);
        QVERIFY(box.box.title().contains("cache"));
        auto *folder = box.box.findChild<QLabel *>("documentCacheFolder");
        QVERIFY(folder->text().contains(QDir::toNativeSeparators(dir.path())));
        QCOMPARE(folder->textFormat(), Qt::PlainText);

        // Read-only and sortable (by URL at first; by size when asked).
        QCOMPARE(box.table->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(box.table->isSortingEnabled());
        QCOMPARE(box.table->model()->index(0, 0).data().toString(),
                 QStringLiteral("https://a.example/status/1"));
        box.table->horizontalHeader()->setSortIndicator(DocumentCacheModel::SizeColumn,
                                                        Qt::AscendingOrder);
        QCOMPARE(box.table->model()->index(0, 0).data().toString(),
                 QStringLiteral("https://b.example/schema.json"));
        box.table->horizontalHeader()->setSortIndicator(DocumentCacheModel::FetchedColumn,
                                                        Qt::DescendingOrder);
        QCOMPARE(box.table->model()->index(0, 0).data().toString(),
                 QStringLiteral("https://a.example/status/1"));

        // Every control is named for assistive technology, and has a mnemonic.
        QVERIFY(!box.table->accessibleName().isEmpty());
        for (QPushButton *button : {box.refresh, box.remove, box.clear}) {
            QVERIFY(!button->accessibleName().isEmpty());
            QVERIFY(button->text().contains('&'));
        }

        QVERIFY(!box.refresh->isEnabled());
        QVERIFY(!box.remove->isEnabled());
        QVERIFY(box.clear->isEnabled());
        QVERIFY(box.choose("https://b.example/schema.json"));
        QVERIFY(box.refresh->isEnabled());
        QVERIFY(box.remove->isEnabled());
    }

    void refreshRemoveAndClear()
    {
        QTemporaryDir dir;
        const QString url = m_server.url("/status").toString();
        DocumentCache(dir.path()).put(url, "old copy", QDateTime::currentDateTimeUtc().addDays(-3));
        DocumentCache(dir.path())
            .put("https://issuer.example/schema.json", kSchema, QDateTime::currentDateTimeUtc());
        Box box(dir.path());
        QVERIFY(box.show());
        QSignalSpy busy(&box.box, &DocumentCacheBox::busy);

        // Refresh now: fetched again, the newer copy cached, the choice kept.
        QVERIFY(box.choose(url));
        const int hits = m_server.hits("/status");
        QSignalSpy refreshed(box.box.model(), &DocumentCacheModel::refreshed);
        box.refresh->click();
        QCOMPARE(busy.count(), 1);
        QVERIFY(!box.refresh->isEnabled()); // one thing at a time
        QVERIFY(!box.clear->isEnabled());
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_server.hits("/status"), hits + 1);
        QVERIFY2(box.box.message().startsWith("Fetched http://127.0.0.1"),
                 qPrintable(box.box.message()));
        QCOMPARE(DocumentCache(dir.path()).get(url)->bytes, kStatusList);
        QCOMPARE(box.table->selectionModel()
                     ->selectedRows()
                     .value(0)
                     .data(DocumentCacheModel::UrlRole)
                     .toString(),
                 url);
        QTRY_VERIFY(box.refresh->isEnabled());

        // Remove: the chosen one only.
        QSignalSpy removed(box.box.model(), &DocumentCacheModel::removed);
        box.remove->click();
        QVERIFY(removed.wait(5000));
        QCOMPARE(box.table->model()->rowCount(), 1);
        QVERIFY(!DocumentCache(dir.path()).get(url));
        QVERIFY(box.box.message().startsWith("Removed http://127.0.0.1"));
        QVERIFY(!box.refresh->isEnabled()); // nothing chosen any more
        QVERIFY(!box.remove->isEnabled());

        // Clear all… asks first: No changes nothing.
        QSignalSpy cleared(box.box.model(), &DocumentCacheModel::cleared);
        const int before = busy.count();
        MessageBox::setNextAnswer(false);
        QTRY_VERIFY(box.clear->isEnabled());
        box.clear->click();
        QCOMPARE(busy.count(), before);
        QCOMPARE(box.table->model()->rowCount(), 1);
        // Yes clears.
        MessageBox::setNextAnswer(true);
        box.clear->click();
        QVERIFY(cleared.wait(5000));
        QCOMPARE(box.table->model()->rowCount(), 0);
        QVERIFY(DocumentCache(dir.path()).list().isEmpty());
        QVERIFY2(box.box.message().startsWith("Removed 1 cached"), qPrintable(box.box.message()));
        QVERIFY(!box.clear->isEnabled()); // nothing left to clear
        QVERIFY(!box.refresh->isEnabled());
    }

    void aRefusedUrlIsSaidAndNotFetched()
    {
        QTemporaryDir dir;
        const QString url = m_server.url("/status").toString();
        DocumentCache(dir.path()).put(url, "kept", QDateTime::currentDateTimeUtc());
        Box box(dir.path());
        box.box.model()->setNetworkPolicy(NetworkPolicy{}); // https only
        QVERIFY(box.show());
        QVERIFY(box.choose(url));
        const int connections = m_server.connections();
        QSignalSpy failed(box.box.model(), &DocumentCacheModel::failed);
        box.refresh->click();
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_server.connections(), connections);
        QVERIFY2(box.box.message().startsWith("Nothing changed: "), qPrintable(box.box.message()));
        QVERIFY2(box.box.message().endsWith("]"), qPrintable(box.box.message())); // its code
        QCOMPARE(DocumentCache(dir.path()).get(url)->bytes, QByteArray("kept"));
        QTRY_VERIFY(box.refresh->isEnabled());
    }

    void anEmptyCacheSaysSo()
    {
        QTemporaryDir dir;
        Box box(dir.path());
        QVERIFY(box.show());
        QCOMPARE(box.box.message(), QStringLiteral("Nothing is cached."));
        QVERIFY(!box.clear->isEnabled());
        QVERIFY(!box.refresh->isEnabled());
        QVERIFY(!box.remove->isEnabled());
    }
};

QTEST_MAIN(TestDocumentCacheBox)
#include "tst_document_cache_box.moc"
