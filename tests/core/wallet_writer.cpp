// A second process for the wallet tests. Modes:
//   wallet_writer hold WALLET          open for writing, print "ready", wait for a line on stdin
//   wallet_writer write WALLET PASS    add credentials one transaction at a time, printing
//                                      "committed ID SHA256" after each commit, until killed
//   wallet_writer unlock WALLET PASS   unlock (sealing a schema-1 wallet), print "unlocked"
// Exit code 3 with the error on stderr when the wallet cannot be opened.

#include "core/crypto/Digest.h"
#include "core/store/Wallet.h"
#include "support/WalletFixture.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace vcdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 64;
    auto wallet = Wallet::open(args.at(2), Wallet::Access::ReadWrite);
    if (!wallet) {
        fprintf(stderr, "%s\n", qPrintable(wallet.error().toString()));
        return 3;
    }
    if (args.at(1) == QLatin1String("hold")) {
        printf("ready\n");
        fflush(stdout);
        char line[16];
        (void)!fgets(line, sizeof line, stdin);
        return 0;
    }
    if ((args.at(1) != QLatin1String("write") && args.at(1) != QLatin1String("unlock")) ||
        args.size() < 4)
        return 64;
    QByteArray passphrase = args.at(3).toUtf8();
    if (auto unlocked = wallet.value()->unlock(passphrase); !unlocked) {
        fprintf(stderr, "%s\n", qPrintable(unlocked.error().toString()));
        return 3;
    }
    if (args.at(1) == QLatin1String("unlock")) {
        printf("unlocked\n");
        return 0;
    }
    const qint64 profile = wallet.value()->profiles().resolve({}).value().id;
    const auto issuer = test::Issuer::make(KeyType::Secp256k1);
    printf("ready\n");
    fflush(stdout);
    for (int serial = QRandomGenerator::global()->bounded(1 << 30);; ++serial) {
        auto record = test::signedRecord(issuer, QStringLiteral("CrashCredential"), serial);
        record.tags = QStringList{QStringLiteral("crash")};
        auto id = wallet.value()->credentials().add(profile, record);
        if (!id) {
            fprintf(stderr, "%s\n", qPrintable(id.error().toString()));
            return 4;
        }
        printf("committed %lld %s\n", id.value(), Digest::sha256(record.raw).toHex().constData());
        fflush(stdout);
    }
}
