// Puts the window's Console section in a given state for a screenshot (scripts/screenshots.sh),
// against a local vcdesk-agent on loopback, with a wallet in a temporary folder holding the
// sandbox's accounts: issuer (records in several states, one just changed), hosted (a
// credential verified at the hosted wallet and here, side by side), generation (a credential
// generated), decision (a decision event with its hashes checked, one altered), history (the
// operations done to get there).
//   render_console issuer|hosted|generation|decision|history

#include "core/api/HostedWalletClient.h"
#include "core/api/IssuerAgentClient.h"
#include "core/verify/MandateHashCheck.h"
#include "models/IssuerConsole.h"
#include "models/WalletSession.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/ScreenshotSetup.h"
#include "support/TestData.h"
#include "support/WalletFixture.h"
#include "ui/ClaimsEditor.h"
#include "ui/ConsolePage.h"
#include "ui/DecisionEventPage.h"
#include "ui/GenerationPage.h"
#include "ui/HostedWalletConsolePage.h"
#include "ui/IssuerConsolePage.h"
#include "ui/MainWindow.h"
#include "ui/OperationsView.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace vcdesk;

namespace {

Account account(const QString &name, const QString &kind, const QString &role, const QString &url,
                const QString &key)
{
    Account a;
    a.name = name;
    a.kind = kind;
    a.role = role;
    a.baseUrl = url;
    a.secretKind = Account::SecretKind::ApiKey;
    a.secret = key.toLatin1();
    return a;
}

/// Three exchanges: one offered, one the holder accepted, one issued.
bool makeRecords(const QString &url, const test::AgentDescription &agent)
{
    IssuerAgentClient issuer(QUrl(url), agent.party("issuer", "apiKey").toLatin1(),
                             test::loopbackPolicy());
    IssuerAgentClient holder(QUrl(url), agent.party("holder", "apiKey").toLatin1(),
                             test::loopbackPolicy());
    QList<IssuerOffer> made;
    for (const QJsonObject &claims :
         {QJsonObject{{"claim_type", "libraryCard"}, {"name", "Alice Example"}},
          QJsonObject{{"claim_type", "employeeBadge"}, {"name", "Bob Example"}},
          QJsonObject{{"claim_type", "email"}, {"email", "carol@example.org"}}}) {
        auto offer =
            issuer.createOffer(agent.connectionId(), agent.party("issuer", "did"), 3600, claims);
        if (!offer || !issuer.waitForState(offer.value(), ProtocolState::OfferSent, 5000, 20))
            return false;
        made << offer.value();
    }
    for (int i = 1; i < 3; ++i) {
        auto theirs = holder.offers(made.at(i).thid);
        if (!theirs || theirs->isEmpty() ||
            !holder.accept(theirs->first().recordId, agent.party("holder", "did")))
            return false;
        if (!issuer.waitForState(made.at(i), ProtocolState::RequestReceived, 5000, 20))
            return false;
    }
    return bool(issuer.issue(made.at(2).recordId));
}

QString decisionEvent()
{
    QJsonObject event = test::readJson(QStringLiteral("seeds/decision-event.json"));
    QJsonObject credential = event.value("credential").toObject();
    QJsonObject subject = credential.value("credentialSubject").toObject();
    const auto item = [](const QString &label, const QJsonValue &value, const QJsonValue &hashOf) {
        return QJsonObject{{"label", label},
                           {"type", value.isString() ? "string" : "object"},
                           {"value", value},
                           {"hash", MandateHashCheck::hashOf(hashOf)}};
    };
    QJsonObject address =
        item("Postal address", QJsonObject{{"city", "Lyon"}}, QJsonObject{{"city", "Lyon"}});
    address.insert("fields", QJsonArray{item("City", "Lyon", "Lyon")});
    QJsonObject hidden = item("Tax number", "FR-1234", "FR-1234");
    hidden.insert("hidden", true);
    subject.insert("data",
                   QJsonArray{item("Privacy Policy Agreement",
                                   "I agree to the collection and processing of my personal data.",
                                   "I agree to the collection and processing of my personal data."),
                              item("Monthly limit", "5000 EUR", "500 EUR"), address, hidden});
    credential.insert("credentialSubject", subject);
    event.insert("credential", credential);
    return QString::fromUtf8(QJsonDocument(event).toJson());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::setUpScreenshot();
    QCoreApplication::setOrganizationName(QStringLiteral("vcdesk-screenshots"));
    const QString tab = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("issuer");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wallet.db"));
    auto started =
        test::AgentThread::start(QHostAddress::LocalHost, 0, dir.filePath("agent"), 60000);
    if (!started)
        return 1;
    auto agent = std::move(started).value();
    const test::AgentDescription description{agent->description()};
    const QString url = agent->baseUrl();
    QString hostedId;
    {
        auto wallet = test::createWallet(path, "sample passphrase");
        const qint64 profile = wallet->profiles().resolve({}).value().id;
        for (Account a : {account("Sandbox issuer (operator)", "issuer-agent", "issuer", url,
                                  description.party("issuer", "apiKey")),
                          account("Sandbox issuer", "issuer-agent", "holder", url,
                                  description.party("holder", "apiKey")),
                          account("Sandbox hosted wallet", "hosted-wallet", "issuer", url,
                                  description.party("hosted-wallet", "apiKey")),
                          account("Sandbox generation service", "generator", "issuer", url,
                                  description.party("issuer", "apiKey"))})
            if (!wallet->accounts().add(profile, a))
                return 2;
        if (!makeRecords(url, description))
            return 3;
        auto issued =
            HostedWalletClient(QUrl(url), description.party("hosted-wallet", "apiKey").toLatin1(),
                               test::loopbackPolicy())
                .issue(QStringLiteral("employee-badge"), description.party("holder", "did"), {},
                       QJsonObject{{"holderFullName", "Alice Example"},
                                   {"employeeId", "E-1042"},
                                   {"department", "Research"}});
        if (!issued)
            return 4;
        hostedId = issued.value();
    }
    MainWindow window(path);
    window.setNetworkPolicy(test::loopbackPolicy());
    window.show();
    QObject::connect(window.session(), &WalletSession::opened, &window,
                     [&window] { window.session()->unlock("sample passphrase"); });
    auto *poll = new QTimer(&window);
    QObject::connect(poll, &QTimer::timeout, &window, [&, poll] {
        ConsolePage *console = window.consolePage();
        if (!console)
            return;
        poll->stop();
        window.showSection(console->parentWidget());
        if (tab == QLatin1String("issuer") || tab == QLatin1String("history")) {
            console->tabs()->setCurrentWidget(console->issuerPage());
            QTimer::singleShot(1200, &window, [&window, console, tab] {
                IssuerConsolePage *page = console->issuerPage();
                page->recordsView()->selectRow(1);
                page->console()->match(QStringLiteral("email"));
                if (tab == QLatin1String("history"))
                    QTimer::singleShot(800, &window, [console] {
                        console->tabs()->setCurrentWidget(
                            console->tabs()->widget(console->tabs()->count() - 1));
                    });
            });
        } else if (tab == QLatin1String("hosted")) {
            console->tabs()->setCurrentWidget(console->hostedPage());
            QTimer::singleShot(800, &window, [console, hostedId] {
                auto *page = console->hostedPage();
                page->findChild<QLineEdit *>(QStringLiteral("hostedCredentialId"))
                    ->setText(hostedId);
                page->findChild<QPushButton *>(QStringLiteral("hostedGet"))->click();
                QTimer::singleShot(600, page, [page] {
                    page->findChild<QPushButton *>(QStringLiteral("hostedVerify"))->click();
                    page->findChild<QPushButton *>(QStringLiteral("hostedLoadTemplates"))->click();
                });
            });
        } else if (tab == QLatin1String("generation")) {
            console->tabs()->setCurrentWidget(console->generationPage());
            QTimer::singleShot(800, &window, [console, description] {
                GenerationPage *page = console->generationPage();
                page->findChild<QLineEdit *>(QStringLiteral("generationSubject"))
                    ->setText(description.party("holder", "did"));
                page->claimsEditor()->setText(
                    QStringLiteral("{\n  \"name\": \"Alice Example\",\n  \"level\": \"gold\"\n}"));
                page->generateButton()->click();
            });
        } else if (tab == QLatin1String("decision")) {
            console->tabs()->setCurrentWidget(console->decisionPage());
            console->decisionPage()->setText(decisionEvent());
        }
    });
    poll->start(100);
    return app.exec();
}
