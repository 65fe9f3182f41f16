#include "cli/ReceiveCommand.h"

#include "cli/SystemBrowser.h"
#include "cli/WalletCli.h"
#include "core/common/DisplayText.h"
#include "core/oid4vci/CredentialOfferLink.h"
#include "core/oid4vci/IssuanceSession.h"
#include "core/oid4vp/ClaimsPath.h"
#include "core/oid4vp/HolderKeyring.h"
#include "core/store/Wallet.h"
#include "core/verify/InspectOptionsBuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace vcdesk {

namespace {

QJsonObject offerJson(const IssuanceSession &session, const QStringList &languages)
{
    const ResolvedOffer &offer = session.offer();
    QJsonArray credentials;
    for (const CredentialConfiguration &configuration : offer.configurations)
        credentials.append(
            QJsonObject{{QStringLiteral("configuration"), configuration.id()},
                        {QStringLiteral("format"), configuration.format()},
                        {QStringLiteral("name"), configuration.display().pick(languages).name},
                        {QStringLiteral("receivable"), configuration.isSupportedFormat()}});
    QJsonObject json{{QStringLiteral("issuer"), offer.issuer.issuer().text()},
                     {QStringLiteral("issuerName"), offer.issuer.display().pick(languages).name},
                     {QStringLiteral("credentials"), credentials},
                     {QStringLiteral("signIn"), session.needsSignIn()}};
    if (session.needsTransactionCode()) {
        const TransactionCodeSpec &tx = *offer.offer.preAuthorized()->transactionCode;
        json.insert(QStringLiteral("txCode"),
                    QJsonObject{{QStringLiteral("inputMode"),
                                 tx.inputMode == TransactionCodeSpec::InputMode::Numeric
                                     ? QStringLiteral("numeric")
                                     : QStringLiteral("text")},
                                {QStringLiteral("length"), tx.length},
                                {QStringLiteral("description"), tx.description}});
    }
    return json;
}

/// One line typed at the terminal, without its newline; empty at end of input.
QString readLine()
{
    char line[512] = {};
    if (!fgets(line, sizeof line, stdin))
        return {};
    return QString::fromUtf8(line).trimmed();
}

} // namespace

void ReceiveCommand::printOffer(const IssuanceSession &session, QTextStream &out)
{
    const QStringList languages = QLocale().uiLanguages();
    const ResolvedOffer &offer = session.offer();
    const QString name = offer.issuer.display().pick(languages).name;
    out << tr("Issuer: %1 (%2)")
               .arg(name.isEmpty() ? tr("unnamed") : DisplayText::escape(name, 80),
                    DisplayText::escape(offer.issuer.issuer().text(), 200))
        << '\n'
        << tr("Offers:") << '\n';
    for (const CredentialConfiguration &configuration : offer.configurations) {
        const QString shown = configuration.display().pick(languages).name;
        out << "  " << DisplayText::escape(shown.isEmpty() ? configuration.id() : shown, 80) << " ("
            << DisplayText::escape(configuration.format(), 40) << ')';
        if (!configuration.isSupportedFormat())
            out << ' ' << tr("- not a format vcdesk keeps: left out");
        out << '\n';
        for (const auto &claim : configuration.claims().claims()) {
            const QString label = claim.display.pick(languages).name;
            out << "    - "
                << DisplayText::escape(label.isEmpty() ? ClaimsPath::toDisplay(claim.path) : label,
                                       80)
                << '\n';
        }
    }
    if (session.needsSignIn())
        out << tr("You will sign in at %1 in your browser first.")
                   .arg(DisplayText::escape(offer.server.issuer().url().host(), 120))
            << '\n';
}

int ReceiveCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    WalletCli cli(QStringLiteral("vcdesk receive"), out, err);
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Receive without asking."));
    const QCommandLineOption txCodeFile(
        QStringLiteral("tx-code-file"),
        tr("Read the transaction code the issuer sent you from this file."), tr("FILE"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("Bind the credentials to this key (its DID; see vcdesk "
                                    "wallet keys); by default the profile's default key. Given "
                                    "several times, the issuer sends one credential per key "
                                    "(a batch), when it issues batches."),
                                 tr("DID"));
    const QCommandLineOption loopback(QStringLiteral("allow-loopback-http"),
                                      tr("Development: allow plain http to this computer."));
    const QCommandLineOption clientId(
        QStringLiteral("client-id"),
        tr("Sign in at the issuer as this client (issuers that accept only wallets registered "
           "with them give you one); by default \"vcdesk\"."),
        tr("ID"));
    parser.addOptions({yes, txCodeFile, key, loopback, clientId});
    const QString usage =
        tr("usage: vcdesk receive [--wallet FILE] [--yes] [--tx-code-file FILE] "
           "[--key DID]... [--client-id ID] [--json] [--allow-loopback-http] URI   (URI may be - "
           "for standard input)");
    if (!cli.parse(parser, arguments, 1, 1, usage))
        return WalletCli::Usage;
    auto link = WalletCli::linkArgument(parser.positionalArguments().first(),
                                        CredentialOfferLink::kMaxLength);
    if (!link)
        return cli.fail(link.error());
    const QString uri = link.value();
    QJsonObject report{{QStringLiteral("stored"), QJsonArray()}};
    const auto finish = [&](int code, const Error *error) {
        if (error)
            report.insert(QStringLiteral("error"), WalletCli::errorJson(*error));
        if (cli.json())
            cli.printJson(report);
        else if (error)
            cli.fail(*error);
        return code;
    };
    // The link is checked before the wallet is opened: a wrong one costs no passphrase.
    if (auto parsed = CredentialOfferLink::parse(uri); !parsed)
        return finish(WalletCli::Failed, &parsed.error());
    QString txCode;
    if (parser.isSet(txCodeFile)) {
        auto secret = WalletCli::readSecretFile(parser.value(txCodeFile), 1024);
        if (!secret)
            return finish(WalletCli::Failed, &secret.error());
        txCode = QString::fromUtf8(secret.value()).section(QLatin1Char('\n'), 0, 0).trimmed();
    }

    auto session = cli.openProfile(Wallet::Access::ReadWrite, true);
    if (!session)
        return finish(WalletCli::exitCodeFor(session.error()), &session.error());
    auto keyring = HolderKeyring::load(session->wallet->keys(), session->profile.id);
    if (!keyring)
        return finish(WalletCli::Failed, &keyring.error());
    IssuanceSession::Signers signers;
    for (const QString &did : parser.values(key)) {
        const HolderKeyring::Signer *signer = keyring->forDid(did);
        if (!signer) {
            const Error none{
                QStringLiteral("vci.no_key"),
                tr("the profile has no key with the DID %1").arg(DisplayText::escape(did, 120))};
            return finish(WalletCli::Failed, &none);
        }
        signers << *signer;
    }
    if (signers.isEmpty()) {
        const HolderKeyring::Signer *signer = keyring->defaultSigner();
        if (!signer) {
            const Error none{QStringLiteral("vci.no_key"),
                             tr("the profile has no key to bind the credentials to")};
            return finish(WalletCli::Failed, &none);
        }
        signers << *signer;
    }

    NetworkPolicy policy;
    policy.allowLoopbackHttp = parser.isSet(loopback);
    const QStringList languages = QLocale().uiLanguages();
    IssuanceSession issuance(policy, languages);
    if (parser.isSet(clientId)) {
        const QString id = parser.value(clientId).trimmed();
        if (id.isEmpty() || id.size() > 200)
            return cli.usage(tr("--client-id takes the client_id the issuer gave you"));
        issuance.setClientId(id);
    }
    if (auto opened = issuance.open(uri); !opened)
        return finish(WalletCli::Failed, &opened.error());
    report.insert(QStringLiteral("offer"), offerJson(issuance, languages));
    if (auto usable = issuance.checkKeys(signers); !usable)
        return finish(WalletCli::Failed, &usable.error());
    const bool atTerminal = !cli.json() && ::isatty(STDIN_FILENO);
    if (!cli.json())
        printOffer(issuance, out);
    if (!parser.isSet(yes)) {
        if (!atTerminal) {
            // With --json the answer is JSON even here: a script reads why nothing happened.
            const Error unconfirmed{QStringLiteral("vci.not_confirmed"),
                                    tr("nothing was received: confirm with --yes when not at a "
                                       "terminal")};
            return cli.json() ? finish(WalletCli::Usage, &unconfirmed)
                              : cli.usage(unconfirmed.message);
        }
        out << '\n' << tr("Receive this? [y] yes, Enter: no:") << ' ';
        out.flush();
        if (!readLine().startsWith(QLatin1Char('y'), Qt::CaseInsensitive)) {
            const Error no{QStringLiteral("vci.declined"), tr("nothing was received")};
            return finish(WalletCli::Failed, &no);
        }
    }
    if (issuance.needsTransactionCode() && txCode.isEmpty()) {
        const TransactionCodeSpec &tx = *issuance.offer().offer.preAuthorized()->transactionCode;
        if (!atTerminal) {
            const Error missing{QStringLiteral("vci.tx_code_missing"),
                                tr("the issuer asks for a transaction code: give it with "
                                   "--tx-code-file")};
            return finish(WalletCli::Failed, &missing);
        }
        if (!tx.description.isEmpty())
            out << DisplayText::escape(tx.description, TransactionCodeSpec::kMaxDescription)
                << '\n';
        txCode = QString::fromUtf8(cli.readHiddenLine(
            (tx.length > 0 ? tr("Transaction code (%1 characters):").arg(tx.length)
                           : tr("Transaction code:")) +
            QLatin1Char(' ')));
    }

    const auto progress = [&](const QString &step) {
        if (!cli.json())
            err << step << QChar(0x2026) << '\n';
    };
    if (issuance.needsSignIn()) {
        // The address always goes to standard error: with --json, or when no browser starts,
        // the person opens it by hand.
        const auto openBrowser = [&](const QUrl &url, const QDateTime &expiresAt) -> Status {
            err << tr("Sign in at %1 to receive this. Open this address in your browser:")
                       .arg(DisplayText::escape(url.host(), 120))
                << '\n'
                << url.toString(QUrl::FullyEncoded) << '\n';
            if (expiresAt.isValid())
                err << tr("(It works once, until %1.)")
                           .arg(QLocale().toString(expiresAt.toLocalTime().time(),
                                                   QLocale::LongFormat))
                    << '\n';
            err.flush();
            SystemBrowser::open(url);
            return {};
        };
        if (auto signedIn = issuance.signIn(openBrowser, progress); !signedIn)
            return finish(WalletCli::Failed, &signedIn.error());
    }

    auto inspect = InspectOptionsBuilder()
                       .cache(InspectOptionsBuilder::Cache::InMemory)
                       .allowLoopbackHttp(policy.allowLoopbackHttp)
                       .build();
    if (!inspect)
        return finish(WalletCli::Failed, &inspect.error());
    auto received = issuance.receive(txCode, signers, inspect.value(), progress);
    if (!received)
        return finish(WalletCli::Failed, &received.error());
    // All or nothing: one credential that must not be kept fails the whole offer (section 11.1).
    for (const ReceivedCredential &credential : received.value()) {
        if (credential.problem.code.isEmpty())
            continue;
        (void)issuance.notify(QStringLiteral("credential_failure"), credential.problem.code);
        return finish(WalletCli::Failed, &credential.problem);
    }
    // All or nothing, in one transaction; a credential already in the wallet is not doubled.
    QList<CredentialRecord> records;
    for (const ReceivedCredential &credential : received.value())
        records << credential.record;
    auto added = session->wallet->credentials().addMany(session->profile.id, records);
    if (!added) {
        (void)issuance.notify(QStringLiteral("credential_failure"),
                              QStringLiteral("the wallet could not store it"));
        return finish(WalletCli::exitCodeFor(added.error()), &added.error());
    }
    QJsonArray stored;
    const bool inOrder = added->added.size() == records.size();
    for (qsizetype i = 0; i < added->added.size(); ++i) {
        QJsonObject entry{{QStringLiteral("id"), added->added.at(i)}};
        if (inOrder) {
            entry = WalletCli::toJson(records.at(i));
            entry.insert(QStringLiteral("id"), added->added.at(i));
            entry.insert(QStringLiteral("configuration"), received->at(i).configurationId);
        }
        stored.append(entry);
        if (!cli.json())
            out << tr("Stored credential %1").arg(added->added.at(i)) << '\n';
    }
    if (!added->duplicates.isEmpty()) {
        report.insert(QStringLiteral("alreadyHeld"), int(added->duplicates.size()));
        if (!cli.json())
            out << tr("%n credential(s) you already had were not stored again.", nullptr,
                      int(added->duplicates.size()))
                << '\n';
    }
    report.insert(QStringLiteral("stored"), stored);
    const Status told = issuance.notify(QStringLiteral("credential_accepted"));
    report.insert(
        QStringLiteral("notification"),
        QJsonObject{{QStringLiteral("sent"), told.ok()},
                    {QStringLiteral("problem"), told ? QString() : told.error().message}});
    return finish(WalletCli::Ok, nullptr);
}

} // namespace vcdesk
