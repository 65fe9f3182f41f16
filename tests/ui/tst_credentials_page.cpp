// The wallet's credential list, driven through its widgets on a real wallet (opened through a
// WalletSession, rows loading on the wallet's thread): cards with a badge that says valid,
// not valid, expired, revoked or suspended (real status lists say so); key claims under the
// title, as text; what screen readers hear of a card; search as you type; filters by type,
// issuer, tag and status, combined; the sort order; Enter opens.

#include "core/did/MultiMethodDidResolver.h"
#include "core/store/CredentialImporter.h"
#include "core/verify/VerdictText.h"
#include "models/CredentialBadge.h"
#include "models/CredentialListModel.h"
#include "models/WalletSession.h"
#include "support/StatusListFactory.h"
#include "support/TestHttpServer.h"
#include "support/WalletFixture.h"
#include "ui/CredentialsPage.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class TestCredentialsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_profile = 0;

    QString m_filtersPath;
    qint64 m_filtersProfile = 0;
    QString m_importedPath;
    qint64 m_importedProfile = 0;
    qint64 m_revokedId = 0;
    qint64 m_suspendedId = 0;
    test::Issuer m_university = test::Issuer::make(KeyType::P256);
    test::Issuer m_mail = test::Issuer::make(KeyType::P256);

    std::unique_ptr<WalletSession> openSession(const QString &path = {})
    {
        auto session = std::make_unique<WalletSession>();
        QSignalSpy unlocked(session.get(), &WalletSession::unlocked);
        session->open(path.isEmpty() ? m_path : path, Wallet::Access::ReadWrite);
        QSignalSpy opened(session.get(), &WalletSession::opened);
        if (!opened.wait(10000))
            qFatal("not opened");
        session->unlock("pass");
        if (!unlocked.wait(10000))
            qFatal("not unlocked");
        return session;
    }

    /// Two issuers (one with a trust-list name), three types, some tags.
    void makeFiltersWallet()
    {
        m_filtersPath = m_dir.filePath("filters.db");
        auto wallet = test::createWallet(m_filtersPath);
        const qint64 profile = m_filtersProfile = wallet->profiles().resolve({}).value().id;
        QList<CredentialRecord> records;
        const auto add = [&](const test::Issuer &issuer, const QString &type,
                             const QStringList &tags) {
            CredentialRecord r = test::signedRecord(issuer, type, int(records.size()));
            r.issuerName =
                &issuer == &m_university ? QStringLiteral("Example University") : QString();
            r.tags = tags;
            records << r;
        };
        add(m_university, "UniversityDegreeCredential", {"work"}); // Person 0
        add(m_university, "UniversityDegreeCredential", {});       // Person 1
        add(m_mail, "EmailCredential", {"work", "personal"});      // Person 2
        add(m_mail, "EmailCredential", {});                        // Person 3
        add(m_mail, "LibraryCard", {"personal"});                  // Person 4
        QCOMPARE(wallet->credentials().addMany(profile, records)->added.size(), 5);
    }

    /// Imported as a person would: checked (the status lists on loopback), then stored. One
    /// names its holder with markup; one is revoked, one suspended. Newest first they list
    /// revoked, fine, suspended.
    void makeImportedWallet()
    {
        test::TestHttpServer server;
        server.route("/status", {200, test::statusListCredential(m_mail, {7})});
        server.route("/suspensions", {200, test::statusListCredential(m_mail, {2}, "suspension")});
        const QString listUrl = server.url("/status").toString();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto token = [&](int index, const QJsonObject &subject,
                               const QString &purpose = "revocation") {
            QJsonObject claims = test::credentialClaims(m_mail.did, now - 3600, now + 86400);
            QJsonObject vc = claims.value("vc").toObject();
            vc.insert("credentialSubject", subject);
            claims.insert("vc", vc);
            const QString url =
                purpose == "revocation" ? listUrl : server.url("/suspensions").toString();
            return test::sign(m_mail.key, test::withStatus(claims, url, index, purpose),
                              QJsonObject{{"kid", m_mail.kid}});
        };
        InspectOptions options;
        options.resolver = MultiMethodDidResolver::createDefault();
        options.network.allowLoopbackHttp = true;
        const auto fine = CredentialImporter::prepare(
            token(3,
                  QJsonObject{{"id", "did:example:holder"},
                              {"name", "<b>x</b>"},
                              {"degree", QJsonObject{{"type", "BachelorDegree"}, {"name", "BSc"}}},
                              {"portrait", QString(1000, QLatin1Char('A'))}}),
            options, "import", "");
        const auto revoked = CredentialImporter::prepare(
            token(7, QJsonObject{{"name", "Revoked Holder"}}), options, "import", "");
        const auto suspended = CredentialImporter::prepare(
            token(2, QJsonObject{{"name", "Suspended Holder"}}, "suspension"), options, "import",
            "");
        QVERIFY(fine.ok() && revoked.ok() && suspended.ok());
        QCOMPARE(fine->verdict, Verdict::Valid);
        QCOMPARE(revoked->revocation, Revocation::Revoked);
        QCOMPARE(suspended->revocation, Revocation::Suspended);

        m_importedPath = m_dir.filePath("imported.db");
        auto wallet = test::createWallet(m_importedPath);
        const qint64 profile = m_importedProfile = wallet->profiles().resolve({}).value().id;
        m_suspendedId = wallet->credentials().add(profile, suspended.value()).value();
        QVERIFY(wallet->credentials().add(profile, fine.value()).ok());
        m_revokedId = wallet->credentials().add(profile, revoked.value()).value();
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath("wallet.db");
        auto wallet = test::createWallet(m_path);
        m_profile = wallet->profiles().resolve({}).value().id;
        const test::Issuer issuer = test::Issuer::make(KeyType::P256);
        QList<CredentialRecord> records;
        for (int i = 0; i < 20; ++i)
            records << test::signedRecord(issuer, i % 2 ? "EmailCredential" : "LibraryCard", i);
        records[3].verdict = Verdict::Invalid;
        records[4].expiresAt = QDateTime::fromSecsSinceEpoch(1000000000, Qt::UTC); // long past
        records[5].title = "Zebra pass";
        QCOMPARE(wallet->credentials().addMany(m_profile, records).value().added.size(), 20);
        makeFiltersWallet();
        makeImportedWallet();
    }

    void cardsSearchFilterAndSort()
    {
        auto session = openSession();
        CredentialsPage page(*session, m_profile);
        page.resize(700, 600);
        page.show();
        CredentialListModel *model = page.model();
        auto *count = page.findChild<QLabel *>("credentialCount");
        QTRY_VERIFY(count->text().startsWith("20 credential"));
        QVERIFY(page.view()->isVisible());

        // Badges: what a person reads first.
        bool sawInvalid = false, sawExpired = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const CredentialRecord *record = model->recordAt(row);
            const auto [text, colour, symbol] = CredentialBadge::of(*record);
            if (record->verdict == Verdict::Invalid) {
                QCOMPARE(text, QStringLiteral("Not valid"));
                sawInvalid = true;
            } else if (record->expiresAt.date().year() < 2010) {
                QCOMPARE(text, QStringLiteral("Expired"));
                sawExpired = true;
            } else {
                QCOMPARE(text, QStringLiteral("Valid"));
            }
        }
        QVERIFY(sawInvalid && sawExpired);

        // Search as you type (after a short pause).
        QTest::keyClicks(page.findChild<QLineEdit *>("search"), "Library");
        QTRY_VERIFY(count->text().startsWith("10 credential"));
        QVERIFY(count->text().endsWith("match"));
        QTRY_COMPARE(model->rowCount(), 10);
        page.findChild<QLineEdit *>("search")->clear();
        QTRY_COMPARE(model->rowCount(), 20);

        // The status filter.
        auto *verdict = page.findChild<QComboBox *>("verdictFilter");
        verdict->setCurrentIndex(verdict->findText("Not valid"));
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(count->text().startsWith("1 credential"));
        verdict->setCurrentIndex(0);
        QTRY_COMPARE(model->rowCount(), 20);

        // Sort by name: "Zebra pass" comes last.
        auto *sort = page.findChild<QComboBox *>("sortOrder");
        sort->setCurrentIndex(1);
        const auto lastTitle = [model] {
            const CredentialRecord *last = model->rowCount() == 20 ? model->recordAt(19) : nullptr;
            return last ? last->title : QString();
        };
        QTRY_COMPARE(lastTitle(), QStringLiteral("Zebra pass"));
        QCOMPARE(model->recordAt(0)->title, QStringLiteral("EmailCredential"));

        // Enter opens the current card.
        QSignalSpy opened(&page, &CredentialsPage::credentialActivated);
        page.view()->setFocus();
        page.view()->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(page.view(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), model->recordAt(0)->id);
        QVERIFY(!page.view()->accessibleName().isEmpty());
    }

    void filtersByTypeIssuerAndTag()
    {
        auto session = openSession(m_filtersPath);
        CredentialsPage page(*session, m_filtersProfile);
        page.resize(900, 600);
        page.show();
        CredentialListModel *model = page.model();
        QTRY_COMPARE(model->rowCount(), 5);
        auto *type = page.findChild<QComboBox *>("typeFilter");
        auto *issuer = page.findChild<QComboBox *>("issuerFilter");
        auto *tag = page.findChild<QComboBox *>("tagFilter");
        auto *count = page.findChild<QLabel *>("credentialCount");
        // The menus list what the wallet holds, for people: readable types, the trust-list
        // name else the DID.
        QTRY_COMPARE(type->count(), 4);
        QCOMPARE(type->itemText(0), QStringLiteral("All types"));
        QVERIFY(type->findText("University Degree Credential") > 0);
        QCOMPARE(issuer->count(), 3);
        QVERIFY(issuer->findText("Example University") > 0);
        QVERIFY(issuer->findText(m_mail.did) > 0);
        QCOMPARE(tag->count(), 3);
        for (QComboBox *menu : {type, issuer, tag})
            QVERIFY(!menu->accessibleName().isEmpty());
        const auto subjects = [model] {
            QStringList out;
            for (int row = 0; row < model->rowCount(); ++row)
                out << model->recordAt(row)->highlights.value(0).value;
            std::sort(out.begin(), out.end());
            return out;
        };

        type->setCurrentIndex(type->findText("Email Credential"));
        QTRY_COMPARE(subjects(), (QStringList{"Person 2", "Person 3"}));
        QVERIFY(count->text().startsWith("2 credential") && count->text().endsWith("match"));
        // Combined: Email Credential from Example University is nothing.
        issuer->setCurrentIndex(issuer->findText("Example University"));
        QTRY_COMPARE(model->rowCount(), 0);
        QCOMPARE(page.findChild<QLabel *>("emptyText")->text(),
                 QStringLiteral("No credential matches."));
        type->setCurrentIndex(0);
        QTRY_COMPARE(subjects(), (QStringList{"Person 0", "Person 1"}));
        issuer->setCurrentIndex(0);
        tag->setCurrentIndex(tag->findText("personal"));
        QTRY_COMPARE(subjects(), (QStringList{"Person 2", "Person 4"}));
        // With the search too.
        QTest::keyClicks(page.findChild<QLineEdit *>("search"), "Library");
        QTRY_COMPARE(subjects(), QStringList{"Person 4"});
        page.findChild<QLineEdit *>("search")->clear();
        tag->setCurrentIndex(tag->findText("work"));
        QTRY_COMPARE(subjects(), (QStringList{"Person 0", "Person 2"}));
        tag->setCurrentIndex(0);
        QTRY_COMPARE(model->rowCount(), 5);
        QVERIFY(count->text().startsWith("5 credential") && !count->text().endsWith("match"));

        // Locked: the menus forget what the wallet holds.
        session->lock();
        QTRY_COMPARE(type->count(), 1);
        QCOMPARE(issuer->count(), 1);
        QCOMPARE(tag->count(), 1);
    }

    void cardsShowKeyClaimsAsText()
    {
        auto session = openSession(m_importedPath);
        CredentialsPage page(*session, m_importedProfile);
        page.show();
        CredentialListModel *model = page.model();
        QTRY_COMPARE(model->rowCount(), 3);
        const QModelIndex fine = model->index(1, 0); // between the revoked and suspended
        QVERIFY(model->recordAt(1)->id != m_revokedId && model->recordAt(1)->id != m_suspendedId);
        // Readable names, values as they are: the markup is text, the picture left out.
        QCOMPARE(model->data(fine, CredentialListModel::HighlightsRole).toString(),
                 QStringLiteral("Name: <b>x</b> \u00b7 Degree: BSc"));
        // (The delegate draws it with QPainter::drawText, which knows no markup.)
        QVERIFY(!page.view()->grab().toImage().isNull());
    }

    void screenReadersHearTheWholeCard()
    {
        auto session = openSession(m_importedPath);
        CredentialsPage page(*session, m_importedProfile);
        page.show();
        CredentialListModel *model = page.model();
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->recordAt(0)->id, m_revokedId);
        // Title, badge, issuer and key claims; not only the title.
        const QString issuedBy = QStringLiteral("Issued by %1.").arg(m_mail.did);
        QCOMPARE(model->data(model->index(1, 0), Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Email Credential, Valid. %1 Name: <b>x</b>; Degree: BSc.")
                     .arg(issuedBy));
        QCOMPARE(
            model->data(model->index(0, 0), Qt::AccessibleTextRole).toString(),
            QStringLiteral("Email Credential, Revoked. %1 Name: Revoked Holder.").arg(issuedBy));
        QCOMPARE(model->recordAt(2)->id, m_suspendedId);
        QCOMPARE(model->data(model->index(2, 0), Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Email Credential, Suspended. %1 Name: Suspended Holder.")
                     .arg(issuedBy));
        QVERIFY(model->data(model->index(0, 0), Qt::AccessibleDescriptionRole)
                    .toString()
                    .startsWith("Valid until "));

        // What the list's accessible cells say (QAccessibleTableCell reads those roles).
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(page.view());
        QVERIFY(list);
        QVERIFY(list->tableInterface());
        QCOMPARE(list->tableInterface()->rowCount(), 3);
        QAccessibleInterface *revoked =
            list->tableInterface()->cellAt(0, CredentialListModel::TitleColumn);
        QVERIFY(revoked);
        QCOMPARE(revoked->text(QAccessible::Name),
                 model->data(model->index(0, 0), Qt::AccessibleTextRole).toString());
        QVERIFY(revoked->text(QAccessible::Name).contains("Revoked"));
        QVERIFY(revoked->text(QAccessible::Description).startsWith("Valid until "));
    }

    void aRevokedOrSuspendedCredentialSaysSo()
    {
        auto session = openSession(m_importedPath);
        CredentialsPage page(*session, m_importedProfile);
        page.show();
        CredentialListModel *model = page.model();
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->recordAt(0)->id, m_revokedId);
        const auto [revokedText, revokedColour, revokedSymbol] =
            CredentialBadge::of(*model->recordAt(0));
        const auto [fineText, fineColour, fineSymbol] = CredentialBadge::of(*model->recordAt(1));
        QCOMPARE(model->recordAt(2)->id, m_suspendedId);
        const auto [suspendedText, suspendedColour, suspendedSymbol] =
            CredentialBadge::of(*model->recordAt(2));
        QCOMPARE(revokedText, QStringLiteral("Revoked"));
        QCOMPARE(fineText, QStringLiteral("Valid"));
        QCOMPARE(suspendedText, QStringLiteral("Suspended")); // not "Revoked": it may come back
        // A symbol besides the colour: withdrawn is not valid, whatever the verdict said.
        QCOMPARE(revokedSymbol, VerdictText::symbol(Verdict::Invalid));
        QCOMPARE(suspendedSymbol, VerdictText::symbol(Verdict::Invalid));
        QCOMPARE(fineSymbol, VerdictText::symbol(Verdict::Valid));
        QVERIFY(fineSymbol != revokedSymbol);
        // Their own colours: not the "not valid" red, nor "expired" orange, nor each other's.
        for (const QColor &colour : {revokedColour, suspendedColour}) {
            QVERIFY(colour != QColor(VerdictText::colour(Verdict::Invalid)));
            QVERIFY(colour != QColor(QStringLiteral("#ef6c00")));
        }
        QVERIFY(revokedColour != suspendedColour);
        QCOMPARE(model->data(model->index(0, 0), CredentialListModel::RevocationRole).toString(),
                 QStringLiteral("revoked"));
        QCOMPARE(model->data(model->index(1, 0), CredentialListModel::RevocationRole).toString(),
                 QStringLiteral("none"));
        QCOMPARE(model->data(model->index(2, 0), CredentialListModel::RevocationRole).toString(),
                 QStringLiteral("suspended"));

        auto *status = page.findChild<QComboBox *>("verdictFilter");
        QCOMPARE(status->findText("Revoked"), -1); // one entry for both
        status->setCurrentIndex(status->findText("Revoked or suspended"));
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->recordAt(0)->id, m_revokedId);
        QCOMPARE(model->recordAt(1)->id, m_suspendedId);
        status->setCurrentIndex(status->findText("Valid"));
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(model->recordAt(0)->id != m_revokedId);
    }

    void anEmptySearchSaysSo()
    {
        auto session = openSession();
        CredentialsPage page(*session, m_profile);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 20);
        QTest::keyClicks(page.findChild<QLineEdit *>("search"), "no such thing");
        QTRY_VERIFY(page.findChild<QLabel *>("emptyText")->isVisible());
        QCOMPARE(page.findChild<QLabel *>("emptyText")->text(),
                 QStringLiteral("No credential matches."));
        QVERIFY(!page.view()->isVisible());
    }
};

QTEST_MAIN(TestCredentialsPage)
#include "tst_credentials_page.moc"
