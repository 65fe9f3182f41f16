#include "cli/KioskCommand.h"

#include "core/common/DisplayText.h"
#include "core/kiosk/KioskLog.h"
#include "core/kiosk/KioskPin.h"
#include "core/receive/SandboxDescription.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>

namespace vcdesk {

namespace {

constexpr int kUsage = 64;
constexpr int kUnavailable = 3;

/// One CSV cell (RFC 4180): quoted when it must be; a leading = + - @ (a formula to a
/// spreadsheet) is neutralised with an apostrophe; control characters escaped.
QString csvCell(const QString &untrusted)
{
    QString text = DisplayText::escape(untrusted, 4000);
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString checksText(const QJsonArray &checks)
{
    QStringList parts;
    for (const QJsonValue &check : checks)
        parts << check.toObject().value(QStringLiteral("name")).toString() + QLatin1Char('=') +
                     check.toObject().value(QStringLiteral("outcome")).toString();
    return parts.join(QLatin1Char(';'));
}

std::optional<qint64> sinceMs(const QString &text)
{
    if (text.isEmpty())
        return 0;
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        at = day.startOfDay(Qt::UTC);
    }
    return at.toMSecsSinceEpoch();
}

Result<std::unique_ptr<KioskLog>> openLog(const KioskConfig &config)
{
    if (config.logTarget == KioskConfig::LogTarget::PostgreSql)
        return KioskLog::openPostgreSql(config.postgres);
    return KioskLog::openSqlite(config.logPath.isEmpty() ? KioskLog::defaultSqlitePath()
                                                         : config.logPath);
}

int exportLog(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption file(QStringLiteral("export"), KioskCommand::tr("The CSV file."),
                                  KioskCommand::tr("FILE"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   KioskCommand::tr("Entries from this date or time (ISO 8601)."),
                                   KioskCommand::tr("DATE"));
    const QCommandLineOption configFile(QStringLiteral("config"),
                                        KioskCommand::tr("The kiosk config naming the log."),
                                        KioskCommand::tr("FILE"));
    parser.addOptions({file, since, configFile});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty() ||
        !parser.isSet(file)) {
        err << KioskCommand::tr("usage: vcdesk kiosk log --export FILE [--since DATE] "
                                "[--config FILE]")
            << '\n';
        return kUsage;
    }
    const auto from = sinceMs(parser.value(since));
    if (!from) {
        err << KioskCommand::tr("vcdesk kiosk log: --since wants a date such as 2026-11-30 or "
                                "2026-11-30T08:00:00Z")
            << '\n';
        return kUsage;
    }
    KioskConfig config = KioskConfig::defaults();
    if (parser.isSet(configFile)) {
        auto loaded = KioskConfig::load(parser.value(configFile));
        if (!loaded) {
            err << KioskCommand::tr("vcdesk kiosk log: %1").arg(loaded.error().message) << '\n';
            return kUsage;
        }
        config = loaded.value();
    }
    auto log = openLog(config);
    if (!log) {
        err << KioskCommand::tr("vcdesk kiosk log: %1").arg(log.error().message) << '\n';
        return kUnavailable;
    }
    QSaveFile csv(parser.value(file));
    if (!csv.open(QIODevice::WriteOnly)) {
        err << KioskCommand::tr("vcdesk kiosk log: cannot write %1: %2")
                   .arg(parser.value(file), csv.errorString())
            << '\n';
        return kUnavailable;
    }
    QTextStream stream(&csv);
    stream << "time,station,definition,outcome,code,reason,issuer,issuer_name,checks,claims\r\n";
    qint64 written = 0;
    qint64 cursor = *from;
    QSet<QString> seenAtCursor;
    for (;;) {
        auto page = log.value()->since(cursor, 500);
        if (!page) {
            err << KioskCommand::tr("vcdesk kiosk log: %1").arg(page.error().message) << '\n';
            return kUnavailable;
        }
        qint64 fresh = 0;
        for (const KioskLogEntry &e : page.value()) {
            if (e.atMs == cursor && seenAtCursor.contains(e.uid))
                continue; // the page boundary repeats the last millisecond
            if (e.atMs != cursor) {
                cursor = e.atMs;
                seenAtCursor.clear();
            }
            seenAtCursor.insert(e.uid);
            ++fresh;
            const QStringList cells{
                QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs),
                csvCell(e.station),
                csvCell(e.definitionId),
                csvCell(e.outcome),
                csvCell(e.code),
                csvCell(e.reason),
                csvCell(e.issuer),
                csvCell(e.issuerName),
                csvCell(checksText(e.checks)),
                e.claims.isEmpty() ? QString()
                                   : csvCell(QString::fromUtf8(
                                         QJsonDocument(e.claims).toJson(QJsonDocument::Compact)))};
            stream << cells.join(QLatin1Char(',')) << "\r\n";
        }
        written += fresh;
        if (page->size() < 500 || fresh == 0)
            break;
    }
    stream.flush();
    if (!csv.commit()) {
        err << KioskCommand::tr("vcdesk kiosk log: cannot write %1: %2")
                   .arg(parser.value(file), csv.errorString())
            << '\n';
        return kUnavailable;
    }
    out << KioskCommand::tr("Wrote %n entries to %1.", nullptr, int(written))
               .arg(parser.value(file))
        << '\n';
    return 0;
}

int hashPin(QTextStream &out, QTextStream &err)
{
    QTextStream in(stdin);
    const QString pin = in.readLine(KioskPin::kMaxLength + 2).trimmed();
    auto hash = KioskPin::hash(pin);
    if (!hash) {
        err << KioskCommand::tr("vcdesk kiosk pin: %1").arg(hash.error().message) << '\n';
        return kUsage;
    }
    out << hash.value() << '\n';
    return 0;
}

} // namespace

bool KioskCommand::isCommandLine(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    return action == QLatin1String("log") || action == QLatin1String("pin") ||
           action == QLatin1String("--help") || action == QLatin1String("-h") ||
           action == QLatin1String("help");
}

int KioskCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("log"))
        return exportLog(arguments.mid(1), out, err);
    if (action == QLatin1String("pin") && arguments.size() == 2)
        return hashPin(out, err);
    if (isCommandLine(arguments) && action != QLatin1String("pin")) {
        out << usage();
        return 0;
    }
    err << usage();
    return kUsage;
}

Result<KioskConfig> KioskCommand::configFrom(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption configFile(QStringLiteral("config"), tr("The kiosk config."),
                                        tr("FILE"));
    const QCommandLineOption verifier(QStringLiteral("verifier"), tr("The verifier's base URL."),
                                      tr("URL"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       tr("A file holding the verifier's Bearer token."),
                                       tr("FILE"));
    const QCommandLineOption definition(QStringLiteral("definition"),
                                        tr("The presentation definition id."), tr("ID"));
    const QCommandLineOption loopback(QStringLiteral("allow-loopback-http"),
                                      tr("Allow plain http to this computer."));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("show (a QR code for wallets), scan (codes people hold up "
                                     "to the camera) or both."),
                                  tr("MODE"));
    const QCommandLineOption camera(QStringLiteral("camera"),
                                    tr("The camera: a device id or part of its name."), tr("NAME"));
    parser.addOptions({configFile, verifier, tokenFile, definition, mode, camera, loopback});
    const auto usageError = [](const QString &what) {
        return Error{QStringLiteral("kiosk.usage"), what + QLatin1Char('\n') + usage()};
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument %1")
                              .arg(DisplayText::escape(parser.positionalArguments().first(), 80)));
    Result<KioskConfig> config = KioskConfig::defaults();
    if (parser.isSet(configFile))
        config = KioskConfig::load(parser.value(configFile));
    else if (!SandboxDescription::defaultPath().isEmpty() && !parser.isSet(verifier))
        config = KioskConfig::forSandbox(SandboxDescription::defaultPath());
    if (!config)
        return config.error();
    KioskConfig::Overrides flags;
    if (parser.isSet(verifier))
        flags.verifierUrl = QUrl(parser.value(verifier));
    if (parser.isSet(tokenFile))
        flags.tokenFile = parser.value(tokenFile);
    if (parser.isSet(definition))
        flags.definitionId = parser.value(definition);
    if (parser.isSet(mode))
        flags.mode = parser.value(mode);
    if (parser.isSet(camera))
        flags.camera = parser.value(camera);
    flags.allowLoopbackHttp = parser.isSet(loopback);
    KioskConfig done = config.value();
    if (auto applied = done.apply(flags); !applied)
        return applied.error();
    return done;
}

QString KioskCommand::usage()
{
    return tr("Usage:\n"
              "  vcdesk kiosk [--config FILE] [--verifier URL --token-file FILE --definition ID]\n"
              "               [--mode show|scan|both] [--camera NAME] [--allow-loopback-http]\n"
              "        the full-screen kiosk verifier (flags override the config; with neither,\n"
              "        the local sandbox scripts/run.sh starts; see docs/kiosk.md)\n"
              "  vcdesk kiosk log --export FILE [--since DATE] [--config FILE]\n"
              "        the verification log as CSV\n"
              "  vcdesk kiosk pin\n"
              "        reads a PIN on standard input, prints its hash for operatorPinHash\n");
}

} // namespace vcdesk
