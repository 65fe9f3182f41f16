#include "cli/WalletCommand.h"

#include "cli/OutputPath.h"
#include "cli/WalletCli.h"
#include "cli/WalletTransferCommand.h"
#include "core/common/DisplayText.h"
#include "core/crypto/SecretKey.h"
#include "core/store/WalletErrors.h"
#include "core/store/WalletKeychain.h"
#include "core/store/WalletTransaction.h"
#include "core/verify/VerdictText.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace vcdesk {

namespace {

std::optional<KeyType> keyTypeFrom(const QString &name)
{
    if (name.compare(QLatin1String("ES256"), Qt::CaseInsensitive) == 0)
        return KeyType::P256;
    if (name.compare(QLatin1String("ES256K"), Qt::CaseInsensitive) == 0)
        return KeyType::Secp256k1;
    if (name.compare(QLatin1String("EdDSA"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("Ed25519"), Qt::CaseInsensitive) == 0)
        return KeyType::Ed25519;
    return std::nullopt;
}

std::optional<KeyStore::DidMethod> didMethodFrom(const QString &name)
{
    if (name == QLatin1String("key"))
        return KeyStore::DidMethod::Key;
    if (name == QLatin1String("jwk"))
        return KeyStore::DidMethod::Jwk;
    return std::nullopt;
}

QJsonObject keyJson(const HolderKey &key)
{
    return QJsonObject{{QStringLiteral("id"), key.id},
                       {QStringLiteral("algorithm"), keytype::jwsAlgorithm(key.type)},
                       {QStringLiteral("did"), key.did},
                       {QStringLiteral("kid"), key.kid},
                       {QStringLiteral("default"), key.isDefault},
                       {QStringLiteral("publicJwk"), key.publicJwk}};
}

qint64 idArgument(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

int WalletCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString action = arguments.value(1);
    WalletCli cli(QStringLiteral("vcdesk wallet"), out, err);
    if (action == QLatin1String("create"))
        return create(arguments, cli, out);
    if (action == QLatin1String("list"))
        return list(arguments, cli, out);
    if (action == QLatin1String("export"))
        return exportOne(arguments, cli, out);
    if (action == QLatin1String("delete"))
        return remove(arguments, cli, out);
    if (action == QLatin1String("keys"))
        return keys(arguments, cli, out);
    if (action == QLatin1String("profiles"))
        return profiles(arguments, cli, out);
    if (action == QLatin1String("keychain"))
        return keychain(arguments, cli, out);
    if (action == QLatin1String("passphrase"))
        return changePassphrase(arguments, cli, out);
    if (action == QLatin1String("import"))
        return WalletTransferCommand::importFiles(arguments, cli, out);
    if (action == QLatin1String("backup"))
        return WalletTransferCommand::backup(arguments, cli, out);
    if (action == QLatin1String("restore"))
        return WalletTransferCommand::restore(arguments, cli, out);
    err << tr("usage: vcdesk wallet create|list|import|export|delete|keys|profiles|passphrase|"
              "keychain|backup|restore [--wallet FILE] [--passphrase-file FILE] [--json] ...\n"
              "       vcdesk wallet ACTION --help for the options of one action")
        << '\n';
    return WalletCli::Usage;
}

int WalletCommand::create(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption keyType(QStringLiteral("key-type"),
                                     tr("ES256 (default), ES256K or EdDSA."), tr("ALG"),
                                     QStringLiteral("ES256"));
    const QCommandLineOption didMethod(QStringLiteral("did-method"), tr("key (default) or jwk."),
                                       tr("METHOD"), QStringLiteral("key"));
    parser.addOptions({keyType, didMethod});
    if (!cli.parse(parser, arguments, 1, 1,
                   tr("usage: vcdesk wallet create [--wallet FILE] [--profile NAME] "
                      "[--key-type ES256|ES256K|EdDSA] [--did-method key|jwk]")))
        return WalletCli::Usage;
    const auto type = keyTypeFrom(parser.value(keyType));
    const auto method = didMethodFrom(parser.value(didMethod));
    if (!type || !method)
        return cli.usage(tr("unknown key type or DID method"));
    auto passphrase = cli.passphrase(tr("New wallet passphrase: "));
    if (!passphrase)
        return cli.fail(passphrase.error());
    Wallet::CreateOptions options;
    options.kdf = cli.calibratedKdf();
    options.keyType = *type;
    options.didMethod = *method;
    if (parser.isSet(QStringLiteral("profile")))
        options.profileName = parser.value(QStringLiteral("profile"));
    auto wallet = Wallet::create(cli.walletPath(), passphrase.value(), options);
    if (!wallet)
        return cli.fail(wallet.error());
    const Profile profile = wallet.value()->profiles().resolve({}).value();
    const HolderKey key = wallet.value()->keys().defaultKey(profile.id).value();
    if (cli.json()) {
        cli.printJson(QJsonObject{{QStringLiteral("wallet"), wallet.value()->path()},
                                  {QStringLiteral("profile"), profile.name},
                                  {QStringLiteral("key"), keyJson(key)}});
    } else {
        out << tr("Created the wallet %1 with the profile \"%2\".")
                   .arg(wallet.value()->path(), profile.name)
            << '\n'
            << tr("Your DID: %1").arg(key.did) << '\n';
    }
    return WalletCli::Ok;
}

int WalletCommand::list(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption type(QStringLiteral("type"), tr("Only this credential type."),
                                  tr("TYPE"));
    const QCommandLineOption issuer(QStringLiteral("issuer"), tr("Only this issuer."), tr("DID"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Text in the title, types, issuer, subject or tags."),
                                    tr("TEXT"));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Only with this tag."), tr("TAG"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  tr("added (default), issued, expires, title or issuer."),
                                  tr("KEY"), QStringLiteral("added"));
    const QCommandLineOption ascending(QStringLiteral("asc"), tr("Oldest or A first."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N (default 100)."), tr("N"),
                                   QStringLiteral("100"));
    parser.addOptions({type, issuer, search, tag, sort, ascending, limit});
    if (!cli.parse(
            parser, arguments, 1, 1,
            tr("usage: vcdesk wallet list [--type T] [--issuer DID] [--search TEXT] "
               "[--tag TAG] [--sort added|issued|expires|title|issuer] [--asc] [--limit N]")))
        return WalletCli::Usage;
    static const QHash<QString, CredentialQuery::SortKey> sorts{
        {QStringLiteral("added"), CredentialQuery::SortKey::Added},
        {QStringLiteral("issued"), CredentialQuery::SortKey::Issued},
        {QStringLiteral("expires"), CredentialQuery::SortKey::Expires},
        {QStringLiteral("title"), CredentialQuery::SortKey::Title},
        {QStringLiteral("issuer"), CredentialQuery::SortKey::Issuer}};
    const int max = parser.value(limit).toInt();
    if (!sorts.contains(parser.value(sort)) || max < 1 || max > 100000)
        return cli.usage(tr("unknown sort key or a bad --limit"));
    // Listing needs no passphrase: these fields are what the wallet keeps in the clear.
    auto session = cli.openProfile(Wallet::Access::ReadOnly, true);
    if (!session)
        return cli.fail(session.error());
    const auto &wallet = session->wallet;
    const Profile *profile = &session->profile;
    CredentialQuery query;
    query.profileId = profile->id;
    query.type = parser.value(type);
    query.issuer = parser.value(issuer);
    query.text = parser.value(search);
    query.tag = parser.value(tag);
    query.sort = sorts.value(parser.value(sort));
    query.descending = !parser.isSet(ascending);
    QList<CredentialRecord> rows;
    while (rows.size() < max) {
        query.limit = qMin(CredentialSearch::kMaxPage, int(max - rows.size()));
        auto page = wallet->search().page(query);
        if (!page)
            return cli.fail(page.error());
        rows << page->rows;
        if (!page->next)
            break;
        query.after = page->next;
    }
    if (cli.json()) {
        QJsonArray array;
        for (const CredentialRecord &row : rows)
            array.append(WalletCli::toJson(row));
        cli.printJson(array);
        return WalletCli::Ok;
    }
    if (rows.isEmpty())
        out << tr("No credentials.") << '\n';
    for (const CredentialRecord &row : rows) {
        // Revoked or suspended says more than "Not valid" (it is why).
        const QString state = row.revocation != Revocation::None
                                  ? VerdictText::revocationLabel(row.revocation)
                                  : VerdictText::label(row.verdict);
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(row.id, 6)
                   .arg(DisplayText::escape(row.title, 40), -40)
                   .arg(state, -18)
                   .arg(row.expiresAt.isValid() ? row.expiresAt.toString(Qt::ISODate)
                                                : tr("no expiry"),
                        -20)
                   .arg(DisplayText::escape(row.issuerName.isEmpty() ? row.issuer : row.issuerName,
                                            60));
        // Its key claims (as its card shows them), on a line of their own under it.
        QStringList claims;
        for (const ClaimHighlight &claim : row.highlights)
            claims << tr("%1: %2").arg(DisplayText::escape(claim.name, 40),
                                       DisplayText::escape(claim.value, 60));
        if (!claims.isEmpty())
            out << QString(8, QLatin1Char(' ')) << claims.join(QStringLiteral("; ")) << '\n';
    }
    return WalletCli::Ok;
}

int WalletCommand::exportOne(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption file(QStringLiteral("out"),
                                  tr("Write to FILE (owner-only) instead of standard output."),
                                  tr("FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Replace FILE if it exists (never through a link)."));
    parser.addOptions({file, force});
    if (!cli.parse(parser, arguments, 2, 2,
                   tr("usage: vcdesk wallet export ID [--out FILE [--force]]")))
        return WalletCli::Usage;
    if (parser.isSet(file))
        if (auto writable = OutputPath::check(parser.value(file), parser.isSet(force)); !writable)
            return cli.fail(writable.error());
    const qint64 id = idArgument(parser);
    if (!id)
        return cli.usage(tr("ID is a credential number"));
    auto wallet = cli.open(Wallet::Access::ReadOnly, true);
    if (!wallet)
        return cli.fail(wallet.error());
    auto record = wallet.value()->credentials().open(id);
    if (!record)
        return cli.fail(record.error());
    if (!parser.isSet(file)) {
        out << QString::fromUtf8(record->raw) << '\n';
        return WalletCli::Ok;
    }
    QSaveFile save(parser.value(file));
    if (!save.open(QIODevice::WriteOnly) ||
        !save.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        save.write(record->raw) != record->raw.size() || !save.commit())
        return cli.fail(
            Error{QStringLiteral("input.unwritable"),
                  tr("cannot write %1: %2").arg(parser.value(file), save.errorString())});
    out << tr("Wrote credential %1 to %2.").arg(id).arg(parser.value(file)) << '\n';
    return WalletCli::Ok;
}

int WalletCommand::remove(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    if (!cli.parse(parser, arguments, 2, 2, tr("usage: vcdesk wallet delete ID")))
        return WalletCli::Usage;
    const qint64 id = idArgument(parser);
    if (!id)
        return cli.usage(tr("ID is a credential number"));
    // The passphrase is asked for as proof of ownership before anything is destroyed.
    auto wallet = cli.open(Wallet::Access::ReadWrite, true);
    if (!wallet)
        return cli.fail(wallet.error());
    auto record = wallet.value()->credentials().get(id);
    if (!record)
        return cli.fail(record.error());
    if (auto removed = wallet.value()->credentials().remove(id); !removed)
        return cli.fail(removed.error());
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("deleted"), id}});
    else
        out << tr("Deleted credential %1 (%2).").arg(id).arg(DisplayText::escape(record->title, 80))
            << '\n';
    return WalletCli::Ok;
}

int WalletCommand::keys(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption generate(QStringLiteral("generate"),
                                      tr("Make a new key: ES256, ES256K or EdDSA."), tr("ALG"));
    const QCommandLineOption didMethod(QStringLiteral("did-method"),
                                       tr("For --generate: key (default) or jwk."), tr("METHOD"),
                                       QStringLiteral("key"));
    const QCommandLineOption makeDefault(QStringLiteral("set-default"),
                                         tr("Make key ID the profile's default."), tr("ID"));
    parser.addOptions({generate, didMethod, makeDefault});
    if (!cli.parse(parser, arguments, 1, 1,
                   tr("usage: vcdesk wallet keys [--generate ALG [--did-method key|jwk]] "
                      "[--set-default ID]")))
        return WalletCli::Usage;
    const bool changes = parser.isSet(generate) || parser.isSet(makeDefault);
    auto session =
        cli.openProfile(changes ? Wallet::Access::ReadWrite : Wallet::Access::ReadOnly, true);
    if (!session)
        return cli.fail(session.error());
    const auto &wallet = session->wallet;
    const Profile *profile = &session->profile;
    if (parser.isSet(generate)) {
        const auto type = keyTypeFrom(parser.value(generate));
        const auto method = didMethodFrom(parser.value(didMethod));
        if (!type || !method)
            return cli.usage(tr("unknown key type or DID method"));
        auto key = wallet->keys().generate(profile->id, *type, *method);
        if (!key)
            return cli.fail(key.error());
    }
    if (parser.isSet(makeDefault)) {
        auto key = wallet->keys().get(parser.value(makeDefault).toLongLong());
        if (!key || key->profileId != profile->id)
            return cli.fail(key ? WalletErrors::notFound(tr("key"), key->id) : key.error());
        if (auto done = wallet->keys().setDefault(key->id); !done)
            return cli.fail(done.error());
    }
    auto keys = wallet->keys().list(profile->id);
    if (!keys)
        return cli.fail(keys.error());
    if (cli.json()) {
        QJsonArray array;
        for (const HolderKey &key : keys.value())
            array.append(keyJson(key));
        cli.printJson(array);
        return WalletCli::Ok;
    }
    for (const HolderKey &key : keys.value())
        out << QStringLiteral("%1  %2  %3%4\n")
                   .arg(key.id, 4)
                   .arg(keytype::jwsAlgorithm(key.type), -6)
                   .arg(key.did)
                   .arg(key.isDefault ? tr("  (default)") : QString());
    return WalletCli::Ok;
}

int WalletCommand::profiles(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption add(QStringLiteral("add"),
                                 tr("Add a profile with its own default key."), tr("NAME"));
    parser.addOption(add);
    if (!cli.parse(parser, arguments, 1, 1, tr("usage: vcdesk wallet profiles [--add NAME]")))
        return WalletCli::Usage;
    auto wallet =
        cli.open(parser.isSet(add) ? Wallet::Access::ReadWrite : Wallet::Access::ReadOnly, true);
    if (!wallet)
        return cli.fail(wallet.error());
    if (parser.isSet(add)) {
        auto transaction = WalletTransaction::begin(wallet.value()->access());
        if (!transaction)
            return cli.fail(transaction.error());
        auto profile = wallet.value()->profiles().create(parser.value(add));
        if (!profile)
            return cli.fail(profile.error());
        if (auto key = wallet.value()->keys().generate(profile->id, KeyType::P256,
                                                       KeyStore::DidMethod::Key);
            !key)
            return cli.fail(key.error());
        if (auto done = transaction.value().commit(); !done)
            return cli.fail(done.error());
    }
    auto profiles = wallet.value()->profiles().list();
    if (!profiles)
        return cli.fail(profiles.error());
    QJsonArray array;
    for (const Profile &profile : profiles.value()) {
        array.append(QJsonObject{{QStringLiteral("id"), profile.id},
                                 {QStringLiteral("name"), profile.name}});
        if (!cli.json())
            out << profile.id << "  " << profile.name << '\n';
    }
    if (cli.json())
        cli.printJson(array);
    return WalletCli::Ok;
}

int WalletCommand::keychain(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QString usage = tr("usage: vcdesk wallet keychain remember|forget");
    if (!cli.parse(parser, arguments, 2, 2, usage))
        return WalletCli::Usage;
    const QString action = parser.positionalArguments().at(1);
    if (action != QLatin1String("remember") && action != QLatin1String("forget"))
        return cli.usage(usage);
    const bool remember = action == QLatin1String("remember");
    auto wallet = cli.open(Wallet::Access::ReadOnly, remember);
    if (!wallet)
        return cli.fail(wallet.error());
    auto uid = wallet.value()->uid();
    if (!uid)
        return cli.fail(uid.error());
    const Status done = remember
                            ? WalletKeychain::remember(uid.value(), wallet.value()->walletKey())
                            : WalletKeychain::forget(uid.value());
    if (!done)
        return cli.fail(done.error());
    out << (remember ? tr("The system keychain now opens this wallet (use --keychain).")
                     : tr("The system keychain no longer holds this wallet's key."))
        << '\n';
    return WalletCli::Ok;
}

int WalletCommand::changePassphrase(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption next(QStringLiteral("new-passphrase-file"),
                                  tr("Read the new passphrase from FILE."), tr("FILE"));
    parser.addOption(next);
    if (!cli.parse(parser, arguments, 1, 1,
                   tr("usage: vcdesk wallet passphrase --new-passphrase-file FILE")) ||
        !parser.isSet(next))
        return WalletCli::Usage;
    auto wallet = cli.open(Wallet::Access::ReadWrite, false);
    if (!wallet)
        return cli.fail(wallet.error());
    auto fresh = WalletCli::readSecretFile(parser.value(next));
    if (!fresh)
        return cli.fail(fresh.error());
    auto current = cli.passphrase();
    if (!current)
        return cli.fail(current.error());
    if (auto done =
            wallet.value()->changePassphrase(current.value(), fresh.value(), cli.calibratedKdf());
        !done)
        return cli.fail(done.error());
    out << tr("The wallet passphrase was changed.") << '\n';
    return WalletCli::Ok;
}

} // namespace vcdesk
