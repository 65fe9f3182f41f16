#include "ui/InspectorPage.h"

#include "core/common/Activity.h"
#include "core/common/DisplayText.h"
#include "core/verify/DocumentCache.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "core/verify/TrustList.h"
#include "models/BatchInspection.h"
#include "models/InspectionController.h"
#include "models/ReportWriter.h"
#include "models/StatusColour.h"
#include "ui/BatchInspectionView.h"
#include "ui/FileDialog.h"
#include "ui/InspectionView.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vcdesk {

InspectorPage::InspectorPage(InspectionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Inspect a credential or token</h2>"), this);
    layout->addWidget(title);

    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("tokenInput"));
    m_input->setAccessibleName(tr("Token to inspect"));
    m_input->setAccessibleDescription(tr("Paste a token, such as a signed JWT or JWS. It is "
                                         "checked a moment after it changes, and what is found "
                                         "shows below."));
    m_input->setPlaceholderText(tr("Paste a signed token (JWT / JWS) here, drop a file on this "
                                   "window, or open one."));
    m_input->setMaximumHeight(110);
    m_input->setAcceptDrops(false); // the page handles drops, files included
    layout->addWidget(m_input);

    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open file…"), this);
    open->setObjectName(QStringLiteral("openFile"));
    open->setAccessibleName(tr("Open a token from a file"));
    open->setToolTip(tr("Choose a token file of up to 16 MiB; its text goes into the token "
                        "field and is checked."));
    auto *openMany = new QPushButton(tr("Open files…"), this);
    openMany->setObjectName(QStringLiteral("openFiles"));
    openMany->setAccessibleName(tr("Inspect several token files"));
    openMany->setToolTip(tr("Choose several files; each is checked on its own, and the Batch "
                            "tab lists the results."));
    auto *openFolder = new QPushButton(tr("Open folder…"), this);
    openFolder->setObjectName(QStringLiteral("openFolder"));
    openFolder->setAccessibleName(tr("Inspect every token file in a folder"));
    openFolder->setToolTip(tr("Choose a folder; every file in it and in its subfolders is "
                              "checked, and the Batch tab lists the results."));
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("clearToken"));
    clear->setAccessibleName(tr("Clear the token"));
    clear->setToolTip(tr("Empties the token field and the results below."));
    buttons->addWidget(open);
    buttons->addWidget(openMany);
    buttons->addWidget(openFolder);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    m_exportNote = new QLabel(this);
    m_exportNote->setObjectName(QStringLiteral("exportNote"));
    m_exportNote->setTextFormat(Qt::PlainText); // it names a file the person chose
    m_exportNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buttons->addWidget(m_exportNote);
    m_export = new QPushButton(tr("&Export report…"), this);
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_export->setAccessibleName(tr("Export a report of this token or batch as PDF, CSV or JSON"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Save what this tab shows as a PDF to file or print, a CSV "
                            "spreadsheet, or JSON (Ctrl+E)"));
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    layout->addLayout(buildOptions());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // messages may quote the token
    m_error->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);

    m_results = new InspectionView(this);
    m_batch = new BatchInspection(this);
    m_batchView = new BatchInspectionView(m_batch, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setAccessibleName(tr("One token or a batch"));
    m_tabs->addTab(m_results, tr("Token"));
    m_tabs->addTab(m_batchView, tr("Batch"));
    layout->addWidget(m_tabs, 1);
    connect(m_batchView, &BatchInspectionView::openRequested, this, [this](const QString &path) {
        m_tabs->setCurrentWidget(m_results);
        loadFile(path);
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_input, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        const QString text = m_input->toPlainText().trimmed();
        if (text.isEmpty()) {
            clearResults();
            return;
        }
        m_controller->inspect(text.toUtf8());
    });
    connect(open, &QPushButton::clicked, this, &InspectorPage::openFile);
    connect(openMany, &QPushButton::clicked, this, &InspectorPage::openFiles);
    connect(openFolder, &QPushButton::clicked, this, &InspectorPage::openFolder);
    connect(clear, &QPushButton::clicked, m_input, &QPlainTextEdit::clear);
    connect(m_export, &QPushButton::clicked, this, &InspectorPage::askExportReport);
    connect(m_controller, &InspectionController::inspected, this,
            [this](const Inspection &inspection) {
                m_error->clear();
                m_error->hide();
                m_results->showInspection(inspection);
                updateExport();
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, &InspectorPage::updateExport);
    connect(m_batch, &BatchInspection::finished, this, &InspectorPage::updateExport);
    connect(m_batch, &BatchInspection::progressed, this, &InspectorPage::updateExport);
    connect(m_controller, &InspectionController::failed, this, &InspectorPage::showError);
    connect(m_controller, &InspectionController::busyChanged, this, [this](bool busy) {
        if (busy)
            m_results->showStatus(tr("Checking…"));
        updateExport(); // a check under way has no report yet
    });
    clearResults();
}

QLayout *InspectorPage::buildOptions()
{
    auto *offline = new QCheckBox(tr("Offline"), this);
    offline->setObjectName(QStringLiteral("offlineBox"));
    offline->setAccessibleName(tr("Offline: contact no server, use caches"));
    offline->setToolTip(tr("DIDs and status lists come from caches, or their checks say they "
                           "cannot be verified."));
    m_atBox = new QCheckBox(tr("Check as of"), this);
    m_atBox->setObjectName(QStringLiteral("atBox"));
    m_atBox->setAccessibleName(tr("Check validity as of another date"));
    m_atBox->setToolTip(tr("When on, the token is checked as of the date and time beside this "
                           "box instead of now."));
    m_atEdit = new QDateTimeEdit(QDateTime::currentDateTimeUtc(), this);
    m_atEdit->setObjectName(QStringLiteral("atEdit"));
    m_atEdit->setAccessibleName(tr("The date and time to check validity at (UTC)"));
    m_atEdit->setAccessibleDescription(tr("Type or pick a date and time in UTC, as "
                                          "year-month-day hours:minutes. It applies while “Check "
                                          "as of” is on."));
    m_atEdit->setTimeSpec(Qt::UTC);
    m_atEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_atEdit->setCalendarPopup(true);
    m_atEdit->setEnabled(false);
    // Which trust list and caches a verdict rests on, named for the help desk.
    auto *sources = new QLabel(tr("Trust list: %1 · status lists and schemas cached in %2")
                                   .arg(QDir::toNativeSeparators(TrustList::defaultPath()),
                                        QDir::toNativeSeparators(DocumentCache::defaultFolder())),
                               this);
    sources->setObjectName(QStringLiteral("sourcesLabel"));
    sources->setTextFormat(Qt::PlainText);
    sources->setWordWrap(true);
    sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto apply = [this, offline] {
        m_atEdit->setEnabled(m_atBox->isChecked());
        m_controller->setOffline(offline->isChecked());
        m_controller->setEvaluationTime(m_atBox->isChecked() ? m_atEdit->dateTime() : QDateTime());
        if (!m_input->toPlainText().trimmed().isEmpty())
            m_debounce->start(); // the token again, under the new options
    };
    connect(offline, &QCheckBox::toggled, this, apply);
    connect(m_atBox, &QCheckBox::toggled, this, apply);
    connect(m_atEdit, &QDateTimeEdit::dateTimeChanged, this, apply);
    auto *row = new QHBoxLayout;
    row->addWidget(offline);
    row->addWidget(m_atBox);
    row->addWidget(m_atEdit);
    row->addWidget(sources, 1);
    return row;
}

void InspectorPage::setToken(const QString &text)
{
    m_input->setPlainText(text);
}

QString InspectorPage::verdictText() const
{
    return m_results->verdictText();
}

QString InspectorPage::errorText() const
{
    return m_error->text();
}

void InspectorPage::openFile()
{
    const QString path = FileDialog::openFileName(
        this, tr("Open a token"), tr("Tokens (*.jwt *.jws *.txt *.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void InspectorPage::openFiles()
{
    const QStringList paths = FileDialog::openFileNames(
        this, tr("Inspect token files"), tr("Tokens (*.jwt *.jws *.txt *.json);;All files (*)"));
    if (!paths.isEmpty())
        inspectBatch(paths);
}

void InspectorPage::openFolder()
{
    const QString folder = FileDialog::existingFolder(this, tr("Inspect every token in a folder"));
    if (!folder.isEmpty())
        inspectBatch({folder});
}

void InspectorPage::inspectBatch(const QStringList &inputs)
{
    m_tabs->setCurrentWidget(m_batchView);
    QStringList named;
    for (const QString &input : inputs)
        named << QDir::toNativeSeparators(input);
    m_batchContext = m_controller->context(named.join(QStringLiteral("; ")));
    // The folder is listed and the trust list read on the batch's worker, not here.
    m_batch->start(inputs, m_controller->optionsBuilder());
    updateExport();
}

QString InspectorPage::tokenInputName() const
{
    return !m_loadedPath.isEmpty() && m_input->toPlainText() == m_loadedText ? m_loadedPath
                                                                             : QString();
}

void InspectorPage::updateExport()
{
    const bool batchTab = m_tabs->currentWidget() == m_batchView;
    const bool ready = batchTab ? !m_batch->isRunning() && !m_batch->rows().isEmpty()
                                : m_controller->hasLastReport();
    m_export->setEnabled(ready && !m_exporting);
}

void InspectorPage::askExportReport()
{
    const bool batchTab = m_tabs->currentWidget() == m_batchView;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(batchTab ? tr("batch-report.pdf") : tr("inspection-report.pdf"));
    const QString path =
        FileDialog::saveFileName(this, tr("Export report"), suggested, ReportWriter::fileFilter());
    if (!path.isEmpty())
        exportReport(path);
}

void InspectorPage::exportReport(const QString &path)
{
    Activity<void> *activity = nullptr;
    if (m_tabs->currentWidget() == m_batchView) {
        activity = ReportWriter::writeBatch(*m_batch, m_batchContext, path, this);
    } else {
        auto report = m_controller->lastReport(tokenInputName());
        if (!report) {
            showError(tr("There is no inspected token to report on."));
            emit exportFinished(false);
            return;
        }
        activity = ReportWriter::writeInspection(std::move(*report), path, this);
    }
    m_exporting = true;
    updateExport();
    m_exportNote->setText(tr("Saving the report…"));
    connect(activity, &ActivityBase::finished, this, [this, activity, path] {
        activity->deleteLater();
        m_exporting = false;
        updateExport();
        const Status saved = activity->result();
        if (saved) {
            m_exportNote->setText(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
        } else {
            m_exportNote->clear();
            showError(tr("The report was not saved: %1 [%2]")
                          .arg(saved.error().message, saved.error().code));
        }
        emit exportFinished(bool(saved));
    });
}

QString InspectorPage::exportNote() const
{
    return m_exportNote->text();
}

int InspectorPage::currentTab() const
{
    return m_tabs->currentIndex();
}

void InspectorPage::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot open %1: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxFileBytes) {
        showError(tr("%1 is larger than 16 MiB; it is not a token.").arg(path));
        return;
    }
    m_loadedText = QString::fromUtf8(file.readAll());
    m_loadedPath = path;
    setToken(m_loadedText);
}

void InspectorPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void InspectorPage::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().first().isLocalFile())
        loadFile(mime->urls().first().toLocalFile());
    else if (mime->hasText())
        setToken(mime->text());
    event->acceptProposedAction();
}

void InspectorPage::showError(const QString &message)
{
    clearResults();
    m_error->setText(
        tr("This is not a token vcdesk can read: %1").arg(DisplayText::escape(message, 600)));
    m_error->show();
}

void InspectorPage::clearResults()
{
    m_results->clear();
    m_error->clear();
    m_error->hide();
    m_controller->clear();
    updateExport();
}

} // namespace vcdesk
