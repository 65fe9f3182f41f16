#include "cli/TrustCommand.h"

#include "core/verify/TrustList.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vcdesk {

int TrustCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage the issuers you trust."));
    parser.addHelpOption();
    const QCommandLineOption name(QStringLiteral("name"), tr("The issuer's name (for add)."),
                                  tr("NAME"));
    const QCommandLineOption file(QStringLiteral("trust-list"), tr("The trust list file."),
                                  tr("FILE"), TrustList::defaultPath());
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (for list)."));
    parser.addOptions({name, file, json});
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, remove or list"));
    parser.addPositionalArgument(QStringLiteral("pattern"),
                                 tr("A DID, or a pattern such as did:web:example.com*"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 64;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool needsPattern = action == QLatin1String("add") || action == QLatin1String("remove");
    if ((action != QLatin1String("list") && !needsPattern) ||
        args.size() != (needsPattern ? 2 : 1)) {
        err << tr("usage: vcdesk trust add PATTERN --name NAME | remove PATTERN | list [--json]")
            << '\n';
        return 64;
    }
    const QString path = parser.value(file);
    auto loaded = TrustList::load(path);
    if (!loaded) {
        err << tr("vcdesk trust: %1").arg(loaded.error().message) << '\n';
        return 3;
    }
    TrustList trust = std::move(loaded).value();
    if (action == QLatin1String("list")) {
        if (parser.isSet(json)) {
            QJsonArray entries;
            for (const TrustList::Entry &entry : trust.entries())
                entries.append(QJsonObject{{QStringLiteral("pattern"), entry.pattern},
                                           {QStringLiteral("name"), entry.name}});
            out << QJsonDocument(entries).toJson(QJsonDocument::Indented);
        } else if (trust.isEmpty()) {
            out << tr("The trust list is empty (%1).").arg(path) << '\n';
        } else {
            for (const TrustList::Entry &entry : trust.entries())
                out << entry.pattern << "  " << entry.name << '\n';
        }
        return 0;
    }
    const QString pattern = args.at(1);
    if (action == QLatin1String("add")) {
        if (auto added = trust.add(pattern, parser.value(name)); !added) {
            err << tr("vcdesk trust: %1").arg(added.error().message) << '\n';
            return 64;
        }
    } else if (!trust.remove(pattern)) {
        err << tr("vcdesk trust: %1 is not on the trust list").arg(pattern) << '\n';
        return 1;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (auto saved = trust.save(path); !saved) {
        err << tr("vcdesk trust: %1").arg(saved.error().message) << '\n';
        return 3;
    }
    out << (action == QLatin1String("add")
                ? tr("Trusted %1 as \"%2\".").arg(pattern, parser.value(name).trimmed())
                : tr("Removed %1.").arg(pattern))
        << '\n';
    return 0;
}

} // namespace vcdesk
