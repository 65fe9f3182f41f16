#include "ui/HistoryPage.h"

#include "core/common/DisplayText.h"
#include "core/store/Wallet.h"
#include "models/PresentationHistoryModel.h"
#include "models/ReadableName.h"
#include "models/WalletSession.h"
#include "ui/MessageBox.h"
#include "ui/PageTitle.h"
#include "ui/PlainLabel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vcdesk {

HistoryPage::HistoryPage(WalletSession &session, qint64 profileId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_profileId(profileId)
{
    setObjectName(QStringLiteral("historyPage"));
    m_model = new PresentationHistoryModel(session, profileId, this);
    for (auto signal : {&WalletSession::changed, &WalletSession::unlocked, &WalletSession::locked})
        connect(&session, signal, m_model, &PresentationHistoryModel::reload);

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Presentations, newest first"));
    m_list->setAccessibleDescription(
        tr("Each row says when you answered a verifier, to whom, the outcome and what left your "
           "wallet. Choose one to read it in full below."));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(PresentationHistoryModel::SharedColumn,
                                                     QHeaderView::Stretch);
    const auto fitColumns = [this] {
        for (int column :
             {PresentationHistoryModel::TimeColumn, PresentationHistoryModel::OutcomeColumn})
            m_list->resizeColumnToContents(column);
        // A verifier's name can be long: fitted, but at most about 40 characters wide.
        m_list->resizeColumnToContents(PresentationHistoryModel::VerifierColumn);
        const int widest = fontMetrics().averageCharWidth() * 40;
        if (m_list->columnWidth(PresentationHistoryModel::VerifierColumn) > widest)
            m_list->setColumnWidth(PresentationHistoryModel::VerifierColumn, widest);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, fitColumns);

    m_details = new PlainLabel(this, QStringLiteral("historyDetails"));
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *back = new QPushButton(tr("Back"), this);
    back->setObjectName(QStringLiteral("back"));
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("You return to your credentials; the history stays as it is."));
    m_clear = new QPushButton(tr("C&lear history…"), this);
    m_clear->setObjectName(QStringLiteral("clearHistory"));
    m_clear->setAccessibleName(tr("Clear the presentation history"));
    m_clear->setToolTip(tr("Removes this list from your wallet. Verifiers keep what they "
                           "received."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Presentation history"), this));
    layout->addWidget(m_list, 2);
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);

    connect(back, &QPushButton::clicked, this, &HistoryPage::back);
    connect(m_clear, &QPushButton::clicked, this, &HistoryPage::clear);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::showSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPage::showSelected);
    showSelected();
}

void HistoryPage::selectRow(int row)
{
    m_list->selectRow(row);
    m_list->setCurrentIndex(m_model->index(row, 0));
}

void HistoryPage::showEvent(QShowEvent *event)
{
    // Presentations are written by the presentation flow, not through a session write: read
    // the list again whenever the page comes up.
    m_model->reload();
    QWidget::showEvent(event);
}

void HistoryPage::showSelected()
{
    m_clear->setEnabled(m_session.isUnlocked() && m_model->rowCount() > 0);
    const PresentationRecord *record = m_model->recordAt(m_list->currentIndex().row());
    if (!record) {
        m_details->setText(m_model->rowCount() == 0
                               ? tr("No presentations yet. When you answer a verifier, what you "
                                    "shared is listed here.")
                               : tr("Choose a presentation to see it in full."));
        return;
    }
    QStringList lines;
    lines << tr("%1, %2").arg(
        PresentationHistoryModel::outcomeText(record->outcome),
        QLocale().toString(QDateTime::fromSecsSinceEpoch(record->at), QLocale::LongFormat));
    lines << tr("To: %1").arg(PresentationHistoryModel::verifierText(*record));
    lines << tr("Client id: %1").arg(DisplayText::escape(record->clientId, 300));
    lines << (record->authenticatedBy.isEmpty()
                  ? tr("Not authenticated: anyone could have made this request.")
                  : tr("Checked: %1").arg(DisplayText::escape(record->authenticatedBy, 300)));
    if (!record->purpose.isEmpty())
        lines << tr("Why: %1").arg(DisplayText::escape(record->purpose, 500));
    if (!record->reason.isEmpty())
        lines << tr("Reason: %1").arg(DisplayText::escape(record->reason, 500));
    if (record->disclosed.isEmpty()) {
        lines << tr("Nothing left your wallet.");
    } else {
        lines << tr("What left your wallet:");
        for (const QJsonValue &value : record->disclosed) {
            const QJsonObject entry = value.toObject();
            const QString credential = DisplayText::escape(
                ReadableName::of(entry.value(QLatin1String("credential")).toString()), 120);
            if (entry.value(QLatin1String("whole")).toBool()) {
                lines << QStringLiteral("• ") + tr("%1: the whole credential").arg(credential);
                continue;
            }
            QStringList claims;
            for (const QJsonValue &claim : entry.value(QLatin1String("claims")).toArray())
                claims << DisplayText::escape(ReadableName::ofPath(claim.toString()), 120);
            lines << QStringLiteral("• ") +
                         tr("%1: %2").arg(credential, claims.join(QStringLiteral(", ")));
        }
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void HistoryPage::clear()
{
    MessageBox::confirm(
        this, tr("Clear the history"),
        tr("Remove every presentation from this list? Verifiers keep what they "
           "received; only your record of it goes."),
        tr("Clear"), [this] {
            auto *clearing = m_session.write<qint64>(
                [profileId = m_profileId](Wallet &wallet, const ActivityBase::Context &) {
                    return wallet.presentations().clear(profileId);
                });
            emit busy(clearing, tr("Clearing the history…"));
        });
}

} // namespace vcdesk
