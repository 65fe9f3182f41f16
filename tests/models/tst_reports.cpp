// Reports a help desk files: one token or a batch as JSON (the CLI's schema), CSV and PDF.
// The PDFs are read back with an independent tool (poppler's pdftotext, installed by
// scripts/install-deps.sh); hostile claims stay text in every form (no markup, no control
// codes, no spreadsheet formulas); a failed write says why and leaves nothing behind.

#include "core/common/CsvLine.h"
#include "core/verify/CheckName.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "core/verify/InspectionJson.h"
#include "core/verify/VerdictText.h"
#include "models/BatchInspection.h"
#include "models/BatchReport.h"
#include "models/InspectionReport.h"
#include "models/ReportWriter.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"
#include "support/TokenFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace vcdesk;

namespace {

// A name that is markup, a claim that is a spreadsheet formula, one with terminal codes.
const QString kMarkup = QStringLiteral("<img src=x onerror=alert(1)>Mallory");
const QString kFormula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
const QString kControl = QStringLiteral("red\x1b[31m\u202egnp.exe");

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // One space between words, whatever the layout's columns and line breaks.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

Status waitFor(Activity<void> *activity)
{
    QSignalSpy finished(activity, &ActivityBase::finished);
    if (!finished.wait(120000))
        return Error{QStringLiteral("test.timeout"), QStringLiteral("the write never finished")};
    return activity->result();
}

} // namespace

class ReportsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    InspectOptions m_options;
    QByteArray m_token;
    Inspection m_inspection;

    ReportContext context(const QString &input) const
    {
        ReportContext c;
        c.input = input;
        c.checkedAt = QDateTime(QDate(2025, 1, 1), QTime(9, 30), Qt::UTC);
        c.asOf = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        c.offline = true;
        c.trustListPath = QStringLiteral("/etc/vcdesk/trust.json");
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is needed: scripts/install-deps.sh installs it");
        auto options = InspectOptionsBuilder()
                           .offline(true)
                           .at(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC))
                           .build();
        VCDESK_VERIFY_OK(options);
        m_options = options.value();
        // A real did:key credential whose claims are hostile text.
        const auto issuer = test::Issuer::make(KeyType::Ed25519);
        QJsonObject claims = test::credentialClaims(issuer.did, 1700000000, 1900000000);
        QJsonObject vc = claims.value("vc").toObject();
        vc.insert("credentialSubject", QJsonObject{{"name", kMarkup},
                                                   {"link", kFormula},
                                                   {"motto", kControl},
                                                   {"degree", QJsonObject{{"level", "MSc"}}}});
        claims.insert("vc", vc);
        m_token = test::sign(issuer.key, claims, QJsonObject{{"kid", issuer.kid}});
        auto inspection = CredentialInspector::inspect(m_token, m_options);
        VCDESK_VERIFY_OK(inspection);
        m_inspection = inspection.value();
        QCOMPARE(test::outcome(m_inspection, CheckName::SignatureVerification),
                 CheckResult::Outcome::Pass);
    }

    void csvCellsStayText()
    {
        QCOMPARE(CsvLine::cell(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(CsvLine::cell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvLine::cell(QStringLiteral("-2")), QStringLiteral("'-2"));
        QCOMPARE(CsvLine::cell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvLine::cell(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvLine::cell(QStringLiteral("plain")), QStringLiteral("plain"));
        // A newline cannot start a new record; an escape code cannot reach a terminal.
        QVERIFY(!CsvLine::cell(QStringLiteral("a\nb\x1b")).contains(QLatin1Char('\n')));
        QVERIFY(!CsvLine::cell(QStringLiteral("a\nb\x1b")).contains(QChar(0x1b)));
        QCOMPARE(CsvLine::of({QStringLiteral("a"), QStringLiteral("b")}), QByteArray("a,b\r\n"));
    }

    void theTokenReportHasEveryCheckWithHostileTextEscaped()
    {
        InspectionReport report(m_token, m_inspection, context(QStringLiteral("/tmp/x.jwt")));
        const QString html = report.html();
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;Mallory")));
        QVERIFY(!html.contains(QChar(0x1b)));
        QVERIFY(!html.contains(QChar(0x202e)));
        QTextDocument document;
        document.setHtml(html);
        const QString text = document.toPlainText();
        QVERIFY(text.contains(kMarkup)); // shown as the text it is
        QVERIFY(text.contains(InspectionJson::sha256Hex(m_token)));
        QVERIFY(text.contains(QStringLiteral("degree.level")));
        QVERIFY(text.contains(QStringLiteral("2025-01-01 00:00:00 UTC"))); // as of
        QVERIFY(text.contains(VerdictText::headline(m_inspection.report.verdict())));
        for (const CheckResult &check : m_inspection.report.checks())
            QVERIFY2(text.contains(check.name), qPrintable(check.name));

        const QByteArray csv = report.csv();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 3); // header, the row, and the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith("input,sha256,verdict"));
        QVERIFY(lines.at(1).contains(InspectionJson::sha256Hex(m_token).toLatin1()));

        // The JSON is the CLI's: the inspection, its input and its hash.
        const QJsonObject json = QJsonDocument::fromJson(report.json()).object();
        QCOMPARE(json.value("input").toString(), QStringLiteral("/tmp/x.jwt"));
        QCOMPARE(json.value("sha256").toString(), InspectionJson::sha256Hex(m_token));
        QCOMPARE(json.value("checks").toArray().size(), m_inspection.report.checks().size());
        QCOMPARE(json.value("claims").toObject().value("name").toString(), kMarkup);
        QVERIFY(!report.json().contains("\x1b")); // written as \u001b, the same JSON value
    }

    void theTokenPdfReadsBackWithItsVerdictChecksAndHash()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("token.pdf"));
        InspectionReport report(m_token, m_inspection, context(QStringLiteral("x.jwt")));
        VCDESK_VERIFY_OK(waitFor(ReportWriter::writeInspection(report, pdf, this)));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Credential inspection report")), qPrintable(text));
        QVERIFY(text.contains(VerdictText::headline(m_inspection.report.verdict())));
        QVERIFY2(text.contains(CheckName::SignatureVerification), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Mallory")));
        QVERIFY(text.contains(InspectionJson::sha256Hex(m_token).left(32)));
    }

    void aWriteThatFailsSaysWhyAndLeavesNothing()
    {
        InspectionReport report(m_token, m_inspection, context({}));
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/r.pdf"));
        const Status failed = waitFor(ReportWriter::writeInspection(report, missing, this));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("report.write_failed"));
        QVERIFY(!QFile::exists(missing));
        const Status unknown = waitFor(
            ReportWriter::writeInspection(report, m_dir.filePath(QStringLiteral("r.docx")), this));
        QCOMPARE(unknown.error().code, QStringLiteral("report.format"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("r.docx"))));
    }

    void aBatchExportsAsJsonLinesCsvAndPdf()
    {
        QStringList inputs;
        const QByteArray tampered = test::readData("samples/email-credential-tampered.jwt");
        for (int i = 0; i < 30; ++i)
            inputs << test::writeFile(m_dir.path(),
                                      QStringLiteral("b-%1.jwt").arg(i, 2, 10, QChar('0')),
                                      i % 3 == 0   ? m_token
                                      : i % 3 == 1 ? tampered
                                                   : QByteArray("=cmd|' /C calc'!A0"));
        BatchInspection batch;
        QSignalSpy finished(&batch, &BatchInspection::finished);
        batch.start(inputs, m_options);
        const Status early = waitFor(batch.saveJsonLines(m_dir.filePath("early.jsonl"), this));
        QCOMPARE(early.error().code, QStringLiteral("report.not_ready"));
        // The batch may already have finished while the early save above ran the event loop:
        // QSignalSpy::wait would then wait for a second `finished` that never comes.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(batch.rows().size(), 30);

        const QString jsonl = m_dir.filePath(QStringLiteral("batch.jsonl"));
        VCDESK_VERIFY_OK(
            waitFor(ReportWriter::writeBatch(batch, context(m_dir.path()), jsonl, this)));
        QFile file(jsonl);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 32); // 30 inputs, the summary, the empty rest
        for (int i = 0; i < 30; ++i) {
            const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
            const BatchRow &row = batch.rows().at(i);
            QCOMPARE(line.value("input").toString(), row.input);
            QCOMPARE(line.value("sha256").toString(), row.sha256);
            QCOMPARE(line.value("verdict").toString(), row.verdictName());
        }
        const QJsonObject summary = QJsonDocument::fromJson(lines.at(30)).object();
        QCOMPARE(summary.value("summary").toObject(), batch.tally().toJson());
        QCOMPARE(batch.tally().unreadable, 10);

        const QString csvPath = m_dir.filePath(QStringLiteral("batch.csv"));
        VCDESK_VERIFY_OK(
            waitFor(ReportWriter::writeBatch(batch, context(m_dir.path()), csvPath, this)));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csv.readAll();
        QCOMPARE(csvBytes.count("\r\n"), 31);
        QVERIFY(!csvBytes.contains(",=cmd")); // the garbage's text is not a formula here

        BatchReport report(batch.rows(), batch.tally(), context(m_dir.path()));
        const QString html = report.html();
        // Worst first: every not-valid row is listed before the first valid one.
        QVERIFY(html.lastIndexOf(VerdictText::label(Verdict::Invalid)) <
                html.indexOf(QStringLiteral(">%1<").arg(VerdictText::label(Verdict::Valid))));
        const QString pdf = m_dir.filePath(QStringLiteral("batch.pdf"));
        VCDESK_VERIFY_OK(
            waitFor(ReportWriter::writeBatch(batch, context(m_dir.path()), pdf, this)));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Batch inspection report")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Inspected 30: 10 valid, 10 not valid, 0 cannot be "
                                             "verified, 10 unreadable")));
        QVERIFY(text.contains(QStringLiteral("b-29.jwt")));
        QVERIFY(
            !text.contains(m_dir.filePath(QStringLiteral("b-29.jwt")))); // named from its folder
    }

    void aLargeBatchPrintsItsWorstRowsOnly()
    {
        QList<BatchRow> many;
        VerdictTally tally;
        for (int i = 0; i < BatchReport::kMaxPageRows + 25; ++i) {
            BatchRow row;
            row.input = QStringLiteral("/data/batch/file-%1.jwt").arg(i);
            row.verdict = i % 100 == 7 ? Verdict::Invalid : Verdict::Valid;
            row.sha256 = QStringLiteral("ab").repeated(32);
            many << row;
            tally.add(row.verdict);
        }
        const QString html = BatchReport(many, tally, context(m_dir.path())).html();
        QCOMPARE(html.count(QStringLiteral("file-")), BatchReport::kMaxPageRows);
        // Every not-valid one is among those printed.
        for (int i = 7; i < many.size(); i += 100)
            QVERIFY(html.contains(QStringLiteral("file-%1.jwt<").arg(i)));
        QVERIFY(html.contains(QStringLiteral("The 25 other input(s)")));
    }
};

QTEST_MAIN(ReportsTest)
#include "tst_reports.moc"
