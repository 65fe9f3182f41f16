#include "ui/AllowedContextsBox.h"

#include "core/common/ActivityBase.h"
#include "core/common/DisplayText.h"
#include "models/AllowedContextsModel.h"
#include "ui/MessageBox.h"
#include "ui/OutcomeLabel.h"
#include "ui/PlainLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vcdesk {

AllowedContextsBox::AllowedContextsBox(const QString &path, QWidget *parent)
    : QGroupBox(tr("JSON-LD contexts"), parent)
{
    setObjectName(QStringLiteral("allowedContextsBox"));
    m_model = new AllowedContextsModel(path, this);
    auto *intro = new PlainLabel(this, QStringLiteral("allowedContextsIntro"));
    intro->setText(
        tr("A JSON-LD credential says what its claims mean through contexts. vcdesk carries "
           "the W3C ones; a credential that needs another is \"cannot be verified\" until you "
           "allow it here. An allowed context is fetched once and then kept as it was; add "
           "#sha256= and its hash to the address to accept only that exact document."));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("allowedContexts"));
    m_table->setAccessibleName(tr("Allowed JSON-LD contexts"));
    m_table->setAccessibleDescription(
        tr("The contexts you allowed beyond the ones vcdesk carries, each with the SHA-256 it "
           "must have or a note that the first copy fetched is kept. Choose one to stop "
           "allowing it."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTextElideMode(Qt::ElideMiddle); // the tooltip has the whole address
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(AllowedContextsModel::UrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AllowedContextsModel::HashColumn, QHeaderView::ResizeToContents);
    m_table->setFixedHeight(header->sizeHint().height() +
                            4 * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth());

    m_entry = new QLineEdit(this);
    m_entry->setObjectName(QStringLiteral("allowedContextEntry"));
    m_entry->setAccessibleName(
        tr("Address of a context to allow, optionally #sha256= and its hash"));
    m_entry->setPlaceholderText(tr("https://example.org/credentials/v1"));
    m_entry->setMaxLength(2200);
    m_allow = new QPushButton(tr("A&llow"), this);
    m_allow->setObjectName(QStringLiteral("allowContext"));
    m_allow->setAccessibleName(tr("Allow the context at this address"));
    m_allow->setToolTip(tr("Adds the http(s) address you typed to the list, so credentials that "
                           "use this context can be checked. With #sha256= and its 64 hex "
                           "digits, only that exact document is accepted."));
    m_remove = new QPushButton(tr("Re&move…"), this);
    m_remove->setObjectName(QStringLiteral("removeContext"));
    m_remove->setAccessibleName(tr("Stop allowing the selected context"));
    m_remove->setToolTip(tr("After you confirm, the chosen context is taken off the list; "
                            "credentials that need it will say they cannot be verified."));
    m_message = new OutcomeLabel(this, QStringLiteral("allowedContextsMessage"),
                                 OutcomeLabel::HideWhenEmpty);

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_allow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addLayout(entryRow);
    layout->addWidget(m_message);

    const auto allow = [this] {
        if (!m_entry->text().trimmed().isEmpty())
            start(m_model->add(m_entry->text()), tr("Allowing the context…"));
    };
    connect(m_allow, &QPushButton::clicked, this, allow);
    connect(m_entry, &QLineEdit::returnPressed, this, allow);
    connect(m_entry, &QLineEdit::textChanged, this, &AllowedContextsBox::updateState);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        const QString url = m_model->urlAt(row);
        MessageBox::confirm(
            this, tr("Stop allowing a context"),
            tr("Stop allowing %1? Credentials that need it will say they cannot be verified.")
                .arg(DisplayText::escape(url, 200)),
            tr("Remove"), [this, row] { start(m_model->remove(row), tr("Removing…")); });
    });
    connect(m_model, &AllowedContextsModel::added, this, [this](const QString &url) {
        m_entry->clear();
        m_message->say(tr("Allowed %1.").arg(DisplayText::escape(url, 200)), false);
    });
    connect(m_model, &AllowedContextsModel::removed, this, [this](const QString &url) {
        m_message->say(tr("%1 is no longer allowed.").arg(DisplayText::escape(url, 200)), false);
    });
    connect(m_model, &AllowedContextsModel::loaded, this, [this] {
        m_message->say(m_model->rowCount() == 0
                           ? tr("No context is allowed beyond the ones vcdesk carries.")
                           : QString(),
                       false);
    });
    connect(m_model, &AllowedContextsModel::failed, this, [this](const QString &message) {
        m_message->say(DisplayText::escapeSentence(message, 400), true);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AllowedContextsBox::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AllowedContextsBox::updateState);
    m_message->say(QString(), false);
    updateState();
}

void AllowedContextsBox::start(ActivityBase *activity, const QString &what)
{
    m_working = activity;
    connect(activity, &ActivityBase::finished, this, &AllowedContextsBox::updateState);
    updateState();
    emit busy(activity, what);
}

QString AllowedContextsBox::message() const
{
    return m_message->text();
}

int AllowedContextsBox::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AllowedContextsBox::updateState()
{
    const bool idle = !m_working || !m_working->isRunning();
    m_allow->setEnabled(idle && !m_entry->text().trimmed().isEmpty());
    m_remove->setEnabled(idle && selectedRow() >= 0);
}

void AllowedContextsBox::showEvent(QShowEvent *event)
{
    if (!m_working || !m_working->isRunning())
        start(m_model->load(), tr("Reading the allowed contexts…"));
    QGroupBox::showEvent(event);
}

} // namespace vcdesk
