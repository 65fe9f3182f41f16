#include "ui/CredentialsPage.h"

#include "core/common/DisplayText.h"
#include "core/verify/VerdictText.h"
#include "models/CredentialFilterChoices.h"
#include "models/CredentialListModel.h"
#include "models/WalletSession.h"
#include "ui/CredentialCardDelegate.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <iterator>

namespace vcdesk {

namespace {

constexpr char kRevoked[] = "revoked"; // the status menu's "Revoked or suspended" entry

QComboBox *filterMenu(QWidget *parent, const char *name, const QString &accessibleName,
                      const QString &all, const QString &description)
{
    auto *menu = new QComboBox(parent);
    menu->setObjectName(QLatin1String(name));
    menu->setAccessibleName(accessibleName);
    menu->setAccessibleDescription(description);
    menu->addItem(all);
    // As wide as a short name, whatever the wallet holds; the open menu shows each in full.
    menu->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    menu->setMinimumContentsLength(12);
    return menu;
}

} // namespace

CredentialsPage::CredentialsPage(WalletSession &session, qint64 profileId, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("credentialsPage"));
    m_model = session.credentialModel(profileId, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by type, issuer, subject or tag"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search credentials"));
    // Filters: the first entry of each is "all", so each says what it does without a label.
    m_type = filterMenu(this, "typeFilter", tr("Show credentials of the type"), tr("All types"),
                        tr("Only the credentials of the type you choose are listed; the first "
                           "entry lists every type."));
    m_issuer = filterMenu(this, "issuerFilter", tr("Show credentials issued by"), tr("All issuers"),
                          tr("Only the credentials of the issuer you choose are listed. An issuer "
                             "reads as its trust-list name, otherwise as its DID."));
    m_tag = filterMenu(this, "tagFilter", tr("Show credentials tagged"), tr("All tags"),
                       tr("Only the credentials that carry the tag you choose are listed; the "
                          "first entry lists them all."));
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("verdictFilter"));
    m_verdict->setAccessibleName(tr("Show credentials that are"));
    m_verdict->setAccessibleDescription(
        tr("Only the credentials whose checks ended as you choose are listed, or only those "
           "revoked or suspended."));
    m_verdict->addItem(tr("Any status"));
    for (Verdict verdict : {Verdict::Valid, Verdict::Invalid, Verdict::Unverifiable})
        m_verdict->addItem(VerdictText::label(verdict), VerdictName::of(verdict));
    m_verdict->addItem(tr("Revoked or suspended"), QString::fromLatin1(kRevoked));
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->setAccessibleName(tr("Sort credentials by"));
    m_sort->setAccessibleDescription(tr("Orders the list by when each credential was added, by "
                                        "name, by issuer, or by when it expires."));
    m_sort->addItem(tr("Newest first"));
    m_sort->addItem(tr("Name A–Z"));
    m_sort->addItem(tr("Issuer A–Z"));
    m_sort->addItem(tr("Expiring soonest"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("credentialCount"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addCredential"));
    add->setAccessibleName(tr("Add a credential"));
    add->setToolTip(tr("Opens a page where you paste a credential or open its file; it is "
                       "checked before anything is stored in your wallet."));
    connect(add, &QPushButton::clicked, this, [this] { emit addRequested({}); });
    auto *offers = new QPushButton(tr("&Offers…"), this);
    offers->setObjectName(QStringLiteral("showOffers"));
    offers->setAccessibleName(tr("Offers from issuers"));
    offers->setToolTip(tr("Shows what issuers offer you through your accounts, where you can "
                          "accept or reject each offer."));
    connect(offers, &QPushButton::clicked, this, &CredentialsPage::offersRequested);
    auto *present = new QPushButton(tr("&Present…"), this);
    present->setObjectName(QStringLiteral("presentCredential"));
    present->setAccessibleName(tr("Present a credential to a verifier"));
    present->setToolTip(tr("Give vcdesk the verifier's link or QR code; you see what it asks for "
                           "and choose what to share before anything leaves your wallet."));
    connect(present, &QPushButton::clicked, this, &CredentialsPage::presentRequested);
    setAcceptDrops(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(add);
    bar->addWidget(offers);
    bar->addWidget(present);
    auto *filters = new QHBoxLayout;
    for (QComboBox *menu : {m_type, m_issuer, m_tag, m_verdict, m_sort})
        filters->addWidget(menu);
    filters->addStretch(1);
    filters->addWidget(m_count);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("credentialList"));
    m_view->setAccessibleName(tr("Credentials"));
    m_view->setAccessibleDescription(
        tr("One card for each credential in your wallet: its title, status, some of its claims, "
           "its issuer and until when it is valid. Press Enter on a card to open it."));
    m_view->setModel(m_model);
    m_view->setModelColumn(CredentialListModel::TitleColumn);
    m_view->setItemDelegate(new CredentialCardDelegate(*m_model, m_view));
    m_view->setUniformItemSizes(true); // cards are one height: no measuring 100,000 rows
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSpacing(2);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyText"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    // Typing waits for a pause before it asks the wallet again.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_typing, &QTimer::timeout, this, &CredentialsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *menu : {m_type, m_issuer, m_tag, m_verdict})
        connect(menu, &QComboBox::currentIndexChanged, this, &CredentialsPage::applyFilter);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &CredentialsPage::applySort);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit credentialActivated(m_model->data(index, CredentialListModel::IdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CredentialsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CredentialsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CredentialsPage::updateCount);
    m_choices = new CredentialFilterChoices(session, profileId, this);
    connect(m_choices, &CredentialFilterChoices::changed, this, &CredentialsPage::updateChoices);

    // Reading order: the search and the buttons beside it, then the filters, then the cards.
    QWidget *order[] = {m_search, add,   offers,    present, m_type,
                        m_issuer, m_tag, m_verdict, m_sort,  m_view};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    updateCount();
}

void CredentialsPage::updateChoices()
{
    bool changed = false;
    const auto refill = [&changed](QComboBox *menu,
                                   const QList<CredentialFilterChoices::Choice> &choices) {
        const QString picked = menu->currentData().toString();
        const QSignalBlocker quiet(menu);
        while (menu->count() > 1)
            menu->removeItem(1);
        int keep = 0;
        for (const CredentialFilterChoices::Choice &choice : choices) {
            menu->addItem(choice.label, choice.value);
            // The value itself (a type's full name, an issuer's DID), as text, not markup.
            menu->setItemData(menu->count() - 1, DisplayText::toolTip(choice.value),
                              Qt::ToolTipRole);
            if (!picked.isEmpty() && choice.value == picked)
                keep = menu->count() - 1;
        }
        menu->setCurrentIndex(keep);
        changed = changed || (keep == 0 && !picked.isEmpty());
    };
    refill(m_type, m_choices->types());
    refill(m_issuer, m_choices->issuers());
    refill(m_tag, m_choices->tags());
    if (changed)
        applyFilter();
}

void CredentialsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CredentialsPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        emit addRequested(urls.first().toLocalFile());
    event->acceptProposedAction();
}

void CredentialsPage::applyFilter()
{
    CredentialQuery filter = m_model->query();
    filter.text = m_search->text().trimmed();
    filter.type = m_type->currentData().toString();
    filter.issuer = m_issuer->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    const QString status = m_verdict->currentData().toString();
    filter.revokedOnly = status == QLatin1String(kRevoked);
    filter.verdict = VerdictName::parse(status); // none for "any" and for "revoked"
    m_model->setFilter(filter);
}

void CredentialsPage::applySort()
{
    switch (m_sort->currentIndex()) {
    case 1:
        m_model->sort(CredentialListModel::TitleColumn, Qt::AscendingOrder);
        break;
    case 2:
        m_model->sort(CredentialListModel::IssuerColumn, Qt::AscendingOrder);
        break;
    case 3:
        m_model->sort(CredentialListModel::ExpiresColumn, Qt::AscendingOrder);
        break;
    default:
        m_model->sort(CredentialListModel::VerdictColumn, Qt::DescendingOrder); // by added
        break;
    }
}

bool CredentialsPage::isFiltered() const
{
    if (!m_search->text().trimmed().isEmpty())
        return true;
    for (const QComboBox *menu : {m_type, m_issuer, m_tag, m_verdict})
        if (menu->currentIndex() > 0)
            return true;
    return false;
}

void CredentialsPage::updateCount()
{
    const qint64 matching = m_model->matchingCount();
    const bool filtered = isFiltered();
    m_count->setText(filtered ? tr("%n credential(s) match", nullptr, int(matching))
                              : tr("%n credential(s)", nullptr, int(matching)));
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(filtered ? tr("No credential matches.")
                              : tr("Your wallet holds no credentials yet. Add one with "
                                   "“Add…”, or drop a file here."));
}

} // namespace vcdesk
