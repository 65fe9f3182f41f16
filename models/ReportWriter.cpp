#include "models/ReportWriter.h"

#include "core/common/Activity.h"
#include "models/BatchInspection.h"
#include "models/BatchReport.h"
#include "models/PdfReport.h"

#include <QFileInfo>
#include <QSaveFile>

namespace vcdesk {

namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("report.write_failed"),
                     ReportWriter::tr("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

Activity<void> *failedAtOnce(const Error &error, QObject *parent)
{
    auto *activity = new Activity<void>(parent);
    activity->start([error](const ActivityBase::Context &) -> Status { return error; });
    return activity;
}

} // namespace

Result<ReportWriter::Format> ReportWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("json") || suffix == QLatin1String("jsonl"))
        return Format::Json;
    return Error{QStringLiteral("report.format"),
                 tr("name the report with .pdf, .csv or .json at the end, for the format "
                    "you want")};
}

QString ReportWriter::fileFilter()
{
    return tr("PDF document (*.pdf);;CSV spreadsheet (*.csv);;JSON (*.json *.jsonl)");
}

Activity<void> *ReportWriter::writeInspection(InspectionReport report, const QString &path,
                                              QObject *parent)
{
    const auto format = formatOf(path);
    if (!format)
        return failedAtOnce(format.error(), parent);
    auto *activity = new Activity<void>(parent);
    activity->start([report = std::move(report), path,
                     format = format.value()](const ActivityBase::Context &) -> Status {
        switch (format) {
        case Format::Pdf:
            return PdfReport::write(report.html(), report.title(), path);
        case Format::Csv:
            return writeFile(path, report.csv());
        case Format::Json:
            break;
        }
        return writeFile(path, report.json());
    });
    return activity;
}

Activity<void> *ReportWriter::writeBatch(const BatchInspection &batch, ReportContext context,
                                         const QString &path, QObject *parent)
{
    const auto format = formatOf(path);
    if (!format)
        return failedAtOnce(format.error(), parent);
    if (batch.isRunning())
        return failedAtOnce(Error{QStringLiteral("report.not_ready"),
                                  tr("the batch has not finished: export it when it has")},
                            parent);
    if (format.value() == Format::Json)
        return batch.saveJsonLines(path, parent);
    auto *activity = new Activity<void>(parent);
    // The rows are shared, not copied (implicit sharing), until the next batch replaces them.
    activity->start([report = BatchReport(batch.rows(), batch.tally(), std::move(context)), path,
                     format = format.value()](const ActivityBase::Context &) -> Status {
        if (format == Format::Csv)
            return writeFile(path, report.csv());
        return PdfReport::write(report.html(), report.title(), path,
                                PdfReport::Orientation::Landscape);
    });
    return activity;
}

} // namespace vcdesk
