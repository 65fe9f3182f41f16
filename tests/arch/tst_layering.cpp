// The layering of ARCHITECTURE.md, checked on every #include of the product code: arrows
// point down only, core's rooms include only what the table below allows, core never uses
// QtGui/QtWidgets and models never QtWidgets, and no two rooms of core depend on each other.
// The table is the one place the allowed edges are written down (core/README.md copies it).

#include "LayerChecker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk::test;

namespace {

/// vcdesk's layers and core's rooms, bottom first, and what each may include.
LayerRules vcdeskRules()
{
    LayerRules rules;
    // cli/: the command-line subcommands as a library (branch cli-library), no GUI.
    rules.layerOrder = {"core", "agent", "cli", "models", "ui", "app"};
    rules.layerEdges = {
        {"agent", {"core"}},
        {"cli", {"core"}},
        {"models", {"core"}},
        {"ui", {"models", "core"}},
        {"app", {"ui", "models", "cli", "agent", "core"}},
    };
    // packaging/: man pages, icons, the desktop entry and CPack, no C++.
    rules.notLayers = {"tests", "packaging"};

    rules.roomedLayer = "core";
    rules.roomOrder = {"common", "codec",   "crypto",  "rdf",        "jsonld", "jose",
                       "net",    "did",     "api",     "credential", "verify", "store",
                       "oid4vp", "oid4vci", "receive", "kiosk"};
    rules.roomEdges = {
        {"codec", {"common"}},
        {"crypto", {"common", "codec"}},
        // RDF datasets and their canonical form (hashes from crypto).
        {"rdf", {"common", "crypto"}},
        // JSON-LD to RDF: JSON literals in JCS (codec), contexts checked by hash (crypto).
        {"jsonld", {"common", "codec", "crypto", "rdf"}},
        {"jose", {"common", "codec", "crypto"}},
        {"net", {"common", "codec"}},
        {"did", {"common", "codec", "crypto", "net"}},
        {"api", {"common", "codec", "net"}},
        {"credential", {"common", "codec", "jose"}},
        {"verify",
         {"common", "codec", "crypto", "rdf", "jsonld", "jose", "net", "did", "credential"}},
        // Questionable (see core/README.md): CredentialImporter inspects before it stores
        // (verify, credential), AccountStore asks net whether a host is loopback.
        {"store", {"common", "codec", "crypto", "net", "did", "credential", "verify"}},
        // Questionable: the presentation flow reads the wallet (Wallet, KeyStore, Account,
        // CredentialRecord) instead of being handed what it needs.
        {"oid4vp",
         {"common", "codec", "crypto", "jose", "net", "did", "credential", "verify", "store"}},
        // OpenID4VCI on the holder side: reads claims paths and signs proofs like oid4vp,
        // and keeps what it receives in the wallet (store).
        {"oid4vci",
         {"common", "codec", "crypto", "jose", "net", "did", "credential", "verify", "store",
          "oid4vp"}},
        // Receiving credentials: asks an issuer (api), checks (verify) and keeps (store).
        {"receive", {"common", "codec", "net", "api", "credential", "verify", "store"}},
        // The kiosk: asks a verifier (api), re-verifies its answer (oid4vp, verify), logs.
        {"kiosk",
         {"common", "codec", "crypto", "jose", "net", "did", "api", "credential", "verify",
          "oid4vp", "receive"}},
    };

    rules.qtModules = {
        {"core", {"QtCore", "QtNetwork", "QtSql"}},
        // QtConcurrent: the verifier answers with a QFuture, verifying off the HTTP thread.
        {"agent", {"QtCore", "QtNetwork", "QtSql", "QtHttpServer", "QtConcurrent"}},
        {"cli", {"QtCore", "QtNetwork", "QtSql"}},
        // QtSql: CredentialListModel keeps the wallet's connection (ARCHITECTURE.md says
        // QtCore/QtGui only); QtConcurrent: work off the GUI thread.
        {"models", {"QtCore", "QtGui", "QtConcurrent", "QtSql"}},
        // ui/ (not listed) may use any: Widgets, and Multimedia for the camera scanner.
    };
    return rules;
}

QString qtHeaders()
{
    return QLibraryInfo::path(QLibraryInfo::HeadersPath);
}

QString list(const QList<LayerChecker::Violation> &violations)
{
    QStringList lines;
    for (const auto &violation : violations)
        lines << violation.toString();
    return lines.join('\n');
}

void write(const QTemporaryDir &dir, const QString &path, const QByteArray &text)
{
    QVERIFY(QDir(dir.path()).mkpath(QFileInfo(path).path()));
    QFile file(dir.filePath(path));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

/// Lines of product code below app/ that spin an event loop of their own (QEventLoop,
/// processEvents): re-entrancy in a GUI is a class of bugs, so blocking calls wait on a
/// promise instead (core/common/ServiceThread). Comments do not count. "file:line: text".
QStringList nestedEventLoops(const QString &root)
{
    static const QRegularExpression forbidden(
        QStringLiteral("\\bQEventLoop\\b|processEvents\\s*\\("));
    QStringList found;
    for (const char *folder : {"core", "models", "cli", "agent", "ui"}) {
        QDirIterator files(root + QLatin1Char('/') + QLatin1String(folder),
                           {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int number = 0;
            for (const QByteArray &raw : file.readAll().split('\n')) {
                ++number;
                QString line = QString::fromUtf8(raw);
                line.truncate(line.indexOf(QStringLiteral("//")) < 0
                                  ? line.size()
                                  : line.indexOf(QStringLiteral("//")));
                if (forbidden.match(line).hasMatch())
                    found << QStringLiteral("%1:%2: %3")
                                 .arg(QDir(root).relativeFilePath(path))
                                 .arg(number)
                                 .arg(line.trimmed());
            }
        }
    }
    return found;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT
private slots:
    void noNestedEventLoopBelowApp()
    {
        const QStringList found = nestedEventLoops(QStringLiteral(VCDESK_SOURCE_ROOT));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        // The scan itself finds one.
        QTemporaryDir dir;
        write(dir, "core/net/Bad.cpp",
              "// QEventLoop in a comment is fine\n"
              "void f() { QEventLoop loop; loop.exec(); }\n");
        write(dir, "ui/Page.cpp", "void g() { QCoreApplication::processEvents(); }\n");
        const QStringList planted = nestedEventLoops(dir.path());
        QCOMPARE(planted.size(), 2);
        QVERIFY(planted.first().startsWith("core/net/Bad.cpp:2:"));
    }

    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(VCDESK_SOURCE_ROOT "/core/CMakeLists.txt")),
                 VCDESK_SOURCE_ROOT);
    }

    void qtHeadersAreKnown()
    {
        // If the Qt headers were not found, every Qt include would pass unchecked.
        LayerChecker checker(VCDESK_SOURCE_ROOT, vcdeskRules(), qtHeaders());
        QCOMPARE(checker.qtModulesOf("QWidget"), QStringList{"QtWidgets"});
        QCOMPARE(checker.qtModulesOf("QDialog"), QStringList{"QtWidgets"});
        QCOMPARE(checker.qtModulesOf("QtWidgets/QPushButton"), QStringList{"QtWidgets"});
        QCOMPARE(checker.qtModulesOf("qwidget.h"), QStringList{"QtWidgets"});
        QCOMPARE(checker.qtModulesOf("QtWidgets"), QStringList{"QtWidgets"});
        QCOMPARE(checker.qtModulesOf("QColor"), QStringList{"QtGui"});
        QCOMPARE(checker.qtModulesOf("QJsonObject"), QStringList{"QtCore"});
        QCOMPARE(checker.qtModulesOf("QVideoSink"), QStringList{"QtMultimedia"});
        QCOMPARE(checker.qtModulesOf("QVideoWidget"), QStringList{"QtMultimediaWidgets"});
        QVERIFY(checker.qtModulesOf("openssl/evp.h").isEmpty());
        QVERIFY(checker.qtModulesOf("vector").isEmpty());
    }

    void tableRulesPointDown()
    {
        LayerChecker checker(VCDESK_SOURCE_ROOT, vcdeskRules(), qtHeaders());
        const auto violations = checker.checkRules();
        QVERIFY2(violations.isEmpty(), qPrintable(list(violations)));
    }

    void everyCodeFolderIsInTheTable()
    {
        LayerChecker checker(VCDESK_SOURCE_ROOT, vcdeskRules(), qtHeaders());
        for (const char *layer : {"core", "models", "ui", "app", "agent", "tests"})
            QVERIFY2(checker.codeFolders().contains(layer), layer);
        const auto violations = checker.checkFolders();
        QVERIFY2(violations.isEmpty(), qPrintable(list(violations)));
    }

    void includesFollowTheTable()
    {
        LayerChecker checker(VCDESK_SOURCE_ROOT, vcdeskRules(), qtHeaders());
        QVERIFY2(checker.filesRead() > 300, qPrintable(QString::number(checker.filesRead())));
        const auto violations = checker.checkIncludes();
        QVERIFY2(violations.isEmpty(), qPrintable(list(violations)));
        // Edges the table allows that nothing uses any more: candidates to remove.
        const auto graph = checker.roomGraph();
        const LayerRules rules = vcdeskRules();
        for (auto it = rules.roomEdges.begin(); it != rules.roomEdges.end(); ++it) {
            for (const QString &to : it.value()) {
                if (!graph.value(it.key()).contains(to))
                    qInfo("allowed but unused: core/%s -> core/%s", qPrintable(it.key()),
                          qPrintable(to));
            }
        }
    }

    void noCycleBetweenCoreRooms()
    {
        LayerChecker checker(VCDESK_SOURCE_ROOT, vcdeskRules(), qtHeaders());
        const auto violations = checker.checkCycles();
        QVERIFY2(violations.isEmpty(), qPrintable(list(violations)));
    }

    void catchesBadEdges()
    {
        // A small tree with one mistake of each kind, and includes that must not count.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *folder : {"core", "models", "ui", "app", "tests", "tools"})
            write(dir, QString(folder) + "/CMakeLists.txt", "");
        write(dir, "docs/notes.h", "#include \"ui/Page.h\"\n"); // no CMakeLists: not code
        write(dir, "core/common/Error.h", "#pragma once\n#include <QString>\n");
        write(dir, "core/credential/Envelope.h",
              "#pragma once\n"
              "#include \"core/common/Error.h\"\n"
              "#include \"core/verify/CheckResult.h\"\n" // line 3: credential -> verify
              "// #include \"ui/Page.h\"\n"
              "/* #include \"ui/Page.h\"\n"
              "   #include \"models/Model.h\" */\n"
              "#include <QJsonObject>\n");
        write(dir, "core/verify/CheckResult.h",
              "#pragma once\n"
              "#include \"core/credential/Envelope.h\"\n" // allowed, but closes a cycle
              "const char *glob = \"image/*\";\n"
              "#include <QWidget>\n"); // line 4: core never QtWidgets
        write(dir, "core/verify/Check.cpp",
              "#include \"CheckResult.h\"\n"        // same room, found next to the file
              "#include \"../common/Error.h\"\n"    // relative, allowed
              "#include \"../../models/Model.h\"\n" // line 3: core -> models
              "#include <QtGui/QColor>\n");         // line 4: core never QtGui
        write(dir, "core/newroom/Thing.h", "#pragma once\n");
        write(dir, "models/Camera.h", "#include <QVideoFrame>\n"); // models never QtMultimedia
        write(dir, "models/Model.h",
              "#pragma once\n"
              "#include \"core/common/Error.h\"\n"
              "#include <QColor>\n"
              "#include <QtWidgets/QDialog>\n" // line 4: models never QtWidgets
              "  #  include \"ui/Page.h\"\n"); // line 5: models -> ui
        write(dir, "ui/Page.h",
              "#pragma once\n#include \"models/Model.h\"\n#include <QWidget>\n"
              "#include <app/Main.h>\n"     // line 4: ui -> app, even in angle brackets
              "#include <QVideoWidget>\n"); // ui may use Multimedia
        write(dir, "app/Main.cpp", "#include \"ui/Page.h\"\n#include \"tests/support/X.h\"\n");

        LayerRules rules = vcdeskRules();
        rules.roomEdges = {{"codec", {"common"}},
                           {"credential", {"common"}},
                           {"verify", {"common", "credential"}}};
        LayerChecker checker(dir.path(), rules, qtHeaders());
        QCOMPARE(checker.filesRead(), 9);

        QStringList where;
        for (const auto &violation : checker.checkIncludes())
            where << QStringLiteral("%1:%2").arg(violation.file).arg(violation.line);
        QCOMPARE(where, QStringList({"app/Main.cpp:2", "core/credential/Envelope.h:3",
                                     "core/verify/Check.cpp:3", "core/verify/Check.cpp:4",
                                     "core/verify/CheckResult.h:4", "models/Camera.h:1",
                                     "models/Model.h:4", "models/Model.h:5", "ui/Page.h:4"}));
        const auto includes = checker.checkIncludes();
        QVERIFY(includes.at(1).message.contains("core/credential -> core/verify"));
        QVERIFY(includes.at(4).message.contains("QtWidgets"));
        QVERIFY(includes.at(5).message.contains("QtMultimedia"));
        QVERIFY(includes.at(7).message.contains("models -> ui"));

        const auto folders = checker.checkFolders();
        QCOMPARE(folders.size(), 2);
        QCOMPARE(folders.at(0).file, QStringLiteral("tools/CMakeLists.txt"));
        QCOMPARE(folders.at(1).file, QStringLiteral("core/newroom"));
        QVERIFY(folders.at(0).message.contains("no row in the layer table"));

        const auto cycles = checker.checkCycles();
        QCOMPARE(cycles.size(), 1);
        QVERIFY2(cycles.first().message.contains("credential -> verify -> credential"),
                 qPrintable(cycles.first().toString()));
        QVERIFY(cycles.first().message.contains("core/credential/Envelope.h:3"));
        QVERIFY(cycles.first().message.contains("core/verify/CheckResult.h:2"));

        // A table that allows an edge up the order (which would allow a cycle) is refused.
        rules.roomEdges.insert("common", {"codec"});
        rules.layerEdges.insert("core", {"models"});
        const auto table = LayerChecker(dir.path(), rules, qtHeaders()).checkRules();
        QCOMPARE(table.size(), 2);
        QVERIFY(list(table).contains("room edge common -> codec points up"));
        QVERIFY(list(table).contains("layer edge core -> models points up"));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
