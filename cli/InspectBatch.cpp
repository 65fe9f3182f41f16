#include "cli/InspectBatch.h"

#include "cli/InputReader.h"
#include "core/common/DisplayText.h"
#include "core/common/InputFiles.h"
#include "core/verify/BatchInspector.h"
#include "core/verify/InspectionJson.h"
#include "core/verify/VerdictText.h"

namespace vcdesk {

namespace {

enum ExitCode { Valid = 0, Invalid = 1, Unverifiable = 2, Unreadable = 3 };

int exitCodeOf(const VerdictTally &tally)
{
    return tally.invalid        ? Invalid
           : tally.unreadable   ? Unreadable
           : tally.unverifiable ? Unverifiable
                                : Valid;
}

void report(const QString &file, const QByteArray &bytes, const Result<Inspection> &inspection,
            bool jsonLines, VerdictTally &tally, QTextStream &out)
{
    if (jsonLines)
        out << QString::fromUtf8(InspectionJson::line(InspectionJson::of(file, bytes, inspection)));
    if (!inspection) {
        tally.addUnreadable();
        if (!jsonLines)
            out << InspectBatch::tr("UNREADABLE").leftJustified(20) << ' '
                << DisplayText::escape(file, 200) << "  "
                << DisplayText::escape(inspection.error().message, 300) << '\n';
        return;
    }
    const Verdict verdict = inspection->report.verdict();
    tally.add(verdict);
    if (jsonLines)
        return;
    // Every value but the verdict comes from the input: escaped, one line each.
    out << VerdictText::headline(verdict).leftJustified(20) << ' ' << DisplayText::escape(file, 200)
        << "  "
        << DisplayText::escape(
               inspection->issuerName.isEmpty() ? inspection->issuer : inspection->issuerName, 120);
    if (verdict != Verdict::Valid)
        out << "  " << DisplayText::escape(inspection.value().report.firstProblem(), 300);
    out << '\n';
}

} // namespace

Result<QStringList> InspectBatch::expand(const QStringList &inputs)
{
    return InputFiles::expand(inputs, true, kMaxInputs);
}

int InspectBatch::run(const QStringList &files, const InspectOptions &options, bool jsonLines,
                      qsizetype maxInputBytes, QTextStream &out)
{
    VerdictTally tally;
    for (qsizetype start = 0; start < files.size(); start += kChunk) {
        const QStringList chunk = files.mid(start, kChunk);
        QList<QByteArray> inputs;
        QList<std::optional<Error>> unread;
        for (const QString &file : chunk) {
            auto bytes = InputReader::read(file, maxInputBytes);
            inputs << (bytes ? bytes.value() : QByteArray());
            unread << (bytes ? std::nullopt : std::optional<Error>(bytes.error()));
        }
        const auto inspections = BatchInspector::inspectAll(inputs, options);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            report(chunk.at(i), inputs.at(i),
                   unread.at(i) ? Result<Inspection>(*unread.at(i)) : inspections.at(size_t(i)),
                   jsonLines, tally, out);
        out.flush();
    }
    if (jsonLines)
        out << QString::fromUtf8(InspectionJson::summaryLine(tally));
    else
        out << tr("Inspected %1: %2 valid, %3 not valid, %4 cannot be verified, %5 unreadable")
                   .arg(tally.total())
                   .arg(tally.valid)
                   .arg(tally.invalid)
                   .arg(tally.unverifiable)
                   .arg(tally.unreadable)
            << '\n';
    return exitCodeOf(tally);
}

} // namespace vcdesk
