// Encrypted wallet backups: round trip onto a new file, and every way a backup can be wrong
// (passphrase, flipped bytes, truncation, trailing bytes, hostile headers) refused with
// nothing written.

#include "core/store/Sql.h"
#include "core/store/Wallet.h"
#include "core/store/WalletBackup.h"
#include "support/WalletFixture.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class WalletBackupTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;
    QString m_backup;
    QList<QByteArray> m_credentials;
    QByteArray m_keySecret;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Status restore(const QString &backup, const QString &target,
                   QByteArray backupPass = "backup pw")
    {
        QByteArray walletPass = "new wallet pw";
        return WalletBackup::restore(backup, backupPass, target, walletPass, test::cheapKdf());
    }

    /// Nothing but the backups and the source wallet in the folder: no half-restored files.
    void expectNoLeftovers()
    {
        const QStringList names = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString &name : names)
            QVERIFY2(name.startsWith("source.db") || name.endsWith(".vcbackup"), qPrintable(name));
    }

private slots:
    void initTestCase()
    {
        m_source = path("source.db");
        auto wallet = test::createWallet(m_source, "wallet pw");
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        const auto issuer = test::Issuer::make(KeyType::Secp256k1);
        QList<CredentialRecord> records;
        for (int i = 0; i < 300; ++i) // about 300 KiB: several 64 KiB chunks
            records << test::signedRecord(issuer, "EmailCredential", i);
        VCDESK_VERIFY_OK(wallet->credentials().addMany(profile, records));
        for (const auto &r : records)
            m_credentials << r.raw;
        m_keySecret = wallet->keys()
                          .privateKey(wallet->keys().defaultKey(profile).value().id)
                          .value()
                          .secret();
        Account account;
        account.kind = "verifier";
        account.baseUrl = "https://verifier.example.com";
        account.secretKind = Account::SecretKind::Bearer;
        account.secret = "token-abc-123-xyz";
        VCDESK_VERIFY_OK(wallet->accounts().add(profile, account));
        m_backup = path("good.vcbackup");
        QByteArray pass = "backup pw";
        VCDESK_VERIFY_OK(WalletBackup::write(*wallet, m_backup, pass, test::cheapKdf()));
        QVERIFY(pass.isEmpty());
        QCOMPARE(QFile(m_backup).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QByteArray again = "x";
        QCOMPARE(WalletBackup::write(*wallet, m_backup, again, test::cheapKdf()).error().code,
                 QStringLiteral("backup.exists"));
    }

    void roundTripOntoANewFile()
    {
        const QString target = path("restored.db");
        VCDESK_VERIFY_OK(restore(m_backup, target));
        auto wallet = Wallet::open(target, Wallet::Access::ReadWrite).value();
        QByteArray old = "wallet pw";
        QCOMPARE(wallet->unlock(old).error().code, QStringLiteral("wallet.wrong_passphrase"));
        QByteArray fresh = "new wallet pw";
        VCDESK_VERIFY_OK(wallet->unlock(fresh));
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        CredentialQuery q;
        q.profileId = profile;
        QCOMPARE(wallet->search().count(q).value(), 300);
        q.text = "holder-29";
        QCOMPARE(wallet->search().count(q).value(), 11); // the search index came along
        QList<QByteArray> restored;
        for (qint64 id = 1; id <= 300; ++id)
            restored << wallet->credentials().open(id).value().raw;
        QCOMPARE(restored, m_credentials);
        QCOMPARE(wallet->keys()
                     .privateKey(wallet->keys().defaultKey(profile).value().id)
                     .value()
                     .secret(),
                 m_keySecret);
        const auto account = wallet->accounts().list(profile).value().first();
        QCOMPARE(wallet->accounts().open(account.id).value().secret,
                 QByteArray("token-abc-123-xyz"));
        // And it is a working wallet: it takes new credentials.
        const auto issuer = test::Issuer::make(KeyType::Ed25519);
        VCDESK_VERIFY_OK(wallet->credentials().add(profile, test::signedRecord(issuer, "New", 1)));
        wallet.reset();
        QVERIFY(QFile::remove(target));
        QFile::remove(target + ".lock");
    }

    void noSecretInTheBackup()
    {
        const QByteArray bytes = test::fileBytes(m_backup);
        QVERIFY(!bytes.contains("token-abc-123-xyz"));
        QVERIFY(!bytes.contains(m_keySecret));
        QVERIFY(!bytes.contains(m_credentials.first().split('.').at(1)));
        QVERIFY(!bytes.contains("EmailCredential")); // not even the listing fields
        QVERIFY(!bytes.contains("SQLite format 3"));
    }

    void wrongPassphraseChangesNothing()
    {
        const QString target = path("wrong.db");
        QCOMPARE(restore(m_backup, target, "not the backup pw").error().code,
                 QStringLiteral("backup.wrong_passphrase"));
        QVERIFY(!QFile::exists(target));
        expectNoLeftovers();
    }

    void existingTargetIsNotTouched()
    {
        const QByteArray before = test::fileBytes(m_source);
        QCOMPARE(restore(m_backup, m_source).error().code, QStringLiteral("wallet.exists"));
        QCOMPARE(test::fileBytes(m_source), before);
        QCOMPARE(restore(path("missing.vcbackup"), path("x.db")).error().code,
                 QStringLiteral("backup.not_found"));
    }

    void tamperedBackupsAreRefused_data()
    {
        QTest::addColumn<int>("offset");
        const qsizetype size = test::fileBytes(m_backup).size();
        for (qsizetype offset :
             {qsizetype(3), qsizetype(9), qsizetype(12), qsizetype(20), qsizetype(40), size / 4,
              size / 2, size - 200, size - 17, size - 1})
            QTest::addRow("byte %lld", qint64(offset)) << int(offset);
    }

    void tamperedBackupsAreRefused()
    {
        QFETCH(int, offset);
        QByteArray bytes = test::fileBytes(m_backup);
        bytes[offset] = char(bytes[offset] ^ 0x01);
        const QString changed = path("changed.vcbackup");
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        const QString target = path("from-changed.db");
        const auto refused = restore(changed, target);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().code.startsWith("backup."),
                 qPrintable(refused.error().toString()));
        QVERIFY(!QFile::exists(target));
        expectNoLeftovers();
    }

    void truncatedOrExtendedBackupsAreRefused()
    {
        const QByteArray bytes = test::fileBytes(m_backup);
        const QString cut = path("cut.vcbackup");
        const QString target = path("from-cut.db");
        QList<qsizetype> lengths{0, 5, 9, 13, 100, bytes.size() / 3, bytes.size() - 1};
        // Cut exactly at a chunk boundary, before the last chunk: only the FINAL tag notices.
        qsizetype at = 13 + qFromBigEndian<quint32>(bytes.constData() + 9) + 24;
        qsizetype lastBoundary = at;
        while (at < bytes.size()) {
            lastBoundary = at;
            at += 4 + qFromBigEndian<quint32>(bytes.constData() + at);
        }
        QCOMPARE(at, bytes.size()); // the walk matches the layout
        QVERIFY(lastBoundary > bytes.size() / 2);
        lengths << lastBoundary;
        for (qsizetype length : lengths) {
            QFile out(cut);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes.left(length));
            out.close();
            const auto refused = restore(cut, target);
            QVERIFY2(!refused.ok(), qPrintable(QString::number(length)));
            QVERIFY(!QFile::exists(target));
        }
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes + QByteArray("\0\0\0\0", 4));
        out.close();
        QCOMPARE(restore(cut, target).error().code, QStringLiteral("backup.tampered"));
        expectNoLeftovers();
    }

    void hostileHeadersAreRefused()
    {
        const QByteArray bytes = test::fileBytes(m_backup);
        const quint32 headerLength = qFromBigEndian<quint32>(bytes.constData() + 9);
        const QByteArray header = bytes.mid(13, headerLength);
        auto withHeader = [&](const QByteArray &replacement) {
            QByteArray out = bytes.left(9);
            const quint32 big = qToBigEndian(quint32(replacement.size()));
            out.append(reinterpret_cast<const char *>(&big), 4);
            out += replacement + bytes.mid(13 + headerLength);
            const QString file = path("hostile.vcbackup");
            QFile f(file);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(out);
            f.close();
            return restore(file, path("from-hostile.db"));
        };
        // 4 TiB of Argon2 memory: refused before any allocation.
        QByteArray greedy = header;
        greedy.replace("\"memoryKiB\":8192", "\"memoryKiB\":4294967295");
        QVERIFY(greedy != header);
        QCOMPARE(withHeader(greedy).error().code, QStringLiteral("kdf.parameters"));
        // Issue 11, item 14: the probe's bomb (4 GiB x 100 passes) and its neighbours are
        // refused by their numbers, so Argon2 never runs: each answer is the bounds error, not
        // a wrong passphrase after minutes of work. (ctest's timeout bounds the time too.)
        QElapsedTimer timer;
        timer.start();
        for (const auto &[from, to] :
             {std::pair{"\"memoryKiB\":8192", "\"memoryKiB\":4194304"},
              std::pair{"\"iterations\":1", "\"iterations\":100000"},
              std::pair{"\"parallelism\":1", "\"parallelism\":255"},
              std::pair{"\"memoryKiB\":8192", "\"memoryKiB\":4294967360"}, // 2^32 + 64
              std::pair{"\"memoryKiB\":8192", "\"memoryKiB\":-8192"}}) {
            QByteArray bomb = header;
            bomb.replace(from, to);
            QVERIFY(bomb != header);
            const auto refused = withHeader(bomb);
            QCOMPARE(refused.error().code, QStringLiteral("kdf.parameters"));
            QVERIFY(refused.error().message.contains("beyond what") ||
                    refused.error().message.contains("not a usable number"));
        }
        QByteArray bomb = header; // 1 GiB x 100 passes: each within a bound, too much in all
        bomb.replace("\"memoryKiB\":8192", "\"memoryKiB\":1048576")
            .replace("\"iterations\":1", "\"iterations\":100");
        QCOMPARE(withHeader(bomb).error().code, QStringLiteral("kdf.parameters"));
        qInfo("six hostile KDF headers refused in %lld ms in all", timer.elapsed());
        QByteArray spaced = header;
        spaced.replace(",", ", ");
        QCOMPARE(withHeader(spaced).error().code, QStringLiteral("backup.tampered"));
        QCOMPARE(withHeader(QByteArray(5000, '{')).error().code,
                 QStringLiteral("backup.not_a_backup"));
        QByteArray future = header;
        future.replace("\"version\":1", "\"version\":2");
        QCOMPARE(withHeader(future).error().code, QStringLiteral("backup.unsupported"));
        expectNoLeftovers();
    }
};

QTEST_GUILESS_MAIN(WalletBackupTest)
#include "tst_wallet_backup.moc"
