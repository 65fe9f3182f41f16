#include "ui/OffersPage.h"

#include "core/common/DisplayText.h"
#include "core/store/OfferStore.h"
#include "core/store/Wallet.h"
#include "models/OfferInbox.h"
#include "models/OfferListModel.h"
#include "models/ReadableName.h"
#include "models/StatusColour.h"
#include "models/WalletSession.h"
#include "ui/PageTitle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

bool isOpen(const QString &state)
{
    return state == QLatin1String("OfferReceived");
}

} // namespace

OffersPage::OffersPage(WalletSession &session, qint64 profileId, OfferInbox &inbox, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_inbox(inbox)
{
    setObjectName(QStringLiteral("offersPage"));
    m_model = session.offerModel(profileId, this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("inboxStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *refresh = new QPushButton(tr("Check &now"), this);
    refresh->setObjectName(QStringLiteral("refresh"));
    refresh->setAccessibleName(tr("Check the issuers for offers now"));
    refresh->setToolTip(tr("Your wallet asks your issuer agent accounts for new offers now "
                           "instead of at the next regular check. When it last checked shows "
                           "beside this button."));

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("offerList"));
    m_list->setAccessibleName(tr("Offers"));
    m_list->setAccessibleDescription(tr("The credentials issuers have offered you, with their "
                                        "state and when they last changed. Choose one to see "
                                        "what it holds and to accept or reject it."));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(OfferListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    // Rows arrive a page at a time: the state and date columns fit what has arrived.
    const auto fitColumns = [this] {
        m_list->resizeColumnToContents(OfferListModel::StateColumn);
        m_list->resizeColumnToContents(OfferListModel::UpdatedColumn);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, fitColumns);
    m_list->setWordWrap(false);
    m_list->setMaximumHeight(260);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("offerDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_accept = new QPushButton(tr("&Accept"), this);
    m_accept->setObjectName(QStringLiteral("accept"));
    m_accept->setAccessibleName(tr("Accept the offer: the issuer issues the credential"));
    m_accept->setToolTip(tr("Your wallet asks the issuer for the credential, then checks and "
                            "stores it; this may take a while. If it fails, nothing is stored "
                            "and the offer stays here."));
    m_reject = new QPushButton(tr("&Reject"), this);
    m_reject->setObjectName(QStringLiteral("reject"));
    m_reject->setAccessibleName(tr("Reject the offer"));
    m_reject->setToolTip(tr("Kept in your wallet as rejected. The issuer is not told: its "
                            "service has no way to hear a no."));
    auto *back = new QPushButton(tr("Back"), this);
    back->setObjectName(QStringLiteral("back"));
    back->setToolTip(tr("Returns to the list of credentials in your wallet."));
    back->setShortcut(QKeySequence::Back);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Offers"), this));
    layout->addLayout(statusRow);
    layout->addWidget(m_list);
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);

    connect(refresh, &QPushButton::clicked, &inbox, &OfferInbox::refresh);
    connect(&inbox, &OfferInbox::statusChanged, this, &OffersPage::showStatus);
    connect(&inbox, &OfferInbox::working, this, &OffersPage::busy);
    connect(back, &QPushButton::clicked, this, &OffersPage::back);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OffersPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OffersPage::showSelected);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (const StoredOffer *offer = m_model->offerAt(m_list->currentIndex().row())) {
            m_accept->setEnabled(false);
            m_reject->setEnabled(false);
            m_inbox.accept(offer->id);
        }
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (const StoredOffer *offer = m_model->offerAt(m_list->currentIndex().row()))
            m_inbox.reject(offer->id);
    });
    connect(&inbox, &OfferInbox::failed, this, [this] { showSelected(); });
    showStatus();
    showSelected();
}

void OffersPage::selectRow(int row)
{
    m_list->selectRow(row);
    m_list->setCurrentIndex(m_model->index(row, 0));
}

void OffersPage::showStatus()
{
    QString text;
    if (m_inbox.isPolling())
        text = tr("Checking the issuers for offers…");
    else if (!m_inbox.lastError().isEmpty())
        text = tr("Could not check every issuer: %1")
                   .arg(DisplayText::escape(m_inbox.lastError(), 600));
    else if (m_inbox.lastSuccess().isValid())
        text = tr("Checked at %1.")
                   .arg(QLocale().toString(m_inbox.lastSuccess().time(), QLocale::ShortFormat));
    else
        text = tr("Not checked yet.");
    m_status->setText(text);
    m_status->setStyleSheet(!m_inbox.isPolling() && !m_inbox.lastError().isEmpty()
                                ? StatusColour::textStyle(StatusColour::Tone::Problem, palette())
                                : QString());
}

void OffersPage::showSelected()
{
    const StoredOffer *offer = m_model->offerAt(m_list->currentIndex().row());
    m_accept->setEnabled(offer && isOpen(offer->state));
    m_reject->setEnabled(offer && isOpen(offer->state));
    if (!offer) {
        m_details->setText(m_model->rowCount() == 0
                               ? tr("No offers. When an issuer offers you a credential it "
                                    "appears here.")
                               : tr("Choose an offer to see what it holds."));
        return;
    }
    // The claims are sealed in the wallet: read on its thread, shown when they arrive (and
    // only if the selection is still the same).
    const quint64 ticket = ++m_showing;
    auto *reading = m_session.read<QPair<StoredOffer, QString>>(
        [id = offer->id](Wallet &wallet,
                         const ActivityBase::Context &) -> Result<QPair<StoredOffer, QString>> {
            auto opened = wallet.offers().open(id);
            if (!opened)
                return opened.error();
            auto account = wallet.accounts().list(opened->profileId);
            QString from;
            if (account)
                for (const Account &a : account.value())
                    if (a.id == opened->accountId)
                        from = a.name;
            return qMakePair(opened.value(), from);
        });
    connect(reading, &ActivityBase::finished, this, [this, reading, ticket] {
        reading->deleteLater();
        if (ticket != m_showing)
            return;
        if (!reading->result()) {
            m_details->setText(reading->result().error().message);
            return;
        }
        const auto &[opened, from] = reading->result().value();
        QStringList lines;
        lines << tr("From: %1").arg(DisplayText::escape(from, 200))
              << tr("State: %1").arg(OfferListModel::stateText(opened.state))
              << tr("What it holds:");
        for (auto it = opened.claims.constBegin(); it != opened.claims.constEnd(); ++it)
            lines << QStringLiteral("• ") +
                         tr("%1: %2").arg(
                             DisplayText::escape(ReadableName::of(it.key()), 120),
                             DisplayText::escape(ReadableName::ofValue(it.value()), 300));
        if (opened.state == OfferReceipt::kRejected)
            lines << tr("You rejected it; the issuer was not told.");
        m_details->setText(lines.join(QLatin1Char('\n')));
    });
}

} // namespace vcdesk
