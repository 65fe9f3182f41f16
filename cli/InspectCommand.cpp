#include "cli/InspectCommand.h"

#include "cli/InputReader.h"
#include "cli/InspectBatch.h"
#include "cli/InspectionPrinter.h"
#include "core/codec/StrictJson.h"
#include "core/common/DisplayText.h"
#include "core/crypto/Jwk.h"
#include "core/jose/CompactJws.h"
#include "core/verify/AllowedContexts.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "core/verify/InspectionJson.h"
#include "core/verify/TrustList.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

namespace {

/// Picks the trusted key from a JWK or a JWK Set file; in a set, by the token's "kid".
Result<PublicKey> loadKey(const QString &path, QByteArrayView token)
{
    auto bytes = InputReader::read(path, 1024 * 1024);
    if (!bytes)
        return bytes.error();
    auto json = StrictJson::parseObject(bytes.value());
    if (!json)
        return Error{json.error().code,
                     InspectCommand::tr("%1 is not a JWK: %2").arg(path, json.error().message)};
    if (!json->contains(QStringLiteral("keys")))
        return Jwk::toVerificationKey(json.value());

    const QJsonArray keys = json->value(QStringLiteral("keys")).toArray();
    auto jws = CompactJws::parse(token);
    const QString kid = jws ? jws->keyId() : QString();
    QList<QJsonObject> matches;
    for (const QJsonValue &key : keys) {
        if (keys.size() == 1 || key.toObject().value(QStringLiteral("kid")).toString() == kid)
            matches << key.toObject();
    }
    if (matches.size() != 1)
        return Error{
            QStringLiteral("jwk.set_ambiguous"),
            InspectCommand::tr("the JWK Set %1 has %2 keys matching kid \"%3\"; need exactly one")
                .arg(path)
                .arg(matches.size())
                .arg(kid)};
    return Jwk::toVerificationKey(matches.first());
}

/// The rest of the options, common to one input and many.
Result<InspectOptions> optionsFrom(InspectOptionsBuilder &builder, const QCommandLineParser &parser,
                                   const QCommandLineOption &loopback,
                                   const QCommandLineOption &offline,
                                   const QCommandLineOption &trustFile,
                                   const QCommandLineOption &allowContext)
{
    builder.allowLoopbackHttp(parser.isSet(loopback)).offline(parser.isSet(offline));
    for (const QString &entry : parser.values(allowContext)) {
        auto allowed = AllowedContexts::parseEntry(entry);
        if (!allowed)
            return allowed.error();
        builder.allowContext(allowed->first, allowed->second);
    }
    // A list the person named must be there and readable: a mistyped path is an error,
    // never "no list" (which would skip the trust check). Only the default may be absent.
    if (parser.isSet(trustFile))
        builder.trustList(parser.value(trustFile));
    return builder.build();
}

} // namespace

int InspectCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Decode a signed token (JWS/JWT), find its signer and verify it."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("Verify with this trusted JWK (or JWK Set) instead of DIDs."),
                                 tr("JWK_FILE"));
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("Check validity at this time instead of now (RFC 3339)."),
                                tr("TIME"));
    const QCommandLineOption loopback(QStringLiteral("allow-loopback-http"),
                                      tr("Development: allow plain http to this computer "
                                         "(did:web on localhost)."));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     tr("Contact no server: DIDs and status lists come from caches "
                                        "or are reported as unknown."));
    const QCommandLineOption trustFile(QStringLiteral("trust-list"), tr("The trust list file."),
                                       tr("FILE"), TrustList::defaultPath());
    const QCommandLineOption skew(QStringLiteral("clock-skew"),
                                  tr("Seconds of clock difference tolerated in validity checks "
                                     "(default 60)."),
                                  tr("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption cacheAge(
        QStringLiteral("cache-max-age"),
        tr("How old a cached status list or schema may be when it cannot be fetched again "
           "(seconds, default 86400); older ones make the check unknown."),
        tr("SECONDS"), QStringLiteral("86400"));
    const QCommandLineOption jsonLines(QStringLiteral("json-lines"),
                                       tr("Several inputs: one JSON object per line, then a "
                                          "summary object."));
    const QCommandLineOption allowContext(
        QStringLiteral("allow-context"),
        tr("Allow this JSON-LD context beyond the ones vcdesk carries (repeatable): fetched once "
           "and cached; with #sha256=HEX it must have that hash."),
        tr("URL[#sha256=HEX]"));
    parser.addOptions(
        {json, jsonLines, key, at, loopback, offline, trustFile, skew, cacheAge, allowContext});
    parser.addPositionalArgument(QStringLiteral("input"),
                                 tr("Token files or folders of them, or - for standard input."),
                                 tr("INPUT..."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Valid;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        err << tr("vcdesk inspect: give an INPUT (a file, a folder, or - for standard input)")
            << '\n';
        return Usage;
    }
    for (const QString &entry : parser.values(allowContext))
        if (auto allowed = AllowedContexts::parseEntry(entry); !allowed) {
            err << tr("vcdesk inspect: --allow-context: %1")
                       .arg(DisplayText::escapeSentence(allowed.error().message))
                << '\n';
            return Usage;
        }
    // Several inputs, a folder or --json-lines: the batch form (InspectBatch).
    const bool batch = inputs.size() > 1 || parser.isSet(jsonLines) ||
                       (inputs.first() != QLatin1String("-") && QFileInfo(inputs.first()).isDir());
    if (batch && parser.isSet(json)) {
        err << tr("vcdesk inspect: --json prints one token; use --json-lines for several") << '\n';
        return Usage;
    }
    if (batch && parser.isSet(key)) {
        err << tr("vcdesk inspect: --key works with one input") << '\n';
        return Usage;
    }

    InspectOptionsBuilder builder;
    if (parser.isSet(at)) {
        const QDateTime instant = QDateTime::fromString(parser.value(at), Qt::ISODateWithMs);
        if (!instant.isValid()) {
            err << tr("vcdesk inspect: --at needs an RFC 3339 time such as 2025-01-31T12:00:00Z")
                << '\n';
            return Usage;
        }
        builder.at(instant);
    }
    bool skewOk = false;
    const qint64 skewSeconds = parser.value(skew).toLongLong(&skewOk);
    if (!skewOk || skewSeconds < 0 || skewSeconds > InspectOptionsBuilder::kMaxClockSkewSeconds) {
        err << tr("vcdesk inspect: --clock-skew needs a number of seconds from 0 to 86400") << '\n';
        return Usage;
    }
    bool ageOk = false;
    const qint64 ageSeconds = parser.value(cacheAge).toLongLong(&ageOk);
    if (!ageOk || ageSeconds < 0 || ageSeconds > InspectOptionsBuilder::kMaxCacheAgeSeconds) {
        err << tr("vcdesk inspect: --cache-max-age needs a number of seconds from 0 to 31536000")
            << '\n';
        return Usage;
    }
    builder.clockSkewSeconds(skewSeconds).cacheMaxAgeSeconds(ageSeconds);
    if (batch) {
        auto files = InspectBatch::expand(inputs);
        if (!files) {
            err << tr("vcdesk inspect: %1").arg(files.error().message) << '\n';
            return Unreadable;
        }
        auto options = optionsFrom(builder, parser, loopback, offline, trustFile, allowContext);
        if (!options) {
            err << tr("vcdesk inspect: %1")
                       .arg(DisplayText::escapeSentence(options.error().message))
                << '\n';
            return Unreadable;
        }
        return InspectBatch::run(files.value(), options.value(), parser.isSet(jsonLines),
                                 kMaxInputBytes, out);
    }
    auto input = InputReader::read(inputs.first(), kMaxInputBytes);
    if (!input) {
        err << tr("vcdesk inspect: %1").arg(input.error().message) << '\n';
        return Unreadable;
    }
    if (parser.isSet(key)) {
        auto trusted = loadKey(parser.value(key), input.value());
        if (!trusted) {
            err << tr("vcdesk inspect: cannot use the key: %1").arg(trusted.error().message)
                << '\n';
            return Usage;
        }
        builder.key(trusted.value());
    }
    auto options = optionsFrom(builder, parser, loopback, offline, trustFile, allowContext);
    if (!options) {
        err << tr("vcdesk inspect: %1").arg(DisplayText::escapeSentence(options.error().message))
            << '\n';
        return Unreadable;
    }

    auto inspection = CredentialInspector::inspect(input.value(), options.value());
    if (!inspection) {
        err << tr("vcdesk inspect: cannot read the token: %1 [%2]")
                   .arg(DisplayText::escape(inspection.error().message),
                        DisplayText::escape(inspection.error().code, 80))
            << '\n';
        return Unreadable;
    }
    if (parser.isSet(json))
        out << DisplayText::escapeJson(
            QJsonDocument(InspectionJson::of(inputs.first(), input.value(), inspection.value()))
                .toJson(QJsonDocument::Indented));
    else
        InspectionPrinter::print(inspection.value(), out);

    switch (inspection->report.verdict()) {
    case ValidationReport::Verdict::Valid:
        return Valid;
    case ValidationReport::Verdict::Invalid:
        return Invalid;
    case ValidationReport::Verdict::Unverifiable:
    case ValidationReport::Verdict::Unknown:
        break;
    }
    return Unverifiable;
}

} // namespace vcdesk
