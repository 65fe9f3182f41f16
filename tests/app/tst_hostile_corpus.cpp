// The hostile corpus (tests/data/hostile/, issue 11): every token in it must stay not valid,
// with the expected verdict and the check (or error code) that says why, both in the engine
// and through `vcdesk inspect`, whose output must never carry a raw control character. The
// committed files must be exactly what support/HostileCorpus.h builds.

#include "core/codec/StrictJson.h"
#include "core/common/DisplayText.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/CredentialInspector.h"
#include "support/CliRunner.h"
#include "support/HostileCorpus.h"
#include "support/TestData.h"

#include <QDir>
#include <QtTest>

using namespace vcdesk;

class HostileCorpusTest : public QObject
{
    Q_OBJECT

    static InspectOptions options()
    {
        InspectOptions options;
        options.at = QDateTime::fromSecsSinceEpoch(test::HostileCorpus::kCheckedAt, Qt::UTC);
        options.network.offline = true;
        options.resolver = MultiMethodDidResolver::createDefault(options.network);
        return options;
    }

    /// Control characters, DEL, C1 (as UTF-8) or bidirectional controls other than newline.
    static QByteArray rawControl(const QByteArray &output)
    {
        const QString text = QString::fromUtf8(output);
        for (const QChar c : text)
            if (c != QLatin1Char('\n') && DisplayText::needsEscape(c.unicode()))
                return QByteArray::number(c.unicode(), 16);
        return {};
    }

private slots:
    void committedFilesAreTheCorpus()
    {
        const QDir dir(test::dataPath("hostile"));
        QStringList expectedFiles{"README.md", "expected.json"};
        const QJsonObject manifest = test::readJson("hostile/expected.json");
        for (const test::HostileToken &token : test::HostileCorpus::tokens()) {
            expectedFiles << token.file;
            QVERIFY2(test::readData("hostile/" + token.file) == token.bytes,
                     qPrintable(token.file + " differs from HostileCorpus.h (regenerate it)"));
            const QJsonObject entry = manifest.value(token.file).toObject();
            QCOMPARE(entry.value("expected").toString(), token.expected);
            QCOMPARE(entry.value("check").toString(), token.check);
        }
        QStringList present = dir.entryList(QDir::Files);
        present.sort();
        expectedFiles.sort();
        QCOMPARE(present, expectedFiles);
    }

    void neverValidInTheEngine_data()
    {
        QTest::addColumn<QString>("file");
        for (const test::HostileToken &token : test::HostileCorpus::tokens())
            QTest::newRow(qPrintable(token.file)) << token.file;
    }
    void neverValidInTheEngine()
    {
        QFETCH(QString, file);
        const QJsonObject entry = test::readJson("hostile/expected.json").value(file).toObject();
        const QString expected = entry.value("expected").toString();
        const QString check = entry.value("check").toString();
        auto inspection =
            CredentialInspector::inspect(test::readData("hostile/" + file), options());
        if (expected == "unreadable") {
            QVERIFY2(!inspection.ok(), "a hostile token was read");
            QCOMPARE(inspection.error().code, check);
            QVERIFY(!inspection.error().message.isEmpty());
            return;
        }
        if (!inspection.ok())
            QFAIL(qPrintable(inspection.error().toString()));
        QVERIFY(inspection->report.verdict() != ValidationReport::Verdict::Valid);
        QCOMPARE(VerdictName::of(inspection->report.verdict()), expected);
        const CheckResult *named = inspection->report.check(check);
        QVERIFY2(named, qPrintable(check + " is missing"));
        QVERIFY(named->outcome != CheckResult::Outcome::Pass);
        QVERIFY(!named->detail.isEmpty());
    }

    void neverValidOnTheCommandLine_data() { neverValidInTheEngine_data(); }
    void neverValidOnTheCommandLine()
    {
        QFETCH(QString, file);
        const QString expected = test::readJson("hostile/expected.json")
                                     .value(file)
                                     .toObject()
                                     .value("expected")
                                     .toString();
        const int code = expected == "invalid" ? 1 : expected == "unverifiable" ? 2 : 3;
        for (const QStringList &format : {QStringList{}, QStringList{"--json"}}) {
            const test::Run run = test::runVcdesk(
                QStringList{"inspect", "--offline", "--at", "2026-06-01T00:00:00Z"} + format +
                QStringList{test::dataPath("hostile/" + file)});
            QCOMPARE(run.exitCode, code);
            QVERIFY2(rawControl(run.out).isEmpty(), run.out.constData());
            QVERIFY2(rawControl(run.err).isEmpty(), run.err.constData());
            // No top-level line, forged or not, says so (an embedded credential that is
            // valid by itself, such as one a stranger presents, has its own indented verdict).
            QVERIFY(!run.out.startsWith("Verdict:    VALID\n") &&
                    !run.out.contains("\nVerdict:    VALID\n"));
        }
    }

    void forgedVerdictLinesStayInsideTheirField()
    {
        const test::Run run =
            test::runVcdesk({"inspect", "--offline", "--at", "2026-06-01T00:00:00Z",
                             test::dataPath("hostile/terminal-escapes-in-type.jwt")});
        int verdicts = 0;
        for (const QByteArray &line : run.out.split('\n'))
            verdicts += line.startsWith("Verdict:");
        QCOMPARE(verdicts, 1);
        QVERIFY(run.out.contains("Verdict:    NOT VALID\n"));
        QVERIFY(run.out.contains("\\u001b[8m"));
    }
};

QTEST_GUILESS_MAIN(HostileCorpusTest)
#include "tst_hostile_corpus.moc"
