#include "cli/PresentCommand.h"

#include "cli/ConsentPrinter.h"
#include "cli/WalletCli.h"
#include "cli/WithheldClaims.h"
#include "core/common/DisplayText.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/oid4vp/PresentationSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace vcdesk {

namespace {

QJsonObject answerJson(const ResponseSender::VerifierAnswer &answer)
{
    return QJsonObject{{QStringLiteral("status"), answer.status},
                       {QStringLiteral("redirectUri"), answer.redirectUri.toString()},
                       {QStringLiteral("body"), answer.body}};
}

} // namespace

PresentCommand::Choice PresentCommand::ask(const QString &question, bool canSend, QTextStream &out)
{
    // The same default on every path: Enter, end of input or anything else sends nothing, so
    // the verifier cannot tell from the person's silence whether something fitted.
    out << '\n'
        << question << ' '
        << (canSend ? tr("[y] send, [d] decline, Enter: send nothing:")
                    : tr("[d] decline, Enter: send nothing:"))
        << ' ';
    out.flush();
    char line[16] = {};
    if (!fgets(line, sizeof line, stdin))
        return Choice::Nothing;
    if (canSend && (line[0] == 'y' || line[0] == 'Y'))
        return Choice::Send;
    if (line[0] == 'd' || line[0] == 'D')
        return Choice::Decline;
    return Choice::Nothing;
}

QStringList PresentCommand::notValidChoices(const PresentationMatch &match,
                                            const PresentationBuilder::Selection &selection)
{
    QStringList out;
    for (const RequestedPart &part : match.parts) {
        for (const qint64 id : selection.value(part.id)) {
            for (const MatchCandidate &candidate : part.candidates) {
                if (candidate.credentialId == id && !candidate.valid)
                    out << tr("credential %1 (%2): %3")
                               .arg(id)
                               .arg(DisplayText::escape(candidate.title, 80),
                                    candidate.notValidReason);
            }
        }
    }
    out.removeDuplicates();
    return out;
}

int PresentCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    WalletCli cli(QStringLiteral("vcdesk present"), out, err);
    QCommandLineParser parser;
    cli.addCommonOptions(parser);
    const QCommandLineOption select(QStringLiteral("select"),
                                    tr("Present this credential (repeatable); by default the "
                                       "first fitting one of each required part."),
                                    tr("CREDENTIAL_ID"));
    const QCommandLineOption shareOptional(
        QStringLiteral("share-optional"),
        tr("Also send this optional claim (repeatable; a path as the request lists it, e.g. "
           "name). Claims a request can do without stay in the wallet otherwise."),
        tr("PATH"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Send without asking."));
    const QCommandLineOption decline(QStringLiteral("decline"),
                                     tr("Tell the verifier no (access_denied)."));
    const QCommandLineOption loopback(QStringLiteral("allow-loopback-http"),
                                      tr("Development: allow plain http to this computer."));
    const QCommandLineOption trustFile(QStringLiteral("trust-list"), tr("The trust list file."),
                                       tr("FILE"), TrustList::defaultPath());
    const QCommandLineOption anchor(QStringLiteral("x509-anchor"),
                                    tr("Also trust this CA certificate (PEM) for x509 verifiers."),
                                    tr("FILE"));
    parser.addOptions({select, shareOptional, yes, decline, loopback, trustFile, anchor});
    const QString usage =
        tr("usage: vcdesk present [--wallet FILE] [--select CREDENTIAL_ID]... "
           "[--share-optional PATH]... [--yes] [--decline] [--json] URI   (URI may be - for "
           "standard input)");
    if (!cli.parse(parser, arguments, 1, 1, usage))
        return WalletCli::Usage;
    auto link = WalletCli::linkArgument(parser.positionalArguments().first(),
                                        AuthorizationRequestUri::kMaxLength);
    if (!link)
        return cli.fail(link.error());
    const QString uri = link.value();
    // The link is checked before the wallet is opened: a wrong one costs no passphrase.
    if (auto parsed = AuthorizationRequestUri::parse(uri); !parsed) {
        if (cli.json())
            cli.printJson(
                QJsonObject{{QStringLiteral("error"), WalletCli::errorJson(parsed.error())},
                            {QStringLiteral("sent"), false}});
        return cli.fail(parsed.error());
    }
    QList<qint64> selected;
    for (const QString &text : parser.values(select)) {
        bool ok = false;
        selected << text.toLongLong(&ok);
        if (!ok)
            return cli.usage(tr("--select needs a credential id (see vcdesk wallet list)"));
    }

    // For writing, so the answer is kept in the presentation history; a wallet another vcdesk
    // has open for writing is used as it is, and the answer is then not kept (said below).
    auto session = cli.openProfile(Wallet::Access::ReadWrite, true);
    if (!session && session.error().code == QLatin1String("wallet.in_use"))
        session = cli.openProfile(Wallet::Access::ReadOnly, true);
    if (!session)
        return cli.fail(session.error());
    RequestResolver::Options options;
    options.policy.allowLoopbackHttp = parser.isSet(loopback);
    options.trust.didResolver = MultiMethodDidResolver::createDefault(options.policy);
    for (const QString &file : parser.values(anchor)) {
        QFile pem(file);
        if (!pem.open(QIODevice::ReadOnly))
            return cli.fail(
                Error{QStringLiteral("input.unreadable"),
                      tr("cannot read the CA certificate %1: %2").arg(file, pem.errorString())});
        options.trust.x509Anchors.pem << pem.read(64 * 1024);
    }
    if (auto accounts = session->wallet->accounts().list(session->profile.id))
        for (const Account &account : accounts.value())
            if (account.kind == QLatin1String("verifier"))
                options.trust.verifierAccounts << account;
    if (auto trust = parser.isSet(trustFile) ? TrustList::loadExisting(parser.value(trustFile))
                                             : TrustList::load(parser.value(trustFile)))
        options.trustList = trust.value();
    else
        return cli.fail(trust.error());

    PresentationSession presentation(*session->wallet, session->profile.id, options);
    QJsonObject report;
    const auto finish = [&](int code, const Error *error) {
        if (report.value(QStringLiteral("sent")).toBool()) {
            const QString problem = presentation.historyProblem();
            report.insert(QStringLiteral("history"),
                          QJsonObject{{QStringLiteral("kept"), problem.isEmpty()},
                                      {QStringLiteral("problem"), problem}});
            if (!problem.isEmpty() && !cli.json())
                out << tr("Not kept in your presentation history: %1.").arg(problem) << '\n';
        }
        if (error)
            report.insert(QStringLiteral("error"), WalletCli::errorJson(*error));
        if (cli.json())
            cli.printJson(report);
        else if (error)
            cli.fail(*error);
        return code;
    };
    if (auto opened = presentation.open(uri); !opened)
        return finish(WalletCli::exitCodeFor(opened.error()), &opened.error());
    const Consent consent = presentation.consent();
    report.insert(QStringLiteral("request"), consent.toJson());
    report.insert(QStringLiteral("sent"), false);
    const QStringList shared = parser.values(shareOptional);
    if (!cli.json())
        ConsentPrinter::print(consent, out, shared);

    const auto sendDecline = [&] {
        // The verifier's error_description is ASCII text for its developers (RFC 6749 §5.2):
        // never translated. The person reads the translated sentence.
        auto answer = presentation.decline(QStringLiteral("the holder declined"));
        if (!answer) // the verifier never heard the no: say so, not "declined"
            return finish(WalletCli::Failed, &answer.error());
        report.insert(QStringLiteral("declined"), true);
        report.insert(QStringLiteral("sent"), true);
        report.insert(QStringLiteral("answer"), answerJson(answer.value()));
        const Error declined{QStringLiteral("oid4vp.declined"),
                             tr("you declined; the verifier was told no")};
        return finish(WalletCli::Failed, &declined);
    };
    const Error nothingSent{QStringLiteral("oid4vp.nothing_sent"),
                            tr("nothing was sent to the verifier")};
    const auto decide = [&](Choice choice) -> std::optional<int> {
        if (choice == Choice::Decline)
            return sendDecline();
        if (choice == Choice::Nothing)
            return finish(WalletCli::Failed, &nothingSent);
        return std::nullopt;
    };
    if (parser.isSet(decline))
        return sendDecline();
    // Nothing is sent without the person's decision: a verifier must not learn from an
    // automatic refusal (or from silence only when something fits) what the wallet holds.
    const bool atTerminal = !cli.json() && ::isatty(STDIN_FILENO);
    if (!presentation.match().satisfiable) {
        if (atTerminal && !parser.isSet(yes))
            return *decide(ask(tr("Nothing in your wallet fits."), false, out));
        const Error nothing{QStringLiteral("oid4vp.nothing_fits"),
                            tr("nothing in the wallet fits this request; nothing was sent (use "
                               "--decline to tell the verifier no)")};
        return finish(WalletCli::Failed, &nothing);
    }

    PresentationBuilder::Selection selection =
        PresentationBuilder::defaultSelection(presentation.match());
    // --select replaces the default choice of every part the credential answers.
    QHash<QString, QList<qint64>> chosen;
    for (const qint64 id : std::as_const(selected)) {
        bool used = false;
        for (const RequestedPart &part : presentation.match().parts) {
            const bool fits =
                std::any_of(part.candidates.cbegin(), part.candidates.cend(),
                            [&](const MatchCandidate &c) { return c.credentialId == id; });
            if (fits && (part.multiple || chosen.value(part.id).isEmpty()))
                chosen[part.id] << id;
            used = used || fits;
        }
        if (!used)
            return cli.usage(tr("credential %1 answers no part of this request").arg(id));
    }
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        selection.insert(it.key(), it.value());
    for (const RequestedPart &part : presentation.match().parts) {
        if (part.required && selection.value(part.id).isEmpty()) {
            const Error none{QStringLiteral("oid4vp.no_valid_credential"),
                             tr("no valid credential fits the required part %1; choose one "
                                "with --select to send it anyway; nothing was sent")
                                 .arg(DisplayText::escape(part.id, 80))};
            return finish(WalletCli::Failed, &none);
        }
    }
    // Optional claims stay in the wallet unless named; a name that fits no chosen credential
    // is a mistake to say, not a claim to drop silently.
    if (const QStringList unknown = WithheldClaims::unknown(consent, selection, shared);
        !unknown.isEmpty())
        return cli.usage(tr("--share-optional %1: no optional claim of the chosen credentials; "
                            "nothing was sent")
                             .arg(DisplayText::escape(unknown.join(QStringLiteral(", ")), 200)));
    const PresentationBuilder::Withheld withheld = WithheldClaims::of(consent, selection, shared);
    QJsonObject withheldJson;
    for (auto it = withheld.cbegin(); it != withheld.cend(); ++it)
        withheldJson.insert(QString::number(it.key()), QJsonArray::fromStringList(it.value()));
    report.insert(QStringLiteral("withheld"), withheldJson);
    // A credential that is not valid leaves the wallet only after the person, at a terminal,
    // has read that it is not valid and said yes to exactly that.
    const QStringList notValid = notValidChoices(presentation.match(), selection);
    if (!notValid.isEmpty()) {
        if (!atTerminal) {
            const Error refused{QStringLiteral("oid4vp.not_valid_choice"),
                                tr("not sent: %1 is not valid; vcdesk sends a credential that is "
                                   "not valid only when you confirm it at a terminal")
                                    .arg(notValid.join(QStringLiteral("; ")))};
            return finish(WalletCli::Failed, &refused);
        }
        out << '\n' << tr("These credentials are NOT VALID:") << '\n';
        for (const QString &line : notValid)
            out << "  " << line << '\n';
        if (auto done = decide(ask(tr("Send them anyway?"), true, out)))
            return *done;
    } else if (!parser.isSet(yes)) {
        if (!atTerminal)
            return cli.usage(tr("nothing was sent: confirm with --yes when not at a terminal"));
        if (auto done = decide(ask(tr("Send this to the verifier?"), true, out)))
            return *done;
    }
    auto answer = presentation.present(selection, withheld);
    report.insert(QStringLiteral("sent"), answer.ok() || answer.error().httpStatus != 0);
    if (!answer)
        return finish(WalletCli::Failed, &answer.error());
    report.insert(QStringLiteral("answer"), answerJson(answer.value()));
    if (!cli.json()) {
        out << '\n'
            << tr("The verifier accepted the presentation (HTTP %1).").arg(answer->status) << '\n';
        if (!answer->redirectUri.isEmpty())
            out << tr("Continue in your browser: %1")
                       .arg(DisplayText::escape(answer->redirectUri.toString()))
                << '\n';
    }
    return finish(WalletCli::Ok, nullptr);
}

} // namespace vcdesk
