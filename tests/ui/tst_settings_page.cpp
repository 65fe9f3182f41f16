// Settings through their widgets: the idle time that locks the wallet (kept, and applied at
// once), and the trust list: an issuer added with a name lands in the file, a bad pattern is
// said plainly and changes nothing, a removed one is gone; a damaged file is an error, not an
// empty list.

#include "core/verify/TrustList.h"
#include "models/TrustListModel.h"
#include "support/TestData.h"
#include "ui/IdleLock.h"
#include "ui/SettingsPage.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestSettingsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void idleTimeIsKeptAndApplied()
    {
        IdleLock idle;
        SettingsPage page(idle, m_dir.filePath("trust.json"));
        page.show();
        auto *minutes = page.findChild<QSpinBox *>("autoLockMinutes");
        QCOMPARE(minutes->value(), SettingsPage::kDefaultAutoLockMinutes);
        minutes->setFocus();
        minutes->selectAll();
        QTest::keyClicks(minutes, "3");
        QCOMPARE(minutes->value(), 3);
        QCOMPARE(idle.interval(), 3 * 60 * 1000);
        QCOMPARE(QSettings().value(SettingsPage::kAutoLockKey).toInt(), 3);
        QVERIFY(!minutes->accessibleName().isEmpty());
        QSettings().remove(SettingsPage::kAutoLockKey);
    }

    void trustListAddRefuseRemove()
    {
        const QString path = m_dir.filePath("sub/trust.json"); // its folder does not exist yet
        IdleLock idle;
        SettingsPage page(idle, path);
        page.show();
        TrustListModel *model = page.trustList();
        QTRY_VERIFY(model->isLoaded());
        QCOMPARE(model->rowCount(), 0);

        QSignalSpy saved(model, &TrustListModel::saved);
        QTest::keyClicks(page.findChild<QLineEdit *>("trustPattern"),
                         "did:web:university.example*");
        QTest::keyClicks(page.findChild<QLineEdit *>("trustName"), "Example University");
        QTest::keyClick(page.findChild<QLineEdit *>("trustName"), Qt::Key_Return);
        QVERIFY(saved.wait(5000));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(page.findChild<QLineEdit *>("trustPattern")->text().isEmpty());
        auto reread = TrustList::loadExisting(path);
        QVERIFY(reread.ok());
        QCOMPARE(reread->match("did:web:university.example:math")->name,
                 QStringLiteral("Example University"));

        // Too broad a pattern: refused, nothing changes.
        QSignalSpy failed(model, &TrustListModel::failed);
        QTest::keyClicks(page.findChild<QLineEdit *>("trustPattern"), "did:*");
        QTest::keyClicks(page.findChild<QLineEdit *>("trustName"), "Everyone");
        page.findChild<QPushButton *>("trustAdd")->click();
        QVERIFY(failed.wait(5000));
        QVERIFY(page.problem().startsWith("The trust list is unchanged"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(TrustList::loadExisting(path)->entries().size(), 1);

        // Remove the selected one.
        auto *table = page.findChild<QTableView *>("trustList");
        table->setCurrentIndex(model->index(0, 0));
        page.findChild<QPushButton *>("trustRemove")->click();
        QVERIFY(saved.wait(5000));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(TrustList::loadExisting(path)->isEmpty());
    }

    void aDamagedListIsAnError()
    {
        const QString path =
            test::writeFile(m_dir.path(), "damaged.json", "{\"issuers\": [ {\"pattern\": 5} ");
        IdleLock idle;
        SettingsPage page(idle, path);
        QSignalSpy failed(page.trustList(), &TrustListModel::failed);
        page.show();
        QVERIFY(failed.wait(5000));
        QVERIFY(!page.trustList()->isLoaded());
        // And an edit does not overwrite it with a fresh list.
        QTest::keyClicks(page.findChild<QLineEdit *>("trustPattern"), "did:web:a.example");
        QTest::keyClicks(page.findChild<QLineEdit *>("trustName"), "A");
        page.findChild<QPushButton *>("trustAdd")->click();
        QVERIFY(failed.wait(5000));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{\"issuers\": [ {\"pattern\": 5} "));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settings_page.moc"
