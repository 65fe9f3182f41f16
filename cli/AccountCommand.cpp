#include "cli/AccountCommand.h"

#include "cli/WalletCli.h"
#include "core/crypto/SecretKey.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

QJsonObject accountJson(const Account &account)
{
    return QJsonObject{{QStringLiteral("id"), account.id},
                       {QStringLiteral("name"), account.name},
                       {QStringLiteral("kind"), account.kind},
                       {QStringLiteral("role"), account.role},
                       {QStringLiteral("url"), account.baseUrl},
                       {QStringLiteral("secret"), Account::secretKindName(account.secretKind)}};
}

} // namespace

int AccountCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString action = arguments.value(1);
    WalletCli cli(QStringLiteral("vcdesk account"), out, err);
    if (action == QLatin1String("add"))
        return add(arguments, cli, out);
    if (action == QLatin1String("list"))
        return list(arguments, cli, out);
    if (action == QLatin1String("remove"))
        return remove(arguments, cli, out);
    err << tr("usage: vcdesk account add --kind issuer-agent|verifier|hosted-wallet|generator "
              "--url URL [--name NAME] [--role ROLE] [--api-key-file FILE | --token-file FILE]\n"
              "       vcdesk account list | vcdesk account remove ID|NAME")
        << '\n';
    return WalletCli::Usage;
}

int AccountCommand::add(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("issuer-agent, verifier, hosted-wallet or generator."),
                                  tr("KIND"));
    const QCommandLineOption url(QStringLiteral("url"), tr("The service's base URL."), tr("URL"));
    const QCommandLineOption name(QStringLiteral("name"), tr("A name for the account."),
                                  tr("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("The role it acts in (e.g. holder, Verifier_User)."),
                                  tr("ROLE"));
    const QCommandLineOption apiKey(QStringLiteral("api-key-file"),
                                    tr("Read its API key from FILE."), tr("FILE"));
    const QCommandLineOption token(QStringLiteral("token-file"),
                                   tr("Read its bearer token from FILE."), tr("FILE"));
    parser.addOptions({kind, url, name, role, apiKey, token});
    if (!cli.parse(parser, arguments, 1, 1,
                   tr("usage: vcdesk account add --kind KIND --url URL [--name NAME] "
                      "[--role ROLE] [--api-key-file FILE | --token-file FILE]")))
        return WalletCli::Usage;
    if (!parser.isSet(kind) || !parser.isSet(url))
        return cli.usage(tr("--kind and --url are required"));
    if (parser.isSet(apiKey) && parser.isSet(token))
        return cli.usage(tr("give an API key or a token, not both"));
    Account account;
    account.kind = parser.value(kind);
    account.baseUrl = parser.value(url);
    account.name = parser.value(name);
    account.role = parser.value(role);
    if (parser.isSet(apiKey) || parser.isSet(token)) {
        auto secret =
            WalletCli::readSecretFile(parser.value(parser.isSet(apiKey) ? apiKey : token), 8192);
        if (!secret)
            return cli.fail(secret.error());
        account.secretKind =
            parser.isSet(apiKey) ? Account::SecretKind::ApiKey : Account::SecretKind::Bearer;
        account.secret = secret.value();
        wipe(secret.value());
    }
    auto session = cli.openProfile(Wallet::Access::ReadWrite, true);
    if (!session) {
        wipe(account.secret);
        return cli.fail(session.error());
    }
    const auto &wallet = session->wallet;
    const Profile *profile = &session->profile;
    auto added = wallet->accounts().add(profile->id, account);
    if (!added)
        return cli.fail(added.error());
    if (cli.json())
        cli.printJson(accountJson(added.value()));
    else
        out << tr("Added account %1 \"%2\" (%3, %4).")
                   .arg(added->id)
                   .arg(added->name, added->kind, added->baseUrl)
            << '\n';
    return WalletCli::Ok;
}

int AccountCommand::list(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    if (!cli.parse(parser, arguments, 1, 1, tr("usage: vcdesk account list [--json]")))
        return WalletCli::Usage;
    auto session = cli.openProfile(Wallet::Access::ReadOnly, true);
    if (!session)
        return cli.fail(session.error());
    const auto &wallet = session->wallet;
    const Profile *profile = &session->profile;
    auto accounts = wallet->accounts().list(profile->id);
    if (!accounts)
        return cli.fail(accounts.error());
    QJsonArray array;
    for (const Account &account : accounts.value()) {
        array.append(accountJson(account));
        if (!cli.json())
            out << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(account.id, 4)
                       .arg(account.name, -24)
                       .arg(account.kind, -14)
                       .arg(account.baseUrl)
                       .arg(Account::secretKindName(account.secretKind));
    }
    if (cli.json())
        cli.printJson(array);
    else if (accounts->isEmpty())
        out << tr("No accounts.") << '\n';
    return WalletCli::Ok;
}

int AccountCommand::remove(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    if (!cli.parse(parser, arguments, 2, 2, tr("usage: vcdesk account remove ID|NAME")))
        return WalletCli::Usage;
    auto session = cli.openProfile(Wallet::Access::ReadWrite, true);
    if (!session)
        return cli.fail(session.error());
    const auto &wallet = session->wallet;
    const Profile *profile = &session->profile;
    auto account = wallet->accounts().find(profile->id, parser.positionalArguments().at(1));
    if (!account)
        return cli.fail(account.error());
    if (auto removed = wallet->accounts().remove(account->id); !removed)
        return cli.fail(removed.error());
    out << tr("Removed account %1 \"%2\" and its offers.").arg(account->id).arg(account->name)
        << '\n';
    return WalletCli::Ok;
}

} // namespace vcdesk
