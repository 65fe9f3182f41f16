#include "cli/InspectBatch.h"

#include "cli/InputReader.h"
#include "core/common/DisplayText.h"
#include "core/common/InputFiles.h"
#include "core/verify/BatchInspector.h"
#include "core/verify/InspectionSummary.h"
#include "core/verify/VerdictText.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vcdesk {

namespace {

enum ExitCode { Valid = 0, Invalid = 1, Unverifiable = 2, Unreadable = 3 };

struct Tally
{
    int valid = 0, invalid = 0, unverifiable = 0, unreadable = 0;

    int total() const { return valid + invalid + unverifiable + unreadable; }
    int exitCode() const
    {
        return invalid ? Invalid : unreadable ? Unreadable : unverifiable ? Unverifiable : Valid;
    }
};

void writeJsonLine(const QJsonObject &object, QTextStream &out)
{
    out << QString::fromUtf8(
               DisplayText::escapeJson(QJsonDocument(object).toJson(QJsonDocument::Compact)))
        << '\n';
}

void report(const QString &file, const Result<Inspection> &inspection, bool jsonLines, Tally &tally,
            QTextStream &out)
{
    if (!inspection) {
        ++tally.unreadable;
        if (jsonLines) {
            writeJsonLine(
                QJsonObject{{QStringLiteral("input"), file},
                            {QStringLiteral("verdict"), QStringLiteral("unreadable")},
                            {QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), inspection.error().code},
                                         {QStringLiteral("message"), inspection.error().message}}}},
                out);
            return;
        }
        out << InspectBatch::tr("UNREADABLE").leftJustified(20) << ' '
            << DisplayText::escape(file, 200) << "  "
            << DisplayText::escape(inspection.error().message, 300) << '\n';
        return;
    }
    const Verdict verdict = inspection->report.verdict();
    switch (verdict) {
    case Verdict::Valid:
        ++tally.valid;
        break;
    case Verdict::Invalid:
        ++tally.invalid;
        break;
    case Verdict::Unverifiable:
    case Verdict::Unknown:
        ++tally.unverifiable;
        break;
    }
    if (jsonLines) {
        QJsonObject object = inspection->toJson();
        object.insert(QStringLiteral("input"), file);
        writeJsonLine(object, out);
        return;
    }
    // Every value but the verdict comes from the input: escaped, one line each.
    out << VerdictText::headline(verdict).leftJustified(20) << ' ' << DisplayText::escape(file, 200)
        << "  "
        << DisplayText::escape(
               inspection->issuerName.isEmpty() ? inspection->issuer : inspection->issuerName, 120);
    if (verdict != Verdict::Valid)
        out << "  "
            << DisplayText::escape(InspectionSummary::firstProblem(inspection.value()), 300);
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
    Tally tally;
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
            report(chunk.at(i),
                   unread.at(i) ? Result<Inspection>(*unread.at(i)) : inspections.at(size_t(i)),
                   jsonLines, tally, out);
        out.flush();
    }
    if (jsonLines)
        writeJsonLine(QJsonObject{{QStringLiteral("summary"),
                                   QJsonObject{{QStringLiteral("inputs"), tally.total()},
                                               {QStringLiteral("valid"), tally.valid},
                                               {QStringLiteral("invalid"), tally.invalid},
                                               {QStringLiteral("unverifiable"), tally.unverifiable},
                                               {QStringLiteral("unreadable"), tally.unreadable}}}},
                      out);
    else
        out << tr("Inspected %1: %2 valid, %3 not valid, %4 cannot be verified, %5 unreadable")
                   .arg(tally.total())
                   .arg(tally.valid)
                   .arg(tally.invalid)
                   .arg(tally.unverifiable)
                   .arg(tally.unreadable)
            << '\n';
    return tally.exitCode();
}

} // namespace vcdesk
