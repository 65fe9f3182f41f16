#include "ui/InspectorPage.h"

#include "core/common/DisplayText.h"
#include "core/verify/InspectionSummary.h"
#include "core/verify/VerdictText.h"
#include "models/CheckListModel.h"
#include "models/InspectionController.h"
#include "models/JsonTreeModel.h"
#include "ui/FileDialog.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

QString badgeStyle(const QString &background)
{
    return QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                          "border-radius: 4px; padding: 4px 10px; }")
        .arg(background);
}

QTreeView *makeTree(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

InspectorPage::InspectorPage(InspectionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setAcceptDrops(true);
    m_checkModel = new CheckListModel(this);
    m_claimsModel = new JsonTreeModel(this);
    m_payloadModel = new JsonTreeModel(this);
    m_headerModel = new JsonTreeModel(this);
    m_nestedModel = new JsonTreeModel(this);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Inspect a credential or token</h2>"), this);
    layout->addWidget(title);

    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("tokenInput"));
    m_input->setPlaceholderText(tr("Paste a signed token (JWT / JWS) here, drop a file on this "
                                   "window, or open one."));
    m_input->setMaximumHeight(110);
    m_input->setAcceptDrops(false); // the page handles drops, files included
    layout->addWidget(m_input);

    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open file…"), this);
    open->setObjectName(QStringLiteral("openFile"));
    open->setAccessibleName(tr("Open a token from a file"));
    auto *clear = new QPushButton(tr("Clear"), this);
    buttons->addWidget(open);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *verdictRow = new QHBoxLayout;
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictBadge"));
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText); // built from escaped pieces only
    verdictRow->addWidget(m_verdict);
    verdictRow->addWidget(m_summary, 1);
    layout->addLayout(verdictRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // messages may quote the token
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b31d1d; }"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_checks = new QTableView(splitter);
    m_checks->setModel(m_checkModel);
    m_checks->setWordWrap(true);
    m_checks->verticalHeader()->hide();
    m_checks->horizontalHeader()->setSectionResizeMode(CheckListModel::NameColumn,
                                                       QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setSectionResizeMode(CheckListModel::ResultColumn,
                                                       QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setStretchLastSection(true);
    m_checks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parts = new QTabWidget(splitter);
    m_claimsView = makeTree(m_claimsModel, m_parts);
    m_parts->addTab(m_claimsView, tr("Claims"));
    m_payloadView = makeTree(m_payloadModel, m_parts);
    m_headerView = makeTree(m_headerModel, m_parts);
    m_parts->addTab(m_payloadView, tr("Payload"));
    m_parts->addTab(m_headerView, tr("Header"));
    m_nestedView = makeTree(m_nestedModel, m_parts);
    m_parts->addTab(m_nestedView, tr("Embedded"));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

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
    connect(clear, &QPushButton::clicked, m_input, &QPlainTextEdit::clear);
    connect(m_controller, &InspectionController::inspected, this, &InspectorPage::showInspection);
    connect(m_controller, &InspectionController::failed, this, &InspectorPage::showError);
    connect(m_controller, &InspectionController::busyChanged, this, [this](bool busy) {
        if (busy)
            m_summary->setText(tr("Checking…"));
    });
    clearResults();
}

void InspectorPage::setToken(const QString &text)
{
    m_input->setPlainText(text);
}

QString InspectorPage::verdictText() const
{
    return m_verdict->text();
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
    setToken(QString::fromUtf8(file.readAll()));
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

void InspectorPage::showInspection(const Inspection &inspection)
{
    m_error->clear();
    m_error->hide();
    const Verdict verdict = inspection.report.verdict();
    m_verdict->setText(VerdictText::headline(verdict));
    m_verdict->setToolTip(VerdictText::meaning(verdict));
    m_verdict->setStyleSheet(badgeStyle(VerdictText::colour(verdict)));
    m_verdict->show();
    // The same lines the command line prints (InspectionSummary). Every value comes from the
    // token: escaped for the screen, then for the rich text.
    auto safe = [](const QString &text, qsizetype max = -1) {
        return DisplayText::escape(text, max).toHtmlEscaped();
    };
    QStringList summary;
    for (const InspectionSummary::Line &line : InspectionSummary::of(inspection)) {
        switch (line.field) {
        case InspectionSummary::Field::Format:
            summary << QStringLiteral("<b>%1</b>").arg(safe(line.value, 40));
            break;
        case InspectionSummary::Field::Algorithm:
        case InspectionSummary::Field::Types:
        case InspectionSummary::Field::Embedded:
            summary << safe(line.value, 120);
            break;
        case InspectionSummary::Field::Signer:
            summary << (line.note.isEmpty()
                            ? tr("%1 %2").arg(safe(line.label), safe(line.value, 56))
                            : tr("%1 <b>%2</b> (%3)")
                                  .arg(safe(line.label), safe(line.note, 80),
                                       safe(line.value, 56)));
            break;
        case InspectionSummary::Field::Subject:
            summary << tr("%1 %2").arg(safe(line.label), safe(line.value, 56));
            break;
        case InspectionSummary::Field::Validity:
        case InspectionSummary::Field::SignedBy:
            break; // in the checks and the header below: the line stays short
        }
    }
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    m_checkModel->setReport(inspection.report);
    m_checks->resizeRowsToContents();
    m_claimsModel->setJson(inspection.claims);
    m_payloadModel->setJson(inspection.payload);
    m_headerModel->setJson(inspection.header);
    m_nestedModel->setJson(inspection.toJson().value(QStringLiteral("nested")));
    m_parts->setTabText(m_parts->indexOf(m_nestedView),
                        tr("Embedded (%1)").arg(inspection.nested.size()));
    m_claimsView->expandAll();
    // A wrapper or a plain token has no claims of its own: open on what it has.
    m_parts->setCurrentWidget(inspection.claims.isUndefined() || inspection.claims.isNull()
                                  ? m_payloadView
                                  : m_claimsView);
    m_payloadView->expandToDepth(1);
    m_headerView->expandAll();
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
    m_verdict->clear();
    m_verdict->hide();
    m_summary->setText(tr("Nothing inspected yet."));
    m_error->clear();
    m_error->hide();
    m_checkModel->clear();
    m_claimsModel->clear();
    m_payloadModel->clear();
    m_headerModel->clear();
    m_nestedModel->clear();
}

} // namespace vcdesk
