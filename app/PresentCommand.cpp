#include "app/PresentCommand.h"

#include "app/InputReader.h"
#include "app/WalletCli.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/oid4vp/PresentationSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace vcdesk {

namespace {

QJsonObject answerJson(const ResponseSender::VerifierAnswer &answer)
{
    return QJsonObject{{QStringLiteral("status"), answer.status},
                       {QStringLiteral("redirectUri"), answer.redirectUri.toString()},
                       {QStringLiteral("body"), answer.body}};
}

QJsonObject errorJson(const Error &error)
{
    return QJsonObject{{QStringLiteral("code"), error.code},
                       {QStringLiteral("message"), error.message},
                       {QStringLiteral("httpStatus"), error.httpStatus},
                       {QStringLiteral("serverMessage"), error.serverMessage}};
}

} // namespace

void PresentCommand::printConsent(const QJsonObject &consent, QTextStream &out)
{
    const QJsonObject verifier = consent.value(QStringLiteral("verifier")).toObject();
    const QString name = verifier.value(QStringLiteral("name")).toString();
    const QString listed = verifier.value(QStringLiteral("trustListName")).toString();
    out << tr("Verifier: %1").arg(verifier.value(QStringLiteral("clientId")).toString()) << '\n';
    if (!name.isEmpty())
        out << tr("  calls itself: %1 (not verified)").arg(name) << '\n';
    out << tr("  %1").arg(verifier.value(QStringLiteral("authenticatedBy")).toString()) << '\n';
    out << (listed.isEmpty() ? tr("  not on your trust list")
                             : tr("  on your trust list as: %1").arg(listed))
        << '\n';
    if (!consent.value(QStringLiteral("purpose")).toString().isEmpty())
        out << tr("Purpose: %1").arg(consent.value(QStringLiteral("purpose")).toString()) << '\n';
    out << tr("Answer goes to: %1").arg(consent.value(QStringLiteral("responseUri")).toString())
        << '\n';
    for (const QJsonValue &skipped : consent.value(QStringLiteral("notSearched")).toArray())
        out << tr("Not searched: %1").arg(skipped.toString()) << '\n';
    for (const QJsonValue &value : consent.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject part = value.toObject();
        out << '\n'
            << (part.value(QStringLiteral("required")).toBool() ? tr("Required: %1")
                                                                : tr("Optional: %1"))
                   .arg(part.value(QStringLiteral("id")).toString());
        if (!part.value(QStringLiteral("purpose")).toString().isEmpty())
            out << " - " << part.value(QStringLiteral("purpose")).toString();
        out << '\n';
        const QJsonArray candidates = part.value(QStringLiteral("candidates")).toArray();
        if (candidates.isEmpty())
            out << tr("  nothing in your wallet fits: %1")
                       .arg(part.value(QStringLiteral("unmatchedReason")).toString())
                << '\n';
        for (const QJsonValue &c : candidates) {
            const QJsonObject candidate = c.toObject();
            out << tr("  [%1] %2 from %3")
                       .arg(candidate.value(QStringLiteral("credentialId")).toInteger())
                       .arg(candidate.value(QStringLiteral("title")).toString(),
                            candidate.value(QStringLiteral("issuer")).toString())
                << '\n';
            const QJsonObject claims =
                candidate.value(QStringLiteral("disclosedClaims")).toObject();
            for (auto it = claims.begin(); it != claims.end(); ++it)
                out << "      " << it.key() << " = "
                    << (it.value().isString()
                            ? it.value().toString()
                            : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()})
                                                    .toJson(QJsonDocument::Compact))
                                  .mid(1)
                                  .chopped(1))
                    << '\n';
            if (candidate.value(QStringLiteral("revealsWholeCredential")).toBool())
                out << tr("      (this credential cannot hide claims: all of it is shown)") << '\n';
        }
    }
}

bool PresentCommand::askConsent(QTextStream &out)
{
    out << '\n' << tr("Send this to the verifier? [y/N] ");
    out.flush();
    char line[16] = {};
    if (!fgets(line, sizeof line, stdin))
        return false;
    return line[0] == 'y' || line[0] == 'Y';
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
    parser.addOptions({select, yes, decline, loopback, trustFile, anchor});
    const QString usage =
        tr("usage: vcdesk present [--wallet FILE] [--select CREDENTIAL_ID]... [--yes] "
           "[--decline] [--json] URI   (URI may be - for standard input)");
    if (!cli.parse(parser, arguments, 1, 1, usage))
        return WalletCli::Usage;
    QString uri = parser.positionalArguments().first();
    if (uri == QLatin1String("-")) {
        auto input = InputReader::read(uri, AuthorizationRequestUri::kMaxLength + 2);
        if (!input)
            return cli.fail(input.error());
        uri = QString::fromUtf8(input.value()).trimmed();
    }
    QList<qint64> selected;
    for (const QString &text : parser.values(select)) {
        bool ok = false;
        selected << text.toLongLong(&ok);
        if (!ok)
            return cli.usage(tr("--select needs a credential id (see vcdesk wallet list)"));
    }

    auto session = cli.openProfile(Wallet::Access::ReadOnly, true);
    if (!session)
        return cli.fail(session.error());
    RequestResolver::Options options;
    options.policy.allowLoopbackHttp = parser.isSet(loopback);
    options.trust.didResolver = MultiMethodDidResolver::createDefault(options.policy);
    for (const QString &file : parser.values(anchor)) {
        QFile pem(file);
        if (!pem.open(QIODevice::ReadOnly))
            return cli.usage(tr("cannot read %1").arg(file));
        options.trust.x509Anchors.pem << pem.read(64 * 1024);
    }
    if (auto accounts = session->wallet->accounts().list(session->profile.id))
        for (const Account &account : accounts.value())
            if (account.kind == QLatin1String("verifier"))
                options.trust.verifierAccounts << account;
    if (auto trust = TrustList::load(parser.value(trustFile)))
        options.trustList = trust.value();
    else
        return cli.fail(trust.error());

    PresentationSession presentation(*session->wallet, session->profile.id, options);
    QJsonObject report;
    const auto finish = [&](int code, const Error *error) {
        if (error)
            report.insert(QStringLiteral("error"), errorJson(*error));
        if (cli.json())
            cli.printJson(report);
        else if (error)
            cli.fail(*error);
        return code;
    };
    if (auto opened = presentation.open(uri); !opened)
        return finish(WalletCli::exitCodeFor(opened.error()), &opened.error());
    const QJsonObject consent = presentation.consent();
    report.insert(QStringLiteral("request"), consent);
    report.insert(QStringLiteral("sent"), false);
    if (!cli.json())
        printConsent(consent, out);

    const auto sendDecline = [&](const QString &why) {
        auto answer = presentation.decline(why);
        report.insert(QStringLiteral("declined"), true);
        if (answer)
            report.insert(QStringLiteral("answer"), answerJson(answer.value()));
        const Error declined{QStringLiteral("oid4vp.declined"), why};
        return finish(WalletCli::Failed, &declined);
    };
    if (parser.isSet(decline))
        return sendDecline(tr("the holder declined"));
    if (!presentation.match().satisfiable)
        return sendDecline(tr("the wallet has no credential that fits: %1")
                               .arg(presentation.match().unsatisfiedReason));

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
    if (!parser.isSet(yes)) {
        if (cli.json() || !::isatty(STDIN_FILENO))
            return cli.usage(tr("nothing was sent: confirm with --yes when not at a terminal"));
        if (!askConsent(out))
            return sendDecline(tr("the holder declined"));
    }
    auto answer = presentation.present(selection);
    report.insert(QStringLiteral("sent"), answer.ok() || answer.error().httpStatus != 0);
    if (!answer)
        return finish(WalletCli::Failed, &answer.error());
    report.insert(QStringLiteral("answer"), answerJson(answer.value()));
    if (!cli.json()) {
        out << '\n'
            << tr("The verifier accepted the presentation (HTTP %1).").arg(answer->status) << '\n';
        if (!answer->redirectUri.isEmpty())
            out << tr("Continue in your browser: %1").arg(answer->redirectUri.toString()) << '\n';
    }
    return finish(WalletCli::Ok, nullptr);
}

} // namespace vcdesk
