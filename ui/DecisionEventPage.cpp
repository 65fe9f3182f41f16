#include "ui/DecisionEventPage.h"

#include "core/codec/StrictJson.h"
#include "core/common/Activity.h"
#include "core/common/BoundedRead.h"
#include "core/common/DisplayText.h"
#include "core/credential/Envelope.h"
#include "core/verify/EnvelopeCheck.h"
#include "models/MandateDataModel.h"
#include "ui/FileDialog.h"
#include "ui/PageTitle.h"
#include "ui/PlainLabel.h"

#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

QString field(const QJsonObject &json, const char *name)
{
    const QString text = json.value(QLatin1String(name)).toString();
    return text.isEmpty() ? DecisionEventPage::tr("(none)") : DisplayText::escape(text, 120);
}

QString outcomeWord(CheckResult::Outcome outcome)
{
    switch (outcome) {
    case CheckResult::Outcome::Pass:
        return DecisionEventPage::tr("✓ passed");
    case CheckResult::Outcome::Fail:
        return DecisionEventPage::tr("✗ failed");
    case CheckResult::Outcome::Unknown:
        return DecisionEventPage::tr("? not checked");
    }
    return {};
}

} // namespace

DecisionEventPage::DecisionEventPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("decisionEventPage"));
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("decisionInput"));
    m_input->setAccessibleName(tr("The decision event as JSON"));
    m_input->setPlaceholderText(tr("Paste a credential decision event ({\"eventType\": "
                                   "\"credential\", …}) or open a file."));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(120);
    m_input->setAccessibleDescription(
        tr("Paste a credential decision event of up to 1 MiB. It is read when you pause typing; "
           "the decision, its checks and the mandate data show below."));
    auto *open = new QPushButton(tr("&Open file…"), this);
    open->setObjectName(QStringLiteral("openDecision"));
    open->setAccessibleName(tr("Open a decision event file"));
    open->setToolTip(tr("Choose a JSON file of up to 1 MiB; its text replaces what is in the box "
                        "and is read at once."));
    m_decision = new PlainLabel(this, QStringLiteral("decisionSummary"));
    m_decision->setAccessibleName(tr("The decision"));
    m_checks = new PlainLabel(this, QStringLiteral("decisionChecks"));
    m_checks->setAccessibleName(tr("The event's checks"));
    m_model = new MandateDataModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("mandateData"));
    m_table->setAccessibleName(tr("Mandate data, each hash checked"));
    m_table->setAccessibleDescription(
        tr("One row for each item of the event's mandate data, nested fields indented: its "
           "label, type, value, and whether its hash matches the value. A hidden item's value "
           "is not shown, only checked."));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MandateDataModel::ValueColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(MandateDataModel::LabelColumn, 220);
    m_table->setColumnWidth(MandateDataModel::HashColumn, 220);
    m_inspect = new QPushButton(tr("&Inspect the credential"), this);
    m_inspect->setObjectName(QStringLiteral("inspectDecision"));
    m_inspect->setAccessibleName(tr("Inspect the event's credential in the inspector"));
    m_inspect->setToolTip(tr("Takes this event to the Inspect section, which checks the "
                             "credential it carries and shows the report."));
    m_inspect->setEnabled(false);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(open, 0, Qt::AlignTop);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_inspect);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Decision events"), this));
    layout->addLayout(inputRow);
    layout->addWidget(m_decision);
    layout->addWidget(m_checks);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    // Typing is read once it pauses: an event (up to 1 MiB, its hashes) is not parsed again
    // for every key.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &DecisionEventPage::read);
    connect(m_input, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Open a decision event"),
                                                      tr("JSON (*.json);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_inspect, &QPushButton::clicked, this,
            [this] { emit inspectRequested(m_input->toPlainText()); });
    read();
}

void DecisionEventPage::setText(const QString &text)
{
    m_input->setPlainText(text);
    m_debounce->stop();
    read();
}

void DecisionEventPage::openFile(const QString &path)
{
    auto *reading = new Activity<QByteArray>(this);
    connect(reading, &ActivityBase::finished, this, [this, reading, path] {
        reading->deleteLater();
        const auto bytes = reading->result();
        if (!bytes)
            return showProblem(bytes.error().message);
        setText(QString::fromUtf8(bytes.value()));
    });
    reading->start([path](const ActivityBase::Context &) -> Result<QByteArray> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("decision.unreadable"),
                         tr("%1 cannot be read: %2").arg(path, file.errorString())};
        if (file.size() > kMaxBytes)
            return Error{QStringLiteral("decision.too_large"),
                         tr("%1 is larger than a decision event can be (1 MiB)").arg(path)};
        return BoundedRead::upTo(file, kMaxBytes).left(kMaxBytes);
    });
    emit busy(reading, tr("Reading the event…"));
}

void DecisionEventPage::showProblem(const QString &sentence)
{
    m_model->setData({});
    m_inspect->setEnabled(false);
    m_checks->clear();
    m_decision->setText(sentence);
}

void DecisionEventPage::read()
{
    const QByteArray text = m_input->toPlainText().trimmed().toUtf8();
    if (text.isEmpty())
        return showProblem(tr("No event yet."));
    if (text.size() > kMaxBytes)
        return showProblem(tr("This is larger than a decision event can be (1 MiB)."));
    auto json = StrictJson::parseObject(text);
    if (!json)
        return showProblem(
            tr("This is not JSON: %1").arg(DisplayText::escape(json.error().message, 200)));
    const auto envelope = EnvelopeReader::read(json.value());
    if (!envelope || envelope->kind != Envelope::Kind::DecisionEvent)
        return showProblem(tr("This is not a credential decision event (eventType "
                              "\"credential\" with a credential)."));
    const QJsonObject event = json.value();
    const QJsonObject user = event.value(QStringLiteral("user")).toObject();
    const QString action = event.value(QStringLiteral("action")).toString();
    const QString decision =
        action == QLatin1String("accept") ? tr("Accepted")
        : action == QLatin1String("reject")
            ? tr("Rejected")
            : tr("Unknown decision \"%1\"").arg(DisplayText::escape(action, 40));
    m_decision->setText(tr("%1 by %2 (%3) on %4.\nRequest %5 (internal %6), issuer %7.")
                            .arg(decision, field(user, "contact"), field(user, "did"),
                                 field(event, "decisionDate"), field(event, "requestId"),
                                 field(event, "internalId"), field(event, "issuerDid")));
    QStringList lines;
    for (const CheckResult &check : EnvelopeCheck::run(*envelope))
        lines << tr("%1 %2: %3")
                     .arg(outcomeWord(check.outcome), DisplayText::escape(check.name, 40),
                          DisplayText::escape(check.detail, 300));
    m_checks->setText(lines.join(QLatin1Char('\n')));
    m_model->setData(event.value(QStringLiteral("credential"))
                         .toObject()
                         .value(QStringLiteral("credentialSubject"))
                         .toObject()
                         .value(QStringLiteral("data"))
                         .toArray());
    m_inspect->setEnabled(true);
}

} // namespace vcdesk
