#include "ui/InspectionView.h"

#include "core/common/DisplayText.h"
#include "core/verify/InspectionSummary.h"
#include "core/verify/VerdictText.h"
#include "models/CheckListModel.h"
#include "models/JsonTreeModel.h"
#include "ui/CanonicalFormView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
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

InspectionView::InspectionView(QWidget *parent)
    : QWidget(parent)
{
    m_checkModel = new CheckListModel(this);
    m_claimsModel = new JsonTreeModel(this);
    m_payloadModel = new JsonTreeModel(this);
    m_headerModel = new JsonTreeModel(this);
    m_nestedModel = new JsonTreeModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *verdictRow = new QHBoxLayout;
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictBadge"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText); // built from escaped pieces only
    verdictRow->addWidget(m_verdict);
    verdictRow->addWidget(m_summary, 1);
    layout->addLayout(verdictRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_checks = new QTableView(splitter);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setAccessibleName(tr("Checks"));
    m_checks->setAccessibleDescription(tr("Each check made on the token, with its result and the "
                                          "reason. Together they give the verdict shown above."));
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
    m_parts->setObjectName(QStringLiteral("inspectionParts"));
    m_claimsView = makeTree(m_claimsModel, m_parts);
    m_claimsView->setAccessibleName(tr("Claims"));
    m_claimsView->setAccessibleDescription(
        tr("What the credential says about its subject, as a tree of names and values."));
    m_parts->addTab(m_claimsView, tr("Claims"));
    m_payloadView = makeTree(m_payloadModel, m_parts);
    m_payloadView->setAccessibleName(tr("Payload"));
    m_payloadView->setAccessibleDescription(
        tr("Everything the token's body carries, decoded, as a tree of names and values."));
    m_headerView = makeTree(m_headerModel, m_parts);
    m_headerView->setAccessibleName(tr("Header"));
    m_headerView->setAccessibleDescription(
        tr("The signed token's header as a tree of names and values, such as its signing "
           "algorithm and key id; empty for a token without one."));
    m_parts->addTab(m_payloadView, tr("Payload"));
    m_parts->addTab(m_headerView, tr("Header"));
    m_nestedView = makeTree(m_nestedModel, m_parts);
    m_nestedView->setAccessibleName(tr("Embedded credentials"));
    m_nestedView->setAccessibleDescription(
        tr("The credentials this token carries, such as those in a presentation, each inspected "
           "on its own and shown as a tree."));
    m_parts->addTab(m_nestedView, tr("Embedded"));
    m_canonicalForm = new CanonicalFormView(m_parts);
    m_parts->addTab(m_canonicalForm, tr("Signed form"));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    clear();
}

void InspectionView::showInspection(const Inspection &inspection)
{
    const Verdict verdict = inspection.report.verdict();
    // A symbol and a word, so the verdict never rests on the badge's colour alone.
    m_verdictWord = VerdictText::headline(verdict);
    m_verdict->setText(VerdictText::symbol(verdict) + QLatin1Char(' ') + m_verdictWord);
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
        case InspectionSummary::Field::Subject: {
            // The first subject, and how many others: the claims tab lists them all.
            const QStringList about =
                InspectionSummary::subjects(inspection, InspectionSummary::kMaxSubjects + 1);
            const QString first = tr("%1 %2").arg(safe(line.label), safe(about.value(0), 56));
            const int others = int(about.size()) - 1;
            if (others <= 0)
                summary << first;
            else if (about.size() > InspectionSummary::kMaxSubjects)
                summary << tr("%1 and %n+ more", nullptr, others).arg(first);
            else
                summary << tr("%1 and %n more", nullptr, others).arg(first);
            break;
        }
        case InspectionSummary::Field::Validity:
        case InspectionSummary::Field::SignedBy:
            break; // in the checks and the header below: the line stays short
        }
    }
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    m_checkModel->setReport(inspection.report);
    m_checks->resizeRowsToContents();
    m_claimsModel->setJson(inspection.claims);
    m_payloadModel->setJson(inspection.payload.toValue());
    m_headerModel->setJson(inspection.header);
    m_nestedModel->setJson(inspection.toJson().value(QStringLiteral("nested")));
    m_parts->setTabText(m_parts->indexOf(m_nestedView),
                        tr("Embedded (%1)").arg(inspection.nested.size()));
    // Only where it was made: the inspector asks for it, a batch or the wallet's list does not.
    m_canonicalForm->show(inspection.canonicalForm);
    m_parts->setTabVisible(m_parts->indexOf(m_canonicalForm), inspection.canonicalForm.has_value());
    m_claimsView->expandAll();
    // A wrapper or a plain token has no claims of its own: open on what it has.
    m_parts->setCurrentWidget(inspection.claims.isUndefined() || inspection.claims.isNull()
                                  ? m_payloadView
                                  : m_claimsView);
    m_payloadView->expandToDepth(1);
    m_headerView->expandAll();
}

void InspectionView::showStatus(const QString &text)
{
    clear();
    m_summary->setText(text.toHtmlEscaped());
}

void InspectionView::clear()
{
    m_verdict->clear();
    m_verdictWord.clear();
    m_verdict->hide();
    m_summary->setText(tr("Nothing inspected yet."));
    m_checkModel->clear();
    m_claimsModel->clear();
    m_payloadModel->clear();
    m_headerModel->clear();
    m_nestedModel->clear();
    m_canonicalForm->clear();
    m_parts->setTabVisible(m_parts->indexOf(m_canonicalForm), false);
}

void InspectionView::addTab(QWidget *page, const QString &title)
{
    m_parts->addTab(page, title);
}

QString InspectionView::verdictText() const
{
    return m_verdictWord;
}

QString InspectionView::summaryText() const
{
    return m_summary->text();
}

} // namespace vcdesk
