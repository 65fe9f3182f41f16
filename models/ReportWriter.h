#pragma once

#include "core/common/Activity.h"
#include "core/common/Result.h"
#include "models/InspectionReport.h"
#include "models/ReportContext.h"

#include <QCoreApplication>

class QObject;

namespace vcdesk {

class BatchInspection;

/// Saves a report where the person chose, in the format its name ends with: .pdf, .csv, or
/// .json (.jsonl also for a batch, whose JSON is one line per input). Writing (and laying
/// out a PDF) runs on a worker; the returned activity says when it is done or why it failed,
/// and a failed write leaves any file already there as it was (QSaveFile).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    enum class Format { Pdf, Json, Csv };

    /// The format a file name asks for; "report.format" for any other ending.
    static Result<Format> formatOf(const QString &path);
    /// The file dialog's filter for these formats.
    static QString fileFilter();

    static Activity<void> *writeInspection(InspectionReport report, const QString &path,
                                           QObject *parent);
    static Activity<void> *writeBatch(const BatchInspection &batch, ReportContext context,
                                      const QString &path, QObject *parent);
};

} // namespace vcdesk
