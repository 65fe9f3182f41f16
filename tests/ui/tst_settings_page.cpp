// Settings through their widgets: the idle time that locks the wallet (kept, and applied at
// once), and the trust list: an issuer added with a name lands in the file, a bad pattern is
// said plainly and changes nothing, a removed one is gone; a damaged file is an error, not an
// empty list. Keys and identities, against a real wallet file: a new P-256 did:jwk key is
// listed with its DID and selected, made the default (the wallet agrees when asked again),
// its DID copied; locked, the table is empty and nothing can be made. The language choice is
// kept in the settings. Without a session bus (ctest runs it so), remembering the wallet in
// the keychain is a sentence and the box stays unticked. Import… merges a trust list file
// (chosen through FileDialog's seam) and says how many came; a hostile file is refused with
// its code and changes nothing; Export… writes the list, which imports back the same. The
// status lists and schemas cache is shown under the trust list.

#include "core/verify/TrustList.h"
#include "core/verify/TrustListImport.h"
#include "models/KeyListModel.h"
#include "models/LanguageChoice.h"
#include "models/RememberedWallets.h"
#include "models/TrustListModel.h"
#include "models/WalletSession.h"
#include "support/TestData.h"
#include "support/WalletFixture.h"
#include "support/WindowDriver.h"
#include "ui/DocumentCacheBox.h"
#include "ui/FileDialog.h"
#include "ui/IdleLock.h"
#include "ui/KeysBox.h"
#include "ui/MainWindow.h"
#include "ui/SettingsPage.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestSettingsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// A wallet file made as the window makes one, opened and unlocked in `session`; its
    /// profile's id.
    qint64 openWallet(WalletSession &session, const QString &path)
    {
        qint64 profile = 0;
        {
            auto wallet = test::createWallet(path); // one P-256 did:key key, the default
            profile = wallet->profiles().resolve({}).value().id;
        } // closed: the session takes the file
        QSignalSpy opened(&session, &WalletSession::opened);
        QSignalSpy unlocked(&session, &WalletSession::unlocked);
        session.open(path, Wallet::Access::ReadWrite);
        if (!opened.wait(10000))
            return 0;
        session.unlock("pass");
        return unlocked.wait(10000) ? profile : 0;
    }

    /// The profile's default key, read again on the wallet's thread.
    static HolderKey defaultKey(WalletSession &session, qint64 profile)
    {
        auto *reading =
            session.read<HolderKey>([profile](Wallet &wallet, const ActivityBase::Context &) {
                return wallet.keys().defaultKey(profile);
            });
        QSignalSpy done(reading, &ActivityBase::finished);
        if (!done.wait(10000) || !reading->result())
            return {};
        return reading->result().value();
    }

    static QString cell(QTableView *table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        // Settings of this test only (ctest gives it a config folder of its own too).
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("vcdesk-tst-settings-page"));
        QSettings().clear();
    }

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

    void trustListImportAndExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("trust.json");
        {
            TrustList existing;
            QVERIFY(existing.add("did:web:university.example*", "Old name").ok());
            QVERIFY(existing.save(path).ok());
        }
        IdleLock idle;
        SettingsPage page(idle, path, nullptr, dir.filePath("cache"));
        page.show();
        TrustListModel *model = page.trustList();
        QTRY_VERIFY(model->isLoaded());
        QCOMPARE(model->rowCount(), 1);
        auto *importButton = page.findChild<QPushButton *>("trustImport");
        auto *exportButton = page.findChild<QPushButton *>("trustExport");
        for (QPushButton *button : {importButton, exportButton}) {
            QVERIFY(!button->accessibleName().isEmpty());
            QVERIFY(button->text().contains('&'));
        }
        QSignalSpy busy(&page, &SettingsPage::busy);

        // Cancelled: nothing starts.
        const int before = busy.count();
        FileDialog::setNextOpenFileName(QString());
        importButton->click();
        QCOMPARE(busy.count(), before);

        // A good file: merged (one renamed, two new), and said in a sentence.
        const QString good = test::writeFile(
            dir.path(), "good.json",
            "{\"issuers\":["
            "{\"pattern\":\"did:web:university.example*\","
            "\"name\":\"Example University\",\"added\":\"\"},"
            "{\"pattern\":\"did:web:mail.example\","
            "\"name\":\"Mail\",\"added\":\"2024-05-01T10:00:00Z\"},"
            "{\"pattern\":\"did:web:bank.example*\",\"name\":\"Bank\",\"added\":\"\"}]}");
        QSignalSpy imported(model, &TrustListModel::imported);
        FileDialog::setNextOpenFileName(good);
        importButton->click();
        QCOMPARE(busy.count(), before + 1);
        QVERIFY(!importButton->isEnabled()); // one at a time
        QVERIFY(imported.wait(5000));
        QCOMPARE(model->rowCount(), 3);
        QVERIFY2(page.transferMessage().startsWith("Imported 3 issuer(s) from "),
                 qPrintable(page.transferMessage()));
        QVERIFY(page.transferMessage().contains("2 new, 1 renamed"));
        QCOMPARE(TrustList::loadExisting(path)->match("did:web:university.example")->name,
                 QStringLiteral("Example University"));
        QVERIFY(importButton->isEnabled());
        auto *message = page.findChild<QLabel *>("trustTransferMessage");
        QCOMPARE(message->textFormat(), Qt::PlainText);

        // A hostile file: refused whole, with its code; the list and its file stay.
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray savedBytes = saved.readAll();
        saved.close();
        const QString hostile = test::writeFile(
            dir.path(), "hostile.json",
            "{\"issuers\":[{\"pattern\":\"did:web:fine.example\",\"name\":\"Fine\",\"added\":\"\"},"
            "{\"pattern\":\"https://evil.example\",\"name\":\"Evil\",\"added\":\"\"}]}");
        QSignalSpy failed(model, &TrustListModel::failed);
        FileDialog::setNextOpenFileName(hostile);
        importButton->click();
        QVERIFY(failed.wait(5000));
        QVERIFY2(page.transferMessage().startsWith("Nothing was imported: "),
                 qPrintable(page.transferMessage()));
        QVERIFY(page.transferMessage().endsWith("[trust.import_pattern]"));
        QVERIFY(page.problem().isEmpty()); // said under Import…, once
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), savedBytes);
        saved.close();

        // Export: the list as saved, which imports back the same.
        const QString exported = dir.filePath("exported.json");
        QSignalSpy exportedSpy(model, &TrustListModel::exported);
        FileDialog::setNextSaveFileName(exported);
        exportButton->click();
        QVERIFY(exportedSpy.wait(5000));
        QVERIFY2(page.transferMessage().startsWith("Exported 3 issuer(s) to "),
                 qPrintable(page.transferMessage()));
        auto back = TrustListImport::read(exported);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back->size(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(back->at(row).pattern,
                     model->index(row, TrustListModel::PatternColumn).data().toString());
            QCOMPARE(back->at(row).name,
                     model->index(row, TrustListModel::NameColumn).data().toString());
        }

        // Where it cannot be written: said, with its code.
        FileDialog::setNextSaveFileName(dir.filePath("no/such/folder/list.json"));
        exportButton->click();
        QVERIFY(failed.wait(5000));
        QVERIFY2(page.transferMessage().startsWith("The trust list was not exported: "),
                 qPrintable(page.transferMessage()));
        QVERIFY(page.transferMessage().endsWith("[trust.unwritable]"));
    }

    void theCacheIsShownUnderTheTrustList()
    {
        QTemporaryDir dir;
        IdleLock idle;
        SettingsPage page(idle, dir.filePath("trust.json"), nullptr, dir.filePath("cache"));
        page.show();
        DocumentCacheBox *cache = page.documentCache();
        QVERIFY(cache);
        QVERIFY(cache->isVisible());
        QTRY_COMPARE(cache->message(), QStringLiteral("Nothing is cached."));
        QVERIFY(cache->findChild<QLabel *>("documentCacheFolder")
                    ->text()
                    .contains(QDir::toNativeSeparators(dir.filePath("cache"))));
    }

    void withoutAWalletKeysAndKeychainWait()
    {
        IdleLock idle;
        SettingsPage page(idle, m_dir.filePath("trust.json"));
        page.show();
        QVERIFY(!page.findChild<QPushButton *>("newKey")->isEnabled());
        QVERIFY(!page.findChild<QCheckBox *>("keychainRemember")->isEnabled());
        QVERIFY(page.keys()->message().contains("Unlock the wallet"));
    }

    void keysAreMadeChosenAndCopied()
    {
        const QString path = m_dir.filePath("keys.db");
        WalletSession session;
        const qint64 profile = openWallet(session, path);
        QVERIFY(profile > 0);
        IdleLock idle;
        SettingsPage page(idle, m_dir.filePath("trust.json"));
        page.setWallet(session, profile);
        page.show();
        auto *table = page.findChild<QTableView *>("keyList");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(cell(table, 0, KeyListModel::DidColumn).startsWith("did:key:"));
        QCOMPARE(cell(table, 0, KeyListModel::DefaultColumn), QStringLiteral("Yes"));
        QVERIFY(!table->accessibleName().isEmpty());

        // A new P-256 key with a did:jwk: made on the wallet's thread, listed, selected.
        auto *type = page.findChild<QComboBox *>("newKeyType");
        auto *method = page.findChild<QComboBox *>("newKeyMethod");
        type->setCurrentIndex(type->findText("P-256"));
        method->setCurrentIndex(method->findText("did:jwk"));
        QSignalSpy busy(&page, &SettingsPage::busy);
        auto *make = page.findChild<QPushButton *>("newKey");
        make->click();
        QCOMPARE(busy.count(), 1);   // the window's busy indicator shows it
        QVERIFY(!make->isEnabled()); // one at a time
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTRY_COMPARE(table->currentIndex().row(), 1);
        const QString did = cell(table, 1, KeyListModel::DidColumn);
        QVERIFY2(did.startsWith("did:jwk:"), qPrintable(did));
        const QJsonObject jwk =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(did.mid(8).toLatin1(), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(jwk.value("crv").toString(), QStringLiteral("P-256"));
        QCOMPARE(cell(table, 1, KeyListModel::TypeColumn), QStringLiteral("P-256"));
        QCOMPARE(cell(table, 1, KeyListModel::MethodColumn), QStringLiteral("did:jwk"));
        QVERIFY(cell(table, 1, KeyListModel::DefaultColumn).isEmpty());
        QVERIFY(page.keys()->message().contains("did:jwk"));
        QVERIFY(make->isEnabled());

        // Make it the default: the mark moves, and the wallet says so when asked again.
        auto *makeDefault = page.findChild<QPushButton *>("makeDefaultKey");
        QVERIFY(makeDefault->isEnabled());
        makeDefault->click();
        QTRY_COMPARE(cell(table, 1, KeyListModel::DefaultColumn), QStringLiteral("Yes"));
        QVERIFY(cell(table, 0, KeyListModel::DefaultColumn).isEmpty());
        QCOMPARE(defaultKey(session, profile).did, did);
        QCOMPARE(table->currentIndex().row(), 1); // still the chosen one
        QVERIFY(page.keys()->message().contains("default now"));
        QVERIFY(!makeDefault->isEnabled()); // it is the default already

        // Copy its DID.
        QGuiApplication::clipboard()->clear();
        page.findChild<QPushButton *>("copyDid")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), did);

        // Locked: nothing listed, nothing to make.
        session.lock();
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(!make->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>("copyDid")->isEnabled());
        QVERIFY(page.keys()->message().contains("Unlock the wallet"));
    }

    void theWindowHandsItsWalletToSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("wallet.db");
        test::createWallet(path);
        MainWindow window(path);
        window.show();
        QVERIFY(test::unlockWindow(window));
        auto *keys = window.settingsPage()->findChild<QTableView *>("keyList");
        QVERIFY(keys);
        QTRY_COMPARE(keys->model()->rowCount(), 1); // the wallet's first key, once unlocked
        QVERIFY(cell(keys, 0, KeyListModel::DidColumn).startsWith("did:"));
        window.lockAction()->trigger();
        QTRY_COMPARE(keys->model()->rowCount(), 0);
    }

    void theLanguageIsKeptForTheNextStart()
    {
        IdleLock idle;
        SettingsPage page(idle, m_dir.filePath("trust.json"));
        page.show();
        auto *language = page.findChild<QComboBox *>("language");
        QVERIFY(!language->accessibleName().isEmpty());
        // The tests do not link the app's translations: the system's language, or English.
        QCOMPARE(language->currentIndex(), 0);
        QVERIFY(language->currentData().toString().isEmpty());
        QVERIFY(language->findData(QStringLiteral("en")) > 0);
        QVERIFY(page.findChild<QLabel *>("languageNote")->text().contains("next time"));

        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(QSettings().value(LanguageChoice::kSettingKey).toString(), QStringLiteral("en"));
        {
            // A page made later shows the choice.
            SettingsPage again(idle, m_dir.filePath("trust.json"));
            QCOMPARE(again.findChild<QComboBox *>("language")->currentData().toString(),
                     QStringLiteral("en"));
        }
        QTest::keyClick(language, Qt::Key_Up);
        QVERIFY(!QSettings().contains(LanguageChoice::kSettingKey)); // the system's again
    }

    void aKeychainThatCannotRememberIsASentence()
    {
        if (qgetenv("DBUS_SESSION_BUS_ADDRESS") != "disabled:")
            QSKIP("ctest runs this without a session bus (DBUS_SESSION_BUS_ADDRESS=disabled:)");
        const QString path = m_dir.filePath("keychain.db");
        WalletSession session;
        const qint64 profile = openWallet(session, path);
        QVERIFY(profile > 0);
        IdleLock idle;
        SettingsPage page(idle, m_dir.filePath("trust.json"));
        page.setWallet(session, profile);
        page.show();
        auto *remember = page.findChild<QCheckBox *>("keychainRemember");
        QVERIFY(!remember->accessibleName().isEmpty());
        QVERIFY(remember->isEnabled());
        QVERIFY(!remember->isChecked());

        QSignalSpy busy(&page, &SettingsPage::busy);
        QSignalSpy messages(&session, &WalletSession::message);
        remember->setFocus();
        QTest::keyClick(remember, Qt::Key_Space);
        QCOMPARE(busy.count(), 1);
        QVERIFY(!remember->isEnabled()); // while the keychain is asked
        QTRY_VERIFY_WITH_TIMEOUT(remember->isEnabled(), 15000);
        QVERIFY(!remember->isChecked()); // back to the truth
        // Said once, in one sentence, by the session (the window's message bar shows it as
        // "title: text"); the page adds no second sentence of its own.
        QTest::qWait(50);
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.first().at(2).value<WalletSession::MessageKind>(),
                 WalletSession::MessageKind::Warning);
        const QString said = messages.first().at(0).toString() + QStringLiteral(": ") +
                             messages.first().at(1).toString();
        QVERIFY2(said.startsWith("The system keychain cannot remember this wallet: "),
                 qPrintable(said));
        QVERIFY2(said.endsWith("; unlock it with your passphrase as before."), qPrintable(said));
        QVERIFY2(!said.contains("It could not") && !said.contains("does not remember"),
                 qPrintable(said));
        for (QLabel *label : page.findChildren<QLabel *>())
            QVERIFY2(!label->isVisible() || !label->text().contains("remember this wallet:"),
                     qPrintable(label->text()));
        QVERIFY(!RememberedWallets::contains(path));
        QVERIFY(!session.isRememberedInKeychain());

        // Locked: the box waits for the unlock.
        session.lock();
        QVERIFY(!remember->isEnabled());
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settings_page.moc"
