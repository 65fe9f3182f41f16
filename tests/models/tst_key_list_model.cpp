// A profile's keys through the session (KeyListModel, KeyActions): listed while unlocked and
// empty while locked; every key type with either DID method is made on the wallet's thread
// and listed with its DID; making one the default moves the mark; a key of another profile is
// refused and changes nothing. The language choice: the translations found in a folder, and
// the setting kept and cleared.

#include "core/store/Wallet.h"
#include "models/KeyActions.h"
#include "models/KeyListModel.h"
#include "models/LanguageChoice.h"
#include "models/WalletSession.h"
#include "support/WalletFixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestKeyListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// The default key's id, read on the wallet's thread.
    static qint64 defaultKeyId(WalletSession &session, qint64 profile)
    {
        auto *reading =
            session.read<HolderKey>([profile](Wallet &wallet, const ActivityBase::Context &) {
                return wallet.keys().defaultKey(profile);
            });
        QSignalSpy done(reading, &ActivityBase::finished);
        if (!done.wait(10000) || !reading->result())
            return -1;
        return reading->result()->id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("vcdesk-tst-key-list-model"));
        QSettings().clear();
    }

    void keysAreListedMadeAndMadeDefault()
    {
        const QString path = m_dir.filePath("keys.db");
        qint64 profile = 0;
        qint64 otherProfilesKey = 0;
        {
            auto wallet = test::createWallet(path);
            profile = wallet->profiles().resolve({}).value().id;
            const qint64 other = wallet->profiles().create(QStringLiteral("Work")).value().id;
            otherProfilesKey =
                wallet->keys().generate(other, KeyType::Ed25519, KeyStore::DidMethod::Key)->id;
        }
        WalletSession session;
        QSignalSpy opened(&session, &WalletSession::opened);
        QSignalSpy unlocked(&session, &WalletSession::unlocked);
        session.open(path, Wallet::Access::ReadWrite);
        QVERIFY(opened.wait(10000));

        KeyListModel model(session, profile);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // locked: nothing to list
        QCOMPARE(model.columnCount(), int(KeyListModel::ColumnCount));

        session.unlock("pass");
        QVERIFY(unlocked.wait(10000));
        QTRY_COMPARE(model.rowCount(), 1); // the key the wallet was made with
        QVERIFY(model.keyAt(0)->isDefault);
        QCOMPARE(model.index(0, KeyListModel::TypeColumn).data().toString(),
                 QStringLiteral("P-256"));
        QCOMPARE(model.index(0, KeyListModel::MethodColumn).data().toString(),
                 QStringLiteral("did:key"));
        QCOMPARE(model.index(0, KeyListModel::DefaultColumn).data().toString(),
                 QStringLiteral("Yes"));

        // Every type with either method: made, listed with its DID, not the default.
        KeyActions actions(session, profile);
        QSignalSpy generated(&actions, &KeyActions::generated);
        QSignalSpy failed(&actions, &KeyActions::failed);
        int expected = 1;
        for (KeyType type : {KeyType::P256, KeyType::Ed25519, KeyType::Secp256k1})
            for (auto method : {KeyStore::DidMethod::Key, KeyStore::DidMethod::Jwk}) {
                actions.generate(type, method);
                QVERIFY(generated.wait(10000));
                ++expected;
                QTRY_COMPARE(model.rowCount(), expected);
                const qint64 id = generated.last().at(0).toLongLong();
                const QString did = generated.last().at(1).toString();
                const int row = model.rowOf(id);
                QVERIFY(row >= 0);
                QCOMPARE(model.index(row, KeyListModel::DidColumn).data().toString(), did);
                QCOMPARE(model.index(row, KeyListModel::TypeColumn).data().toString(),
                         KeyListModel::typeText(type));
                const QString prefix = method == KeyStore::DidMethod::Key
                                           ? QStringLiteral("did:key")
                                           : QStringLiteral("did:jwk");
                QCOMPARE(model.index(row, KeyListModel::MethodColumn).data().toString(), prefix);
                QVERIFY(did.startsWith(prefix + QLatin1Char(':')));
                QVERIFY(!model.keyAt(row)->isDefault);
            }
        QCOMPARE(failed.count(), 0);

        // Make the last one the default: the mark moves, and the wallet agrees.
        const qint64 chosen = model.keyAt(model.rowCount() - 1)->id;
        QSignalSpy madeDefault(&actions, &KeyActions::madeDefault);
        actions.makeDefault(chosen);
        QVERIFY(madeDefault.wait(10000));
        QCOMPARE(madeDefault.last().at(0).toLongLong(), chosen);
        QTRY_VERIFY(model.keyAt(model.rowOf(chosen))->isDefault);
        QVERIFY(!model.keyAt(0)->isDefault);
        QCOMPARE(defaultKeyId(session, profile), chosen);

        // Another profile's key is not this profile's to choose: refused, nothing changes.
        actions.makeDefault(otherProfilesKey);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.last().at(0).toString().isEmpty());
        QCOMPARE(defaultKeyId(session, profile), chosen);
        QCOMPARE(model.rowOf(otherProfilesKey), -1);

        session.lock();
        QCOMPARE(model.rowCount(), 0);
    }

    void methodTextReadsTheDid()
    {
        QCOMPARE(KeyListModel::methodText("did:key:zDnae"), QStringLiteral("did:key"));
        QCOMPARE(KeyListModel::methodText("did:jwk:eyJ"), QStringLiteral("did:jwk"));
        QCOMPARE(KeyListModel::methodText("garbage"), QStringLiteral("garbage"));
    }

    void languagesAreTheTranslationsThereAre()
    {
        QTemporaryDir folder;
        for (const char *name : {"vcdesk_de.qm", "vcdesk_fr.qm", "vcdesk_en.qm", "other_it.qm",
                                 "vcdesk_zz.qm", "vcdesk_de.ts"}) {
            QFile file(folder.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        // A second folder (the installed one and the compiled-in one) adds its languages; one
        // in both is offered once.
        QTemporaryDir second;
        for (const char *name : {"vcdesk_de.qm", "vcdesk_es.qm"}) {
            QFile file(second.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QList<LanguageChoice::Language> languages =
            LanguageChoice::available({folder.path(), second.path()});
        QStringList codes;
        for (const auto &language : languages)
            codes << language.code;
        // English (the source) once and first; then by name; no stranger files, no unknown
        // language.
        QCOMPARE(codes, (QStringList{"en", "de", "es", "fr"}));
        QCOMPARE(languages.at(0).name, QStringLiteral("English"));
        QCOMPARE(languages.at(1).name, QStringLiteral("Deutsch (German)"));
        // Without any translation (a build without them): English alone.
        QTemporaryDir empty;
        QCOMPARE(LanguageChoice::available({empty.path()}).size(), 1);
    }

    void theChoiceIsKeptAndCleared()
    {
        QVERIFY(LanguageChoice::chosen().isEmpty());
        QCOMPARE(LanguageChoice::startupLocale(), QLocale());
        LanguageChoice::choose(QStringLiteral("de"));
        QCOMPARE(QSettings().value(LanguageChoice::kSettingKey).toString(), QStringLiteral("de"));
        QCOMPARE(LanguageChoice::startupLocale().language(), QLocale::German);
        LanguageChoice::choose(QString());
        QVERIFY(!QSettings().contains(LanguageChoice::kSettingKey));
        QCOMPARE(LanguageChoice::startupLocale(), QLocale());
    }
};

QTEST_MAIN(TestKeyListModel)
#include "tst_key_list_model.moc"
