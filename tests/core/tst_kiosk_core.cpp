// The kiosk's engine pieces without a network: its config read strictly (flags over the
// file), the operator PIN as a bounded Argon2id hash, and the verification log in SQLite
// (idempotent on uid, retention, outbox removal, a newer schema refused).

#include "core/kiosk/KioskConfig.h"
#include "core/kiosk/KioskLog.h"
#include "core/kiosk/KioskPin.h"
#include "support/ReportHelpers.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class KioskCoreTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

    static KioskLogEntry entry(const QString &station, qint64 atMs, const QString &outcome)
    {
        KioskLogEntry e;
        e.uid = KioskLogEntry::newUid(station);
        e.atMs = atMs;
        e.station = station;
        e.definitionId = "membershipCredential";
        e.outcome = outcome;
        e.reason = outcome == "verified" ? QString() : QStringLiteral("the signature is wrong");
        e.checks = QJsonArray{QJsonObject{{"name", "signature"}, {"outcome", "pass"}}};
        return e;
    }

private slots:
    void aFullConfigIsRead()
    {
        write("token.txt", "eyJ.token.sig\n");
        const QByteArray pin = KioskPin::hash("2468").value().toLatin1();
        const QJsonObject json{
            {"station", "Front door"},
            {"mode", "both"},
            {"verifier", QJsonObject{{"url", "https://verifier.example.com"},
                                     {"tokenFile", "token.txt"},
                                     {"definition", "membershipCredential"}}},
            {"show", QJsonArray{QJsonObject{{"claim", "name"}, {"label", "Name"}},
                                QJsonObject{{"claim", "address.city"}}}},
            {"texts", QJsonObject{{"title", "Members only"}, {"instruction", "Scan it"}}},
            {"timing", QJsonObject{{"resetSeconds", 5},
                                   {"renewSeconds", 120},
                                   {"pollIntervalMs", 250},
                                   {"pollMaxIntervalMs", 1000},
                                   {"idleCursorSeconds", 2},
                                   {"statusMaxAgeSeconds", 600},
                                   {"scanRepeatSeconds", 9}}},
            {"statusCacheFolder", "status-cache"},
            {"operatorPinHash", QString::fromLatin1(pin)},
            {"trustList", "trust.json"},
            {"camera", "USB camera"},
            {"log", QJsonObject{{"target", "postgresql"},
                                {"retentionDays", 7},
                                {"claims", true},
                                {"postgresql", QJsonObject{{"host", "db.example"},
                                                           {"port", 5433},
                                                           {"database", "kiosks"},
                                                           {"user", "kiosk"},
                                                           {"passwordFile", "token.txt"}}}}}};
        auto config = KioskConfig::fromJson(QJsonDocument(json).toJson(), m_dir.path());
        VCDESK_VERIFY_OK(config);
        QCOMPARE(config->station, QStringLiteral("Front door"));
        QCOMPARE(config->mode, KioskConfig::Mode::Both);
        QCOMPARE(config->verifierUrl, QUrl("https://verifier.example.com"));
        QCOMPARE(config->bearerToken, QByteArray("eyJ.token.sig"));
        QCOMPARE(config->shownClaims.size(), 2);
        QCOMPARE(config->shownClaims.at(1).label, QStringLiteral("address.city"));
        QCOMPARE(config->resetSeconds, 5);
        QCOMPARE(config->pollIntervalMs, 250);
        QCOMPARE(config->statusMaxAgeSeconds, 600);
        QCOMPARE(config->scanRepeatSeconds, 9);
        QCOMPARE(config->statusCacheFolder, m_dir.filePath("status-cache"));
        QCOMPARE(config->camera, QStringLiteral("USB camera"));
        QCOMPARE(config->trustListPath, m_dir.filePath("trust.json"));
        QCOMPARE(config->logTarget, KioskConfig::LogTarget::PostgreSql);
        QCOMPARE(config->postgres.port, 5433);
        QCOMPARE(config->postgres.password, QStringLiteral("eyJ.token.sig"));
        QVERIFY(config->logClaims);
        VCDESK_VERIFY_OK(config->complete());
    }

    void badConfigsNameWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("member");
        QTest::newRow("not json") << QByteArray("{\"station\": ") << QString("JSON");
        QTest::newRow("typo") << QByteArray(R"({"timing": {"resetSecond": 5}})")
                              << QString("timing.resetSecond");
        QTest::newRow("range") << QByteArray(R"({"timing": {"resetSeconds": 0}})")
                               << QString("timing.resetSeconds");
        QTest::newRow("fraction") << QByteArray(R"({"timing": {"renewSeconds": 30.5}})")
                                  << QString("timing.renewSeconds");
        QTest::newRow("mode") << QByteArray(R"({"mode": "film"})") << QString("mode");
        QTest::newRow("status age") << QByteArray(R"({"timing": {"statusMaxAgeSeconds": 86401}})")
                                    << QString("timing.statusMaxAgeSeconds");
        QTest::newRow("url") << QByteArray(R"({"verifier": {"url": "ftp:example"}})")
                             << QString("verifier.url");
        QTest::newRow("missing token file")
            << QByteArray(R"({"verifier": {"tokenFile": "nowhere.txt"}})")
            << QString("verifier.tokenFile");
        QTest::newRow("claim path")
            << QByteArray(R"({"show": [{"claim": "a..b"}]})") << QString("show[0].claim");
        QTest::newRow("too many claims")
            << QByteArray(R"({"show": [{"claim":"a"},{"claim":"a"},{"claim":"a"},{"claim":"a"},
                                       {"claim":"a"},{"claim":"a"},{"claim":"a"},{"claim":"a"},
                                       {"claim":"a"}]})")
            << QString("show");
        QTest::newRow("pin in clear")
            << QByteArray(R"({"operatorPinHash": "1234"})") << QString("operatorPinHash");
        QTest::newRow("pin too costly")
            << QByteArray(
                   R"({"operatorPinHash": "$argon2id$v=19$m=4194304,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"})")
            << QString("operatorPinHash");
        QTest::newRow("log target")
            << QByteArray(R"({"log": {"target": "csv"}})") << QString("log.target");
        QTest::newRow("postgres without database")
            << QByteArray(R"({"log": {"target": "postgresql"}})") << QString("log.postgresql");
        QTest::newRow("duplicate member")
            << QByteArray(R"({"station": "a", "station": "b"})") << QString("JSON");
    }

    void badConfigsNameWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, member);
        auto config = KioskConfig::fromJson(json, m_dir.path());
        QVERIFY(!config);
        QCOMPARE(config.error().code, QStringLiteral("kiosk.config"));
        QVERIFY2(config.error().message.contains(member), qPrintable(config.error().message));
    }

    void flagsOverrideTheFileAndTheResultMustBeComplete()
    {
        write("other-token.txt", "flag-token");
        auto config = KioskConfig::fromJson(
            R"({"verifier": {"url": "https://a.example", "definition": "emailCredential"}})",
            m_dir.path());
        VCDESK_VERIFY_OK(config);
        KioskConfig cfg = config.value();
        // No token anywhere: said, with the flag that gives one.
        auto incomplete = cfg.complete();
        QVERIFY(!incomplete);
        QVERIFY(incomplete.error().message.contains("--token-file"));

        KioskConfig::Overrides flags;
        flags.verifierUrl = QUrl("http://127.0.0.1:8080");
        flags.tokenFile = m_dir.filePath("other-token.txt");
        flags.definitionId = "membershipCredential";
        // Plain http without --allow-loopback-http is refused...
        auto refused = cfg.apply(flags);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains("--allow-loopback-http"));
        // ...and accepted with it.
        flags.allowLoopbackHttp = true;
        VCDESK_VERIFY_OK(cfg.apply(flags));
        QCOMPARE(cfg.verifierUrl, QUrl("http://127.0.0.1:8080"));
        QCOMPARE(cfg.bearerToken, QByteArray("flag-token"));
        QCOMPARE(cfg.definitionId, QStringLiteral("membershipCredential"));

        KioskConfig::Overrides badDefinition;
        badDefinition.definitionId = "a/../b";
        QVERIFY(!cfg.apply(badDefinition));

        // --mode and --camera; a mode that is none of the three is named.
        KioskConfig::Overrides scan;
        scan.mode = "scan";
        scan.camera = "USB";
        KioskConfig bare = KioskConfig::defaults();
        VCDESK_VERIFY_OK(bare.apply(scan)); // scanning needs no verifier service
        QCOMPARE(bare.mode, KioskConfig::Mode::ScanQr);
        QCOMPARE(bare.camera, QStringLiteral("USB"));
        KioskConfig::Overrides film;
        film.mode = "film";
        auto refusedMode = bare.apply(film);
        QVERIFY(!refusedMode);
        QVERIFY(refusedMode.error().message.contains("--mode"));
        KioskConfig::Overrides show;
        show.mode = "show";
        QVERIFY(!bare.apply(show)); // showing a request needs a verifier
    }

    void thePinIsKeptAsABoundedHash()
    {
        QVERIFY(!KioskPin::hash("12").ok());
        auto hash = KioskPin::hash("2468");
        VCDESK_VERIFY_OK(hash);
        QVERIFY(hash->startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        QVERIFY(!hash->contains("2468"));
        VCDESK_VERIFY_OK(KioskPin::checkEncoded(hash.value()));
        QCOMPARE(KioskPin::matches(hash.value(), "2468").value(), true);
        QCOMPARE(KioskPin::matches(hash.value(), "2469").value(), false);
        QCOMPARE(KioskPin::matches(hash.value(), "").value(), false);
        // Two hashes of one PIN differ (fresh salts).
        QVERIFY(KioskPin::hash("2468").value() != hash.value());
        // A damaged hash is an error, not a mismatch.
        QString damaged = hash.value();
        damaged.chop(10);
        auto broken = KioskPin::matches(damaged, "2468");
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, QStringLiteral("kiosk.pin_hash"));
    }

    void theLogKeepsEachEntryOnce()
    {
        auto log = KioskLog::openSqlite(m_dir.filePath("log/kiosk-log.db"));
        VCDESK_VERIFY_OK(log);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const KioskLogEntry first = entry("door", now - 2000, "verified");
        const KioskLogEntry second = entry("door", now - 1000, "not_verified");
        VCDESK_VERIFY_OK(log.value()->append(first));
        VCDESK_VERIFY_OK(log.value()->append(second));
        VCDESK_VERIFY_OK(log.value()->append(first)); // sent again: kept once
        QCOMPARE(log.value()->count().value(), 2);
        auto all = log.value()->since(0, 10);
        VCDESK_VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().uid, first.uid);
        QCOMPARE(all->first().checks, first.checks);
        QCOMPARE(all->at(1).reason, QStringLiteral("the signature is wrong"));
        QCOMPARE(log.value()->since(now - 1500, 10).value().size(), 1);

        // Retention: an entry older than the period goes.
        VCDESK_VERIFY_OK(log.value()->append(entry("door", now - 10 * 86400000LL, "verified")));
        QCOMPARE(log.value()->prune(7, now).value(), 1);
        QCOMPARE(log.value()->count().value(), 2);
        VCDESK_VERIFY_OK(log.value()->remove({first.uid}));
        QCOMPARE(log.value()->count().value(), 1);
        QVERIFY(!log.value()->append(KioskLogEntry{}).ok()); // no uid
    }

    void aFirstReleaseLogGetsItsIndexAndKeepsItsEntries()
    {
        // A log as the first release wrote it: the table and version 1, no index.
        const QString path = m_dir.filePath("v1.db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v1");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("CREATE TABLE kiosk_log (uid TEXT PRIMARY KEY, at_ms BIGINT NOT NULL,"
                           " station TEXT NOT NULL, definition_id TEXT NOT NULL, outcome TEXT NOT"
                           " NULL, code TEXT NOT NULL, reason TEXT NOT NULL, checks TEXT NOT NULL,"
                           " issuer TEXT NOT NULL, issuer_name TEXT NOT NULL, claims TEXT NOT"
                           " NULL)"));
            QVERIFY(q.exec("INSERT INTO kiosk_log VALUES ('door-1', 1000, 'door', 'd', "
                           "'verified', 'ok', '', '[]', 'did:example:i', 'Issuer', '')"));
            QVERIFY(q.exec("CREATE TABLE kiosk_log_schema (version INTEGER NOT NULL)"));
            QVERIFY(q.exec("INSERT INTO kiosk_log_schema (version) VALUES (1)"));
            db.close();
        }
        QSqlDatabase::removeDatabase("v1");
        {
            auto log = KioskLog::openSqlite(path);
            VCDESK_VERIFY_OK(log);
            QCOMPARE(log.value()->count().value(), 1);
            QCOMPARE(log.value()->since(0, 10).value().first().uid, QStringLiteral("door-1"));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v2");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            // Still version 1: an index changes no reader, so older kiosks sharing it go on.
            QVERIFY(q.exec("SELECT version FROM kiosk_log_schema"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec("SELECT name FROM sqlite_master WHERE type = 'index' AND name = "
                           "'kiosk_log_at'"));
            QVERIFY(q.next());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase("v2");
    }

    void aLogFromANewerVcdeskIsNotTouched()
    {
        const QString path = m_dir.filePath("newer.db");
        {
            auto log = KioskLog::openSqlite(path);
            VCDESK_VERIFY_OK(log);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raise");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("UPDATE kiosk_log_schema SET version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase("raise");
        auto log = KioskLog::openSqlite(path);
        QVERIFY(!log);
        QCOMPARE(log.error().code, QStringLiteral("kiosk.log_schema"));
    }
};

QTEST_GUILESS_MAIN(KioskCoreTest)
#include "tst_kiosk_core.moc"
