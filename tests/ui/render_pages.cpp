// Puts the window in a given state for a screenshot (scripts/screenshots.sh): no wallet yet
// (welcome), a locked wallet (unlock), or an unlocked one with sample credentials
// (credentials). Everything lives in a temporary folder; nothing of the person's is touched.
//   render_pages welcome|unlock|credentials|settings|inspector [FILE]

#include "core/verify/TrustList.h"
#include "models/WalletSession.h"
#include "support/WalletFixture.h"
#include "ui/InspectorPage.h"
#include "ui/MainWindow.h"
#include "ui/SettingsPage.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace vcdesk;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
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
            if (i == 1)
                r.verdict = Verdict::Invalid;
            if (i == 2)
                r.expiresAt = QDateTime::currentDateTimeUtc().addDays(-3);
            if (i == 3)
                r.verdict = Verdict::Unverifiable;
            records << r;
        }
        if (!wallet->credentials().addMany(profile, records))
            return 3;
    }
    MainWindow window(path);
    window.show();
    if (page == QLatin1String("settings")) {
        TrustList trusted;
        (void)trusted.add(QStringLiteral("did:web:university.example*"),
                          QStringLiteral("Example University"));
        (void)trusted.add(QStringLiteral("did:web:mail.example"), QStringLiteral("Mail Service"));
        QDir().mkpath(QFileInfo(TrustList::defaultPath()).absolutePath());
        (void)trusted.save(TrustList::defaultPath());
        window.showSection(window.settingsPage());
    }
    if (page == QLatin1String("inspector")) {
        window.showSection(window.inspectorPage());
        if (argc > 2)
            window.inspectorPage()->loadFile(QString::fromLocal8Bit(argv[2]));
    }
    if (page == QLatin1String("credentials"))
        QObject::connect(window.session(), &WalletSession::opened, &window,
                         [&window] { window.session()->unlock("sample passphrase"); });
    return app.exec();
}
