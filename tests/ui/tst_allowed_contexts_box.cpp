// Settings' "JSON-LD contexts" through its widgets, offscreen: read when shown (a sentence when
// nothing is allowed); Allow waits for text, refuses what is not a context address with a
// sentence and changes nothing, allows by Enter as by the button (with and without =SHA-256,
// the file saved); Remove waits for a choice, asks first (No changes nothing, Yes removes); a
// damaged file is said, never shown as an empty list.

#include "core/verify/AllowedContexts.h"
#include "models/AllowedContextsModel.h"
#include "ui/AllowedContextsBox.h"
#include "ui/MessageBox.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestAllowedContextsBox : public QObject
{
    Q_OBJECT

    struct Box
    {
        explicit Box(const QString &path)
            : box(path)
        {
            table = box.findChild<QTableView *>("allowedContexts");
            entry = box.findChild<QLineEdit *>("allowedContextEntry");
            allow = box.findChild<QPushButton *>("allowContext");
            remove = box.findChild<QPushButton *>("removeContext");
        }
        bool show()
        {
            QSignalSpy loaded(box.model(), &AllowedContextsModel::loaded);
            QSignalSpy failed(box.model(), &AllowedContextsModel::failed);
            box.show();
            return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 5000);
        }
        /// Types `text` and presses Enter; waits for the outcome.
        bool type(const QString &text)
        {
            QSignalSpy added(box.model(), &AllowedContextsModel::added);
            QSignalSpy failed(box.model(), &AllowedContextsModel::failed);
            entry->clear();
            QTest::keyClicks(entry, text);
            QTest::keyClick(entry, Qt::Key_Return);
            return QTest::qWaitFor([&] { return !added.isEmpty() || !failed.isEmpty(); }, 5000);
        }

        AllowedContextsBox box;
        QTableView *table = nullptr;
        QLineEdit *entry = nullptr;
        QPushButton *allow = nullptr;
        QPushButton *remove = nullptr;
    };

private slots:
    void allowAndRemoveThroughTheWidgets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("allowed-contexts.json");
        Box b(path);
        QVERIFY(b.table && b.entry && b.allow && b.remove);
        QVERIFY(b.show());
        QCOMPARE(b.table->model()->rowCount(), 0);
        QVERIFY(b.box.message().contains("No context is allowed"));
        QVERIFY(!b.allow->isEnabled());
        QVERIFY(!b.remove->isEnabled());
        QVERIFY(!b.entry->accessibleName().isEmpty());

        // Not an address: said, nothing saved.
        QVERIFY(b.type("ftp://example.org/ctx"));
        QVERIFY2(b.box.message().startsWith("Nothing changed"), qPrintable(b.box.message()));
        QCOMPARE(b.table->model()->rowCount(), 0);
        QVERIFY(!QFile::exists(path));

        QVERIFY(b.type("https://humanos.id/credentials/v1"));
        QVERIFY2(b.box.message().startsWith("Allowed"), qPrintable(b.box.message()));
        QVERIFY(b.entry->text().isEmpty());
        const QByteArray hash(64, 'b');
        QVERIFY(b.type("https://a.example/ctx#sha256=" + QString::fromLatin1(hash)));
        QCOMPARE(b.table->model()->rowCount(), 2);
        const AllowedContexts::Map saved = AllowedContexts::load(path).value();
        QCOMPARE(saved.value("https://humanos.id/credentials/v1"), QByteArray());
        QCOMPARE(saved.value("https://a.example/ctx"), hash);

        // Remove: asked first; No keeps it, Yes removes it.
        b.table->setFocus();
        b.table->selectRow(0);
        QVERIFY(b.remove->isEnabled());
        const QString first = b.box.model()->urlAt(0);
        MessageBox::setNextAnswer(false);
        b.remove->click();
        QTest::qWait(50);
        QCOMPARE(b.table->model()->rowCount(), 2);
        QSignalSpy removed(b.box.model(), &AllowedContextsModel::removed);
        MessageBox::setNextAnswer(true);
        b.remove->click();
        QVERIFY(removed.wait(5000));
        QCOMPARE(removed.first().first().toString(), first);
        QCOMPARE(AllowedContexts::load(path)->size(), 1);
        QVERIFY(!AllowedContexts::load(path)->contains(first));
    }

    void aDamagedFileIsSaidNotShownEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("allowed-contexts.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"contexts\": [{\"url\": \"javascript:alert(1)\"}]}");
        file.close();
        Box b(path);
        QVERIFY(b.show());
        QVERIFY2(b.box.message().startsWith("The allowed contexts cannot be read"),
                 qPrintable(b.box.message()));
        QCOMPARE(b.table->model()->rowCount(), 0);
        // Allowing more does not overwrite the damaged file.
        QVERIFY(b.type("https://humanos.id/credentials/v1"));
        QVERIFY(b.box.message().startsWith("Nothing changed"));
        QVERIFY(!AllowedContexts::load(path));
    }
};

QTEST_MAIN(TestAllowedContextsBox)
#include "tst_allowed_contexts_box.moc"
