// The command line run in-process through vcdesk::CommandLine::run, with its output in memory:
// the same dispatch, subcommands and exit codes as the vcdesk binary (which tst_cli and
// tst_cli_wallet drive as a process), without a process, a window or QtWidgets.

#include "cli/CommandLine.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <sys/stat.h>

using namespace vcdesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// `vcdesk ARGS...`, run in this process.
Run runInProcess(const QStringList &args)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = CommandLine::run(QStringList{"vcdesk"} + args, out, err);
    out.flush();
    err.flush();
    return run;
}

QJsonValue json(const Run &run)
{
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// Signed 2024-01-01, expiring 2030-01-01 (tests/data/README.md); checked at a fixed time.
const QString kAt = "2025-01-01T00:00:00Z";

} // namespace

class TestCliInProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return test::writeFile(m_dir.path(), name, bytes);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_dir.isValid());
        // As the binary: the app's folders are vcdesk's, here inside the test's own home.
        QCoreApplication::setOrganizationName("vcdesk");
        QCoreApplication::setApplicationName("vcdesk");
        for (const char *variable : {"XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"})
            qputenv(variable, m_home.filePath(QString::fromLatin1(variable)).toUtf8());
    }

    void usageAndVersion()
    {
        for (const char *help : {"--help", "-h", "help"}) {
            const Run run = runInProcess({help});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.startsWith("Usage: vcdesk [COMMAND]\n"));
            for (const char *command : {"inspect", "trust", "wallet", "account", "present"})
                QVERIFY2(run.out.contains(QStringLiteral("\n  %1 ").arg(command)), command);
            QVERIFY(run.err.isEmpty());
        }
        QVERIFY(CommandLine::isSubcommand("inspect"));
        QVERIFY(CommandLine::isSubcommand("--version"));
        QVERIFY(!CommandLine::isSubcommand("recieve"));
        QVERIFY(!CommandLine::isSubcommand("--platform"));

        const Run version = runInProcess({"--version"});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, "vcdesk " + CommandLine::version() + "\n");
        QVERIFY(
            QRegularExpression("^\\d+\\.\\d+\\.\\d+$").match(CommandLine::version()).hasMatch());

        // No command at all is wrong usage here: the window is the executable's business.
        const Run none = runInProcess({});
        QCOMPARE(none.exitCode, 64);
        QVERIFY(none.out.isEmpty());
        QVERIFY(none.err.startsWith("Usage: vcdesk [COMMAND]\n"));
    }

    void unknownSubcommand()
    {
        const Run run = runInProcess({"recieve", "something"});
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, "vcdesk: \"recieve\" is not a command; see vcdesk --help\n");
        // What is named in the message is escaped, as everything vcdesk prints from outside.
        const Run escape = runInProcess({"\x1b[2Jx"});
        QCOMPARE(escape.exitCode, 64);
        QVERIFY(!escape.err.contains(QChar(0x1b)));
        QVERIFY(escape.err.contains("\\u001b"));
    }

    void inspectValidAndTampered()
    {
        const Run valid = runInProcess(
            {"inspect", "--offline", "--at", kAt, test::dataPath("samples/email-credential.jwt")});
        QCOMPARE(valid.exitCode, 0);
        QVERIFY(valid.err.isEmpty());
        QVERIFY(valid.out.contains("Format:     jwt_vc_json\n"));
        QVERIFY(valid.out.contains(QRegularExpression("\nTypes: +[^\n]*EmailCredential\n")));
        QVERIFY(valid.out.contains("[PASS] SignatureVerification: signed with ES256K by did:key:"));
        QVERIFY(valid.out.contains("[PASS] IssuerIsSigner"));
        QVERIFY(valid.out.contains("Verdict:    VALID\n"));
        QVERIFY(valid.out.contains("\"email\": \"alice@example.com\""));

        const Run tampered =
            runInProcess({"inspect", "--offline", "--at", kAt,
                          test::dataPath("samples/email-credential-tampered.jwt")});
        QCOMPARE(tampered.exitCode, 1);
        QVERIFY(tampered.out.contains("[FAIL] SignatureVerification: the signature does not "
                                      "verify with any key of did:key:"));
        QVERIFY(tampered.out.contains("Verdict:    NOT VALID\n"));
        QVERIFY(tampered.out.contains("\"email\": \"mallory@example.com\""));

        const Run asJson = runInProcess({"inspect", "--offline", "--json", "--at", kAt,
                                         test::dataPath("samples/email-credential-tampered.jwt")});
        QCOMPARE(asJson.exitCode, 1);
        const QJsonObject report = json(asJson).toObject();
        QCOMPARE(report.value("verdict").toString(), "invalid");
        QCOMPARE(report.value("checks").toArray().first().toObject().value("result").toString(),
                 "fail");

        // The subcommand names itself as the program in its own messages.
        const Run usage = runInProcess({"inspect"});
        QCOMPARE(usage.exitCode, 64);
        QVERIFY2(usage.err.startsWith("vcdesk inspect: "), qPrintable(usage.err));
    }

    void inspectABatchOfFilesAndFolders()
    {
        // A folder of tokens (one in a subfolder, one hidden and left out), a file beside it,
        // and one that is no token at all: a line each in order, a summary, the worst exit.
        QTemporaryDir folder;
        QDir(folder.path()).mkpath("sub");
        QFile::copy(test::dataPath("samples/email-credential.jwt"), folder.filePath("a.jwt"));
        QFile::copy(test::dataPath("samples/email-credential.jwt"), folder.filePath("sub/b.jwt"));
        QFile::copy(test::dataPath("samples/email-credential-tampered.jwt"),
                    folder.filePath(".hidden.jwt"));
        test::writeFile(folder.path(), "c.txt", "not a token \x1b[2J");

        const Run valid = runInProcess({"inspect", "--offline", "--at", kAt,
                                        folder.filePath("a.jwt"), folder.filePath("sub")});
        QCOMPARE(valid.exitCode, 0);
        QVERIFY2(valid.out.endsWith("Inspected 2: 2 valid, 0 not valid, 0 cannot be verified, 0 "
                                    "unreadable\n"),
                 qPrintable(valid.out));

        const Run mixed = runInProcess({"inspect", "--offline", "--at", kAt, folder.path(),
                                        test::dataPath("samples/email-credential-tampered.jwt")});
        QCOMPARE(mixed.exitCode, 1); // one not valid: the worst
        const QStringList lines = mixed.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(0).startsWith("VALID") && lines.at(0).contains("a.jwt"));
        QVERIFY(lines.at(1).startsWith("UNREADABLE") && lines.at(1).contains("c.txt"));
        QVERIFY(lines.at(2).startsWith("VALID") && lines.at(2).contains("b.jwt"));
        QVERIFY(lines.at(3).startsWith("NOT VALID") &&
                lines.at(3).contains("SignatureVerification"));
        QVERIFY(!mixed.out.contains(QChar(0x1b)));
        QVERIFY(lines.at(4).startsWith("Inspected 4: 2 valid, 1 not valid"));

        const Run asLines =
            runInProcess({"inspect", "--offline", "--json-lines", "--at", kAt, folder.path()});
        QCOMPARE(asLines.exitCode, 3); // one unreadable, none not valid
        const QStringList json = asLines.out.trimmed().split('\n');
        QCOMPARE(json.size(), 4);
        for (const QString &line : json)
            QVERIFY2(QJsonDocument::fromJson(line.toUtf8()).isObject(), qPrintable(line));
        const QJsonObject unreadable = QJsonDocument::fromJson(json.at(1).toUtf8()).object();
        QCOMPARE(unreadable.value("verdict").toString(), "unreadable");
        QVERIFY(unreadable.value("input").toString().endsWith("c.txt"));
        QCOMPARE(QJsonDocument::fromJson(json.at(0).toUtf8()).object().value("verdict").toString(),
                 "valid");
        const QJsonObject summary =
            QJsonDocument::fromJson(json.last().toUtf8()).object().value("summary").toObject();
        QCOMPARE(summary.value("inputs").toInt(), 3);
        QCOMPARE(summary.value("unreadable").toInt(), 1);

        // A FIFO (and a link to it) in a folder is passed over, never opened: it would block.
        QTemporaryDir odd;
        QFile::copy(test::dataPath("samples/email-credential.jwt"), odd.filePath("a.jwt"));
        QVERIFY(::mkfifo(QFile::encodeName(odd.filePath("pipe")).constData(), 0600) == 0);
        QVERIFY(QFile::link(odd.filePath("pipe"), odd.filePath("link-to-pipe")));
        const Run skipped = runInProcess({"inspect", "--offline", "--at", kAt, odd.path()});
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY(skipped.out.contains("Inspected 1: 1 valid"));
        // A folder with nothing to inspect is said, not "all valid".
        QTemporaryDir empty;
        const Run none = runInProcess({"inspect", "--offline", empty.path()});
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(none.err.contains("holds no files"), qPrintable(none.err));

        // --json is one token; a missing path is said before anything is inspected.
        QCOMPARE(runInProcess({"inspect", "--json", folder.path()}).exitCode, 64);
        const Run missing =
            runInProcess({"inspect", "--offline", folder.path(), folder.filePath("nowhere")});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains("does not exist"));
    }

    void trustListEmpty()
    {
        const QString defaultList = m_home.filePath("XDG_DATA_HOME/vcdesk/vcdesk/trust-list.json");
        const Run text = runInProcess({"trust", "list"});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out, "The trust list is empty (" + defaultList + ").\n");
        QVERIFY(text.err.isEmpty());
        const Run asJson = runInProcess({"trust", "list", "--json"});
        QCOMPARE(asJson.exitCode, 0);
        QVERIFY(json(asJson).isArray());
        QVERIFY(json(asJson).toArray().isEmpty());
        QVERIFY(!QFile::exists(defaultList)); // listing writes nothing
    }

    void walletCreateAndList()
    {
        const QString wallet = m_dir.filePath("inprocess.db");
        const QString pass = write("pass.txt", "correct horse battery staple\n");
        const QStringList common{"--wallet", wallet,          "--passphrase-file",
                                 pass,       "--kdf-time-ms", "1"};

        const Run created = runInProcess(QStringList{"wallet", "create", "--json"} + common);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY(json(created).toObject().value("key").toObject().value("did").toString().startsWith(
            "did:key:"));
        QVERIFY(QFile::exists(wallet));
        const Run again = runInProcess(QStringList{"wallet", "create"} + common);
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains("wallet.exists"));

        const Run empty = runInProcess(QStringList{"wallet", "list"} + common);
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.out, "No credentials.\n");
        QCOMPARE(
            json(runInProcess(QStringList{"wallet", "list", "--json"} + common)).toArray().size(),
            0);

        const Run imported =
            runInProcess(QStringList{"wallet", "import", "--offline",
                                     test::dataPath("samples/email-credential.jwt")} +
                         common);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonArray listed =
            json(runInProcess(QStringList{"wallet", "list", "--json"} + common)).toArray();
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.at(0).toObject().value("types").toArray().contains("EmailCredential"));

        const QString wrong = write("wrong.txt", "not it\n");
        const Run locked =
            runInProcess({"wallet", "list", "--wallet", wallet, "--passphrase-file", wrong});
        QCOMPARE(locked.exitCode, 2);
        QVERIFY(locked.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliInProcess)
#include "tst_cli_inprocess.moc"
