#include "cli/WalletTransferCommand.h"

#include "cli/InputReader.h"
#include "cli/WalletCli.h"
#include "core/common/DisplayText.h"
#include "core/crypto/SecretKey.h"
#include "core/store/CredentialImporter.h"
#include "core/store/WalletBackup.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "core/verify/VerdictText.h"

#include <QFileInfo>
#include <QJsonArray>

namespace vcdesk {

int WalletTransferCommand::importFiles(const QStringList &arguments, WalletCli &cli,
                                       QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     tr("Verify without the network (cached status lists)."));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Tag the imported credentials."),
                                 tr("TAG"));
    const QCommandLineOption loopback(QStringLiteral("allow-loopback-http"),
                                      tr("Allow http:// to this machine (development)."));
    parser.addOptions({offline, tag, loopback});
    if (!cli.parse(parser, arguments, 2, 1000,
                   tr("usage: vcdesk wallet import CREDENTIAL_FILE... [--offline] [--tag TAG]")))
        return WalletCli::Usage;

    // Verified before the wallet is touched, so a bad file changes nothing.
    // In memory only: the status lists and schemas a wallet's credentials point at would tell
    // anyone with a copy of the cache folder what the wallet holds. A damaged trust list is an
    // error, never "no list" (the stored verdict would be wrong).
    auto options = InspectOptionsBuilder()
                       .offline(parser.isSet(offline))
                       .allowLoopbackHttp(parser.isSet(loopback))
                       .cache(InspectOptionsBuilder::Cache::InMemory)
                       .build();
    if (!options)
        return cli.fail(options.error());
    QList<CredentialRecord> records;
    for (const QString &file : parser.positionalArguments().mid(1)) {
        auto input = InputReader::read(file, CredentialImporter::kMaxInputBytes);
        if (!input)
            return cli.fail(input.error());
        auto found = CredentialImporter::extract(input.value());
        if (!found)
            return cli.fail(
                Error{found.error().code,
                      tr("%1: %2; nothing was imported").arg(file, found.error().message)});
        for (const QByteArray &raw : found.value()) {
            auto record = CredentialImporter::prepare(
                raw, options.value(), QStringLiteral("import"), QFileInfo(file).fileName());
            if (!record)
                return cli.fail(
                    Error{record.error().code,
                          tr("%1: %2; nothing was imported").arg(file, record.error().message)});
            record.value().tags = parser.values(tag);
            records << record.value();
        }
    }
    auto session = cli.openProfile(Wallet::Access::ReadWrite, true);
    if (!session)
        return cli.fail(session.error());
    const auto &wallet = session->wallet;
    const Profile *profile = &session->profile;
    auto stored = wallet->credentials().addMany(profile->id, records);
    if (!stored)
        return cli.fail(stored.error());
    if (cli.json()) {
        QJsonArray added;
        for (qint64 id : stored->added)
            added.append(WalletCli::toJson(wallet->credentials().get(id).value()));
        QJsonArray duplicates;
        for (qint64 id : stored->duplicates)
            duplicates.append(id);
        cli.printJson(QJsonObject{{QStringLiteral("added"), added},
                                  {QStringLiteral("duplicates"), duplicates}});
        return WalletCli::Ok;
    }
    for (qint64 id : stored->added) {
        const CredentialRecord record = wallet->credentials().get(id).value();
        out << tr("Added %1: %2 from %3 (%4)")
                   .arg(id)
                   .arg(DisplayText::escape(record.title, 80),
                        DisplayText::escape(
                            record.issuerName.isEmpty() ? record.issuer : record.issuerName, 60),
                        VerdictText::label(record.verdict))
            << '\n';
    }
    for (qint64 id : stored->duplicates)
        out << tr("Already in the wallet as %1; skipped.").arg(id) << '\n';
    return WalletCli::Ok;
}

int WalletTransferCommand::backup(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption file(QStringLiteral("out"), tr("The backup file to write."),
                                  tr("FILE"));
    const QCommandLineOption secret(QStringLiteral("backup-passphrase-file"),
                                    tr("Read the backup's own passphrase from FILE."), tr("FILE"));
    parser.addOptions({file, secret});
    if (!cli.parse(parser, arguments, 1, 1,
                   tr("usage: vcdesk wallet backup --out FILE --backup-passphrase-file FILE")) ||
        !parser.isSet(file) || !parser.isSet(secret))
        return cli.usage(tr("--out and --backup-passphrase-file are required"));
    auto backupPassphrase = WalletCli::readSecretFile(parser.value(secret));
    if (!backupPassphrase)
        return cli.fail(backupPassphrase.error());
    auto wallet = cli.open(Wallet::Access::ReadOnly, true);
    if (!wallet) {
        wipe(backupPassphrase.value());
        return cli.fail(wallet.error());
    }
    if (auto done = WalletBackup::write(*wallet.value(), parser.value(file),
                                        backupPassphrase.value(), cli.calibratedKdf());
        !done)
        return cli.fail(done.error());
    out << tr("Wrote the backup %1. Keep its passphrase apart from it.").arg(parser.value(file))
        << '\n';
    return WalletCli::Ok;
}

int WalletTransferCommand::restore(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption file(QStringLiteral("in"), tr("The backup file to read."), tr("FILE"));
    const QCommandLineOption secret(QStringLiteral("backup-passphrase-file"),
                                    tr("Read the backup's passphrase from FILE."), tr("FILE"));
    parser.addOptions({file, secret});
    if (!cli.parse(parser, arguments, 1, 1,
                   tr("usage: vcdesk wallet restore --in FILE --backup-passphrase-file FILE "
                      "[--wallet NEW_FILE]")) ||
        !parser.isSet(file) || !parser.isSet(secret))
        return cli.usage(tr("--in and --backup-passphrase-file are required"));
    auto backupPassphrase = WalletCli::readSecretFile(parser.value(secret));
    if (!backupPassphrase)
        return cli.fail(backupPassphrase.error());
    auto walletPassphrase = cli.passphrase(tr("New wallet passphrase: "));
    if (!walletPassphrase) {
        wipe(backupPassphrase.value());
        return cli.fail(walletPassphrase.error());
    }
    if (auto done =
            WalletBackup::restore(parser.value(file), backupPassphrase.value(), cli.walletPath(),
                                  walletPassphrase.value(), cli.calibratedKdf());
        !done)
        return cli.fail(done.error());
    out << tr("Restored the wallet into %1.").arg(cli.walletPath()) << '\n';
    return WalletCli::Ok;
}

} // namespace vcdesk
