// Puts the window in a given state for a screenshot (scripts/screenshots.sh): no wallet yet
// (welcome), a locked wallet (unlock), an unlocked one with sample credentials (credentials),
// or the settings of an unlocked one with two keys (settings). Everything lives in a
// temporary folder; nothing of the person's is touched.
// present: the Present page; consent: a request of a local vcdesk-agent (on loopback) read
// and waiting for the holder's decision; offers: the inbox with two offers of that agent;
// hosted: the agent's hosted wallet with two credentials remembered, its templates loaded.
// settings-lists: Settings scrolled to the trust list (a file just imported through Import…)
// and the status lists and schemas cache holding two documents. settings-contexts: Settings
// scrolled to the JSON-LD contexts allowed (two), a third being typed.
// inspector-batch: the inspector's Batch tab on the files and folders given. inspector-signed:
// the inspector on FILE (a Data Integrity credential), open on its "Signed form" tab.
// receive: the Receive page showing an offer of a local OpenID4VCI issuer (on loopback) that
// asks for a transaction code; receive-sign-in: the same issuer's offer that needs a sign-in,
// accepted, waiting for the person's browser to come back.
//   render_pages welcome|unlock|credentials|settings|settings-lists|settings-contexts|inspector|
//   present|consent|offers|accounts|history|hosted|receive|receive-sign-in|inspector-signed [FILE]
//   render_pages inspector-batch FILE_OR_FOLDER...

#include "core/api/HostedWalletClient.h"
#include "core/api/IssuerAgentClient.h"
#include "core/api/VerifierApiClient.h"
#include "core/verify/AllowedContexts.h"
#include "core/verify/DocumentCache.h"
#include "core/verify/TrustList.h"
#include "models/PresentController.h"
#include "models/ReceiveController.h"
#include "models/WalletSession.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LocalSignInServer.h"
#include "support/LocalVciIssuer.h"
#include "support/LoopbackPolicy.h"
#include "support/ScreenshotSetup.h"
#include "support/WalletFixture.h"
#include "ui/AccountsPage.h"
#include "ui/CanonicalFormView.h"
#include "ui/CredentialsPage.h"
#include "ui/FileDialog.h"
#include "ui/HistoryPage.h"
#include "ui/HostedWalletPage.h"
#include "ui/InspectorPage.h"
#include "ui/MainWindow.h"
#include "ui/OffersPage.h"
#include "ui/PresentPage.h"
#include "ui/ReceivePage.h"
#include "ui/SettingsPage.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace vcdesk;

/// Stands in for the system browser (QDesktopServices): the page asked to be opened is not.
class BrowserAway : public QObject
{
    Q_OBJECT
public slots:
    void openUrl(const QUrl &) {}
};

/// A university's seal as its metadata's logo: a PNG drawn here, served by the issuer.
static QByteArray sealPicture()
{
    QImage seal(192, 192, QImage::Format_ARGB32_Premultiplied);
    seal.fill(Qt::transparent);
    QPainter painter(&seal);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x1a, 0x3d, 0x7c));
    painter.setPen(QPen(QColor(0xc9, 0xa2, 0x27), 10));
    painter.drawEllipse(seal.rect().adjusted(8, 8, -8, -8));
    QFont font;
    font.setBold(true);
    font.setPixelSize(72);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(seal.rect(), Qt::AlignCenter, QStringLiteral("CU"));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    seal.save(&buffer, "PNG");
    return png;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::setUpScreenshot();
    QCoreApplication::setOrganizationName(QStringLiteral("vcdesk-screenshots"));
    const QString page = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("welcome");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wallet.db"));
    if (page == QLatin1String("unlock") || page == QLatin1String("credentials")) {
        auto wallet = test::createWallet(path, "sample passphrase");
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        const test::Issuer university = test::Issuer::make(KeyType::P256);
        const test::Issuer employer = test::Issuer::make(KeyType::P256);
        QList<CredentialRecord> records;
        const QStringList types{"UniversityDegreeCredential", "EmailCredential", "EmployeeBadge",
                                "LibraryCard", "MembershipCredential"};
        for (int i = 0; i < 40; ++i) {
            CredentialRecord r =
                test::signedRecord(i % 3 ? university : employer, types.at(i % types.size()), i);
            r.issuerName = i % 3 ? QStringLiteral("Example University") : QString();
            // Among the newest, so the first screen shows every badge.
            if (i == 38)
                r.verdict = Verdict::Invalid;
            if (i == 37)
                r.expiresAt = QDateTime::currentDateTimeUtc().addDays(-3);
            if (i == 35)
                r.verdict = Verdict::Unverifiable;
            if (i == 36) {
                r.verdict = Verdict::Invalid;
                r.revocation = Revocation::Revoked; // as a status list said when checked
            }
            // What the importer keeps of each type's claims for its card.
            const QString person = QStringLiteral("Person %1").arg(i);
            switch (i % types.size()) {
            case 0:
                r.highlights = {{"name", person}, {"degree", "Bachelor of Science"}};
                break;
            case 1:
                r.highlights = {{"email", QStringLiteral("person%1@example.com").arg(i)}};
                break;
            case 2:
                r.highlights = {{"name", person}, {"role", "Engineer"}, {"site", "Berlin"}};
                break;
            default:
                r.highlights = {{"name", person}, {"memberSince", "2021"}};
                break;
            }
            if (i % 4 == 0)
                r.tags = {QStringLiteral("work")};
            records << r;
        }
        if (!wallet->credentials().addMany(profile, records))
            return 3;
    }
    // Settings: a wallet with a second key, so that the keys table shows what it is for.
    qint64 settingsProfile = 0;
    const bool settings = page == QLatin1String("settings") ||
                          page == QLatin1String("settings-lists") ||
                          page == QLatin1String("settings-contexts");
    if (settings) {
        auto wallet = test::createWallet(path, "sample passphrase");
        settingsProfile = wallet->profiles().resolve({}).value().id;
        if (!wallet->keys().generate(settingsProfile, KeyType::Ed25519, KeyStore::DidMethod::Jwk))
            return 9;
    }
    // The Present pages: a wallet holding a membership the local agent issued.
    std::unique_ptr<test::AgentThread> agent;
    QString requestUri;
    const bool presenting = page == QLatin1String("present") || page == QLatin1String("consent") ||
                            page == QLatin1String("offers") || page == QLatin1String("accounts") ||
                            page == QLatin1String("history") || page == QLatin1String("hosted");
    if (presenting) {
        auto started =
            test::AgentThread::start(QHostAddress::LocalHost, 0, dir.filePath("agent"), 60000);
        if (!started)
            return 4;
        agent = std::move(started).value();
        const test::AgentDescription description{agent->description()};
        auto wallet = test::createWallet(path, "sample passphrase");
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        if (!test::issueIntoWallet(
                agent->baseUrl(), description, *wallet, profile,
                QJsonObject{{"claim_type", "membership"}, {"name", "Alice Example"}}))
            return 5;
        auto created = VerifierApiClient(QUrl(agent->baseUrl()), description.verifierToken(),
                                         test::loopbackPolicy())
                           .createAuthRequest(QStringLiteral("membershipCredential"));
        if (!created)
            return 6;
        requestUri = created->authRequestUri;
        if (page == QLatin1String("history")) {
            // Three answers as the presentation flow keeps them.
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            const QString verifierDid = description.party("verifier", "did");
            PresentationRecord shared;
            shared.at = now - 3 * 86400;
            shared.clientId = QStringLiteral("x509_san_dns:library.example");
            shared.trustedName = QStringLiteral("City Library");
            shared.authenticatedBy = QStringLiteral("certificate for library.example");
            shared.purpose = QStringLiteral("Borrowing books");
            shared.outcome = PresentationRecord::Outcome::Shared;
            shared.disclosed = QJsonArray{QJsonObject{
                {"credential", "LibraryCard"}, {"claims", QJsonArray{"$.name", "$.card_number"}}}};
            PresentationRecord refused = shared;
            refused.at = now - 86400;
            refused.clientId = verifierDid;
            refused.trustedName.clear();
            refused.verifierName = QStringLiteral("Members' club");
            refused.authenticatedBy = QStringLiteral("request signed by ") + verifierDid;
            refused.purpose = QStringLiteral("Proof of membership");
            refused.outcome = PresentationRecord::Outcome::Refused;
            refused.reason = QStringLiteral("the credential's issuer is not on the club's list");
            refused.disclosed =
                QJsonArray{QJsonObject{{"credential", "MembershipCredential"}, {"whole", true}}};
            PresentationRecord declined = refused;
            declined.at = now - 3600;
            declined.clientId = QStringLiteral("redirect_uri:https://shop.example/cb");
            declined.verifierName = QStringLiteral("Shop");
            declined.authenticatedBy.clear();
            declined.purpose = QStringLiteral("Age check");
            declined.outcome = PresentationRecord::Outcome::Declined;
            declined.reason.clear();
            declined.disclosed = {};
            for (const PresentationRecord &record : {shared, refused, declined})
                if (!wallet->presentations().append(profile, record))
                    return 9;
        }
        if (page == QLatin1String("offers") || page == QLatin1String("accounts")) {
            // The holder's account, and two offers in it.
            Account account;
            account.name = QStringLiteral("Sandbox issuer");
            account.kind = QStringLiteral("issuer-agent");
            account.role = QStringLiteral("holder");
            account.baseUrl = agent->baseUrl();
            account.secretKind = Account::SecretKind::ApiKey;
            account.secret = description.party("holder", "apiKey").toLatin1();
            if (!wallet->accounts().add(profile, account))
                return 7;
            IssuerAgentClient issuer(QUrl(agent->baseUrl()),
                                     description.party("issuer", "apiKey").toLatin1(),
                                     test::loopbackPolicy());
            for (const QJsonObject &claims : {QJsonObject{{"claim_type", "libraryCard"},
                                                          {"name", "Alice Example"},
                                                          {"card_number", "LC-20931"}},
                                              QJsonObject{{"claim_type", "employeeBadge"},
                                                          {"name", "Alice Example"},
                                                          {"department", "Research"}}}) {
                auto made = issuer.createOffer(description.connectionId(),
                                               description.party("issuer", "did"), 3600, claims);
                if (!made || !issuer.waitForState(made.value(), ProtocolState::OfferSent, 5000, 20))
                    return 8;
            }
        }
        if (page == QLatin1String("hosted")) {
            // The sandbox's hosted wallet, holding two credentials the wallet remembers.
            Account account;
            account.name = QStringLiteral("Sandbox hosted wallet");
            account.kind = QStringLiteral("hosted-wallet");
            account.role = QStringLiteral("issuer");
            account.baseUrl = agent->baseUrl();
            account.secretKind = Account::SecretKind::ApiKey;
            account.secret = description.party("hosted-wallet", "apiKey").toLatin1();
            auto added = wallet->accounts().add(profile, account);
            if (!added)
                return 9;
            // The account's copy of the key was wiped once sealed.
            HostedWalletClient hosted(QUrl(agent->baseUrl()),
                                      description.party("hosted-wallet", "apiKey").toLatin1(),
                                      test::loopbackPolicy());
            const QString did = wallet->keys().defaultKey(profile)->did;
            auto badge = hosted.issue(QStringLiteral("employee-badge"), did, {},
                                      QJsonObject{{"holderFullName", "Alice Example"},
                                                  {"employeeId", "E-1042"},
                                                  {"department", "Research"}});
            auto email = hosted.issue(QStringLiteral("email-credential"), did, {},
                                      QJsonObject{{"email", "alice@example.org"}});
            if (!badge || !email ||
                !wallet->hosted().remember(added->id, email.value(), "Email Credential") ||
                !wallet->hosted().remember(added->id, badge.value(), "Employee Badge"))
                return 10;
        }
    }
    // The Receive page: a university's offer of a degree, with the claims it will hold.
    std::unique_ptr<test::LocalVciIssuer> vciIssuer;
    test::LocalSignInServer signIn;
    const bool signingIn = page == QLatin1String("receive-sign-in");
    if (page == QLatin1String("receive") || signingIn) {
        {
            // A second key: the offer asks which one the degree is bound to.
            auto wallet = test::createWallet(path, "sample passphrase");
            const qint64 profile = wallet->profiles().resolve({}).value().id;
            if (!wallet->keys().generate(profile, KeyType::P256, KeyStore::DidMethod::Jwk))
                return 11;
        }
        vciIssuer = std::make_unique<test::LocalVciIssuer>();
        vciIssuer->server.route("/logo.png",
                                test::TestHttpServer::Response{200, sealPicture(), "image/png"});
        vciIssuer->metadata.insert(
            "display",
            QJsonArray{QJsonObject{
                {"name", "City University"},
                {"locale", "en"},
                {"logo", QJsonObject{{"uri", vciIssuer->server.url("/logo.png").toString()},
                                     {"alt_text", "The seal of City University"}}}}});
        QJsonObject degree = vciIssuer->metadata.value("credential_configurations_supported")
                                 .toObject()
                                 .value("Membership")
                                 .toObject();
        const auto claim = [](const QJsonArray &path, const QString &name) {
            return QJsonObject{
                {"path", path},
                {"display", QJsonArray{QJsonObject{{"name", name}, {"locale", "en"}}}}};
        };
        degree.insert(
            "credential_metadata",
            QJsonObject{{"display",
                         QJsonArray{QJsonObject{{"name", "Bachelor's degree"}, {"locale", "en"}}}},
                        {"claims", QJsonArray{claim({"credentialSubject", "name"}, "Full name"),
                                              claim({"credentialSubject", "degree"}, "Degree"),
                                              claim({"credentialSubject", "graduated"},
                                                    "Date of graduation")}}});
        vciIssuer->metadata.insert("credential_configurations_supported",
                                   QJsonObject{{"Membership", degree}});
        vciIssuer->txDescription = QStringLiteral("We sent a six-digit code to your phone.");
        vciIssuer->publish();
        if (signingIn)
            signIn.install(*vciIssuer, true);
    }
    // The person's browser is away: the page waits for the sign-in to come back.
    BrowserAway away;
    if (signingIn)
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &away, "openUrl");
    MainWindow window(path);
    window.setNetworkPolicy(test::loopbackPolicy());
    window.show();
    if (vciIssuer) {
        QObject::connect(window.session(), &WalletSession::opened, &window,
                         [&window] { window.session()->unlock("sample passphrase"); });
        window.present(signingIn ? vciIssuer->signInOffer(QStringLiteral("sample"))
                                 : vciIssuer->offer(6));
        if (signingIn) { // Receive is pressed once the offer shows
            auto *poll = new QTimer(&window);
            QObject::connect(poll, &QTimer::timeout, &window, [&window, poll] {
                ReceiveController *receiving =
                    window.receivePage() ? window.receivePage()->controller() : nullptr;
                if (!receiving || receiving->state() != ReceiveController::State::AwaitingConsent)
                    return;
                poll->stop();
                receiving->accept({});
            });
            poll->start(100);
        }
    }
    if (presenting) {
        QObject::connect(window.session(), &WalletSession::opened, &window,
                         [&window] { window.session()->unlock("sample passphrase"); });
        if (page == QLatin1String("consent"))
            window.present(requestUri);
        else { // the wallet pages are made after the first unlock: wait for them
            auto *poll = new QTimer(&window);
            QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, page] {
                if (!window.presentPage())
                    return;
                poll->stop();
                if (page == QLatin1String("history")) {
                    window.historyAction()->trigger();
                    QTimer::singleShot(1000, &window,
                                       [&window] { window.historyPage()->selectRow(1); });
                } else if (page == QLatin1String("accounts")) {
                    window.accountsAction()->trigger();
                    QTimer::singleShot(1000, &window,
                                       [&window] { window.accountsPage()->selectRow(0); });
                } else if (page == QLatin1String("hosted")) {
                    window.hostedAction()->trigger();
                    QTimer::singleShot(1500, &window, [&window] {
                        window.hostedWalletPage()->selectRow(0);
                        window.hostedWalletPage()
                            ->findChild<QPushButton *>(QStringLiteral("loadTemplates"))
                            ->click();
                    });
                } else if (page == QLatin1String("offers")) {
                    window.offersAction()->trigger();
                    QTimer::singleShot(1500, &window,
                                       [&window] { window.offersPage()->selectRow(0); });
                } else {
                    window.presentAction()->trigger();
                }
            });
            poll->start(100);
        }
    }
    if (page == QLatin1String("settings-lists")) {
        // Two documents checks fetched: a status list a minute ago, a schema this morning.
        DocumentCache cache(DocumentCache::defaultFolder());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        cache.put(
            QStringLiteral("https://university.example/status/3"),
            R"({"@context":["https://www.w3.org/ns/credentials/v2"],)"
            R"("type":["VerifiableCredential","BitstringStatusListCredential"],)"
            R"("issuer":"did:web:university.example","credentialSubject":)"
            R"({"type":"BitstringStatusList","statusPurpose":"revocation",)"
            R"("encodedList":"uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"}})",
            now.addSecs(-60));
        cache.put(QStringLiteral("https://schemas.example/email-credential.json"),
                  R"({"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",)"
                  R"("properties":{"credentialSubject":{"type":"object"}}})",
                  now.addSecs(-3 * 3600));
        // The file Import… reads: one issuer renamed, one new.
        QFile imported(dir.filePath(QStringLiteral("partners.json")));
        if (!imported.open(QIODevice::WriteOnly))
            return 10;
        imported.write(R"({"issuers":[)"
                       R"({"pattern":"did:web:mail.example","name":"Example Mail","added":""},)"
                       R"({"pattern":"did:web:library.example*","name":"City Library",)"
                       R"("added":"2025-01-15T09:00:00Z"}]})");
        imported.close();
        FileDialog::setNextOpenFileName(imported.fileName());
        QTimer::singleShot(1500, &window, [&window] {
            SettingsPage *settingsPage = window.settingsPage();
            settingsPage->findChild<QPushButton *>(QStringLiteral("trustImport"))->click();
            // Scrolled so that the trust list and the cache show together.
            auto *scroll = settingsPage->findChild<QScrollArea *>(QStringLiteral("settingsScroll"));
            auto *trust = settingsPage->findChild<QWidget *>(QStringLiteral("trustBox"));
            scroll->verticalScrollBar()->setValue(trust->y());
        });
    }
    if (page == QLatin1String("settings-contexts")) {
        // Two contexts allowed: one kept as first fetched, one pinned to its SHA-256.
        (void)AllowedContexts::save(
            AllowedContexts::defaultPath(),
            {{QStringLiteral("https://humanos.id/credentials/v1"), {}},
             {QStringLiteral("https://w3id.org/citizenship/v4rc1"),
              QByteArrayLiteral(
                  "4e9ba6f2ba7ac3ea1a1d11e0f42d29e5e0f1c5a8e2cbd35b36e2f0f4f0d8b6a1")}});
        QTimer::singleShot(1500, &window, [&window] {
            SettingsPage *settingsPage = window.settingsPage();
            auto *scroll = settingsPage->findChild<QScrollArea *>(QStringLiteral("settingsScroll"));
            auto *box = settingsPage->findChild<QWidget *>(QStringLiteral("allowedContextsBox"));
            scroll->ensureWidgetVisible(box, 0, 0);
            auto *entry = box->findChild<QLineEdit *>(QStringLiteral("allowedContextEntry"));
            entry->setFocus();
            entry->setText(QStringLiteral("https://credentials.example.org/membership/v1"));
        });
    }
    if (settings) {
        TrustList trusted;
        (void)trusted.add(QStringLiteral("did:web:university.example*"),
                          QStringLiteral("Example University"));
        (void)trusted.add(QStringLiteral("did:web:mail.example"), QStringLiteral("Mail Service"));
        QDir().mkpath(QFileInfo(TrustList::defaultPath()).absolutePath());
        (void)trusted.save(TrustList::defaultPath());
        QObject::connect(window.session(), &WalletSession::opened, &window,
                         [&window] { window.session()->unlock("sample passphrase"); });
        // What the window does once it knows the profile (MainWindow::buildWalletPages).
        QObject::connect(window.session(), &WalletSession::unlocked, &window,
                         [&window, settingsProfile] {
                             window.settingsPage()->setWallet(*window.session(), settingsProfile);
                         });
        window.showSection(window.settingsPage());
    }
    if (page == QLatin1String("inspector")) {
        window.showSection(window.inspectorPage());
        if (argc > 2)
            window.inspectorPage()->loadFile(QString::fromLocal8Bit(argv[2]));
    }
    if (page == QLatin1String("inspector-signed") && argc > 2) {
        window.showSection(window.inspectorPage());
        window.inspectorPage()->loadFile(QString::fromLocal8Bit(argv[2]));
        // Once the inspection shows the tab, open it (the page opens on the claims).
        auto *form = window.inspectorPage()->findChild<CanonicalFormView *>("canonicalForm");
        auto *tabs = window.inspectorPage()->findChild<QTabWidget *>("inspectionParts");
        auto *poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [form, tabs, poll] {
            if (!tabs->isTabVisible(tabs->indexOf(form)))
                return;
            tabs->setCurrentWidget(form);
            poll->stop();
        });
        poll->start(50);
    }
    if (page == QLatin1String("inspector-batch")) {
        window.showSection(window.inspectorPage());
        QStringList inputs;
        for (int i = 2; i < argc; ++i)
            inputs << QString::fromLocal8Bit(argv[i]);
        window.inspectorPage()->inspectBatch(inputs);
    }
    if (page == QLatin1String("credentials"))
        QObject::connect(window.session(), &WalletSession::opened, &window,
                         [&window] { window.session()->unlock("sample passphrase"); });
    return app.exec();
}

#include "render_pages.moc"
