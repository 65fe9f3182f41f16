#include "cli/OffersCommand.h"

#include "cli/WalletCli.h"
#include "core/api/IssuerAgentClient.h"
#include "core/common/DisplayText.h"
#include "core/receive/OfferReceipt.h"
#include "core/verify/VerdictText.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

QCommandLineOption loopbackOption()
{
    return QCommandLineOption(QStringLiteral("allow-loopback-http"),
                              OffersCommand::tr("Development: talk plain http to this computer "
                                                "(the local vcdesk-agent)."));
}

QJsonObject offerJson(const StoredOffer &offer)
{
    return QJsonObject{{QStringLiteral("id"), offer.id},
                       {QStringLiteral("title"), offer.title},
                       {QStringLiteral("state"), offer.state},
                       {QStringLiteral("recordId"), offer.recordId},
                       {QStringLiteral("credentialId"), offer.credentialId}};
}

/// Asks every issuer-agent account for its offers and keeps what changed; the accounts that
/// could not be asked, as "name: reason" lines.
QStringList check(Wallet &wallet, qint64 profileId, const NetworkPolicy &policy)
{
    QStringList problems;
    auto accounts = wallet.accounts().list(profileId);
    if (!accounts)
        return {accounts.error().message};
    for (const Account &listed : accounts.value()) {
        if (listed.kind != QLatin1String("issuer-agent"))
            continue;
        auto account = wallet.accounts().open(listed.id);
        if (!account) {
            problems << OffersCommand::tr("%1: %2").arg(listed.name, account.error().message);
            continue;
        }
        auto offers = IssuerAgentClient(QUrl(account->baseUrl), account->secret, policy).offers();
        if (!offers) {
            problems << OffersCommand::tr("%1: %2").arg(listed.name, offers.error().message);
            continue;
        }
        if (auto kept = OfferReceipt::keep(wallet, profileId, account.value(), offers.value());
            !kept)
            problems << OffersCommand::tr("%1: %2").arg(listed.name, kept.error().message);
    }
    return problems;
}

} // namespace

int OffersCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString action = arguments.value(1);
    WalletCli cli(QStringLiteral("vcdesk offers"), out, err);
    if (action.isEmpty() || action == QLatin1String("list") || action.startsWith(QLatin1Char('-')))
        return list(arguments, cli, out);
    if (action == QLatin1String("accept"))
        return accept(arguments, cli, out);
    if (action == QLatin1String("reject"))
        return reject(arguments, cli, out);
    err << tr("usage: vcdesk offers [list] [--offline] | vcdesk offers accept ID|--newest "
              "[--wait SECONDS] | vcdesk offers reject ID")
        << '\n';
    return WalletCli::Usage;
}

int OffersCommand::list(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     tr("List what the wallet kept; ask no issuer."));
    const QCommandLineOption loopback = loopbackOption();
    parser.addOptions({offline, loopback});
    if (!cli.parse(parser, arguments, 0, 1, tr("usage: vcdesk offers [list] [--offline] [--json]")))
        return WalletCli::Usage;
    auto session = cli.openProfile(Wallet::Access::ReadWrite, true);
    if (!session)
        return cli.fail(session.error());
    NetworkPolicy policy;
    policy.allowLoopbackHttp = parser.isSet(loopback);
    QStringList problems;
    if (!parser.isSet(offline))
        problems = check(*session->wallet, session->profile.id, policy);
    auto offers = session->wallet->offers().page(session->profile.id, 1000);
    if (!offers)
        return cli.fail(offers.error());
    if (cli.json()) {
        QJsonArray array;
        for (const StoredOffer &offer : offers.value())
            array.append(offerJson(offer));
        cli.printJson(
            QJsonObject{{QStringLiteral("offers"), array},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else {
        for (const QString &problem : problems)
            out << tr("could not check %1").arg(DisplayText::escape(problem, 400)) << '\n';
        if (offers->isEmpty())
            out << tr("No offers.") << '\n';
        for (const StoredOffer &offer : offers.value())
            // State and title are the issuer's words: no terminal control codes, one line each.
            out << QStringLiteral("%1  %2  %3\n")
                       .arg(offer.id)
                       .arg(DisplayText::escape(offer.state, 64),
                            DisplayText::escape(offer.title, 200));
    }
    return problems.isEmpty() ? WalletCli::Ok : WalletCli::Failed;
}

int OffersCommand::accept(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption newest(QStringLiteral("newest"),
                                    tr("Accept the newest offer not yet answered."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  tr("How long to wait for the issuer (default 120)."),
                                  tr("SECONDS"), QStringLiteral("120"));
    const QCommandLineOption loopback = loopbackOption();
    parser.addOptions({newest, wait, loopback});
    if (!cli.parse(parser, arguments, 1, 2,
                   tr("usage: vcdesk offers accept ID|--newest [--wait SECONDS]")))
        return WalletCli::Usage;
    const int waitSeconds = parser.value(wait).toInt();
    if (waitSeconds < 1 || waitSeconds > 3600)
        return cli.usage(tr("--wait is 1 to 3600 seconds"));
    auto session = cli.openProfile(Wallet::Access::ReadWrite, true);
    if (!session)
        return cli.fail(session.error());
    Wallet &wallet = *session->wallet;
    const qint64 profileId = session->profile.id;
    qint64 offerId = parser.positionalArguments().value(1).toLongLong();
    if (parser.isSet(newest)) {
        auto open = wallet.offers().page(profileId, 1, {}, QStringLiteral("OfferReceived"));
        if (!open)
            return cli.fail(open.error());
        if (open->isEmpty())
            return cli.fail(Error{QStringLiteral("offers.none"),
                                  tr("no offer waits for an answer (vcdesk offers lists them)")});
        offerId = open->first().id;
    }
    if (offerId <= 0)
        return cli.usage(tr("name the offer by its id (vcdesk offers lists them) or --newest"));
    auto ticket = OfferReceipt::open(wallet, profileId, offerId);
    if (!ticket)
        return cli.fail(ticket.error());
    NetworkPolicy policy;
    policy.allowLoopbackHttp = parser.isSet(loopback);
    auto record =
        OfferReceipt::receive(ticket.value(), policy, waitSeconds * 1000, [&](const QString &step) {
            if (!cli.json())
                out << step << QStringLiteral("…\n") << Qt::flush;
        });
    if (!record)
        return cli.fail(record.error());
    auto stored = OfferReceipt::store(wallet, profileId, ticket->offer, record.value());
    if (!stored)
        return cli.fail(stored.error());
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("offer"), offerId},
                                  {QStringLiteral("credential"), WalletCli::toJson(record.value())},
                                  {QStringLiteral("credentialId"), stored.value()}});
    else
        out << tr("Received credential %1 (%2): %3")
                   .arg(stored.value())
                   .arg(DisplayText::escape(record->title, 200),
                        VerdictText::meaning(record->verdict))
            << '\n';
    return WalletCli::Ok;
}

int OffersCommand::reject(const QStringList &arguments, WalletCli &cli, QTextStream &out)
{
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    if (!cli.parse(parser, arguments, 2, 2, tr("usage: vcdesk offers reject ID")))
        return WalletCli::Usage;
    const qint64 offerId = parser.positionalArguments().value(1).toLongLong();
    if (offerId <= 0)
        return cli.usage(tr("name the offer by its id (vcdesk offers lists them)"));
    auto session = cli.openProfile(Wallet::Access::ReadWrite, true);
    if (!session)
        return cli.fail(session.error());
    if (auto done = OfferReceipt::reject(*session->wallet, session->profile.id, offerId); !done)
        return cli.fail(done.error());
    out << tr("Rejected offer %1 (kept in the wallet; the issuer is not told).").arg(offerId)
        << '\n';
    return WalletCli::Ok;
}

} // namespace vcdesk
