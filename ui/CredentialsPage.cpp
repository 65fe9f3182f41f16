#include "ui/CredentialsPage.h"

#include "core/verify/VerdictText.h"
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
#include <QTimer>
#include <QVBoxLayout>

namespace vcdesk {

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
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("verdictFilter"));
    m_verdict->setAccessibleName(tr("Show credentials that are"));
    m_verdict->addItem(tr("Any status"));
    for (Verdict verdict : {Verdict::Valid, Verdict::Invalid, Verdict::Unverifiable})
        m_verdict->addItem(VerdictText::label(verdict), int(verdict));
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->setAccessibleName(tr("Sort credentials by"));
    m_sort->addItem(tr("Newest first"));
    m_sort->addItem(tr("Name A–Z"));
    m_sort->addItem(tr("Issuer A–Z"));
    m_sort->addItem(tr("Expiring soonest"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("credentialCount"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addCredential"));
    add->setAccessibleName(tr("Add a credential"));
    connect(add, &QPushButton::clicked, this, [this] { emit addRequested({}); });
    auto *offers = new QPushButton(tr("&Offers…"), this);
    offers->setObjectName(QStringLiteral("showOffers"));
    offers->setAccessibleName(tr("Offers from issuers"));
    connect(offers, &QPushButton::clicked, this, &CredentialsPage::offersRequested);
    auto *present = new QPushButton(tr("&Present…"), this);
    present->setObjectName(QStringLiteral("presentCredential"));
    present->setAccessibleName(tr("Present a credential to a verifier"));
    connect(present, &QPushButton::clicked, this, &CredentialsPage::presentRequested);
    setAcceptDrops(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_verdict);
    bar->addWidget(m_sort);
    bar->addWidget(add);
    bar->addWidget(offers);
    bar->addWidget(present);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("credentialList"));
    m_view->setAccessibleName(tr("Credentials"));
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
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    // Typing waits for a pause before it asks the wallet again.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_typing, &QTimer::timeout, this, &CredentialsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_verdict, &QComboBox::currentIndexChanged, this, &CredentialsPage::applyFilter);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &CredentialsPage::applySort);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit credentialActivated(m_model->data(index, CredentialListModel::IdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CredentialsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CredentialsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CredentialsPage::updateCount);
    updateCount();
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
    const QVariant verdict = m_verdict->currentData();
    filter.verdict =
        verdict.isValid() ? std::optional<Verdict>(Verdict(verdict.toInt())) : std::nullopt;
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

void CredentialsPage::updateCount()
{
    const qint64 matching = m_model->matchingCount();
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_verdict->currentIndex() > 0;
    m_count->setText(filtered ? tr("%n credential(s) match", nullptr, int(matching))
                              : tr("%n credential(s)", nullptr, int(matching)));
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(filtered ? tr("No credential matches.")
                              : tr("Your wallet holds no credentials yet. Add one with "
                                   "\u201cAdd\u2026\u201d, or drop a file here."));
}

} // namespace vcdesk
