#include "ui/SettingsPage.h"

#include "ui/PageTitle.h"

#include "models/TrustListModel.h"
#include "ui/IdleLock.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace vcdesk {

SettingsPage::SettingsPage(IdleLock &idleLock, const QString &trustListPath, QWidget *parent)
    : QWidget(parent)
    , m_idleLock(idleLock)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_trust = new TrustListModel(trustListPath, this);

    auto *title = new PageTitle(tr("Settings"), this);

    auto *security = new QGroupBox(tr("Wallet"), this);
    auto *securityForm = new QFormLayout(security);
    m_autoLock = new QSpinBox(security);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setAccessibleName(tr("Lock the wallet after this many idle minutes"));
    m_autoLock->setRange(1, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setMaximumWidth(
        m_autoLock->fontMetrics().horizontalAdvance(QStringLiteral("0000 min")) + 40);
    m_autoLock->setValue(
        QSettings().value(QLatin1String(kAutoLockKey), kDefaultAutoLockMinutes).toInt());
    securityForm->addRow(tr("&Lock when idle for:"), m_autoLock);

    auto *trust = new QGroupBox(tr("Trusted issuers"), this);
    auto *trustLayout = new QVBoxLayout(trust);
    auto *explain = new QLabel(
        tr("Issuers you trust, by DID or by a pattern such as did:web:example.com* (the DID and "
           "everything under it). vcdesk shows their names next to their credentials; a "
           "verifier that requires a trust list accepts only these."),
        trust);
    explain->setWordWrap(true);
    m_table = new QTableView(trust);
    m_table->setObjectName(QStringLiteral("trustList"));
    m_table->setAccessibleName(tr("Trusted issuers"));
    m_table->setModel(m_trust);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TrustListModel::PatternColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TrustListModel::NameColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TrustListModel::AddedColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_pattern = new QLineEdit(trust);
    m_pattern->setObjectName(QStringLiteral("trustPattern"));
    m_pattern->setPlaceholderText(tr("did:web:issuer.example or did:web:issuer.example*"));
    m_pattern->setAccessibleName(tr("Issuer DID or pattern"));
    m_name = new QLineEdit(trust);
    m_name->setObjectName(QStringLiteral("trustName"));
    m_name->setPlaceholderText(tr("Its name"));
    m_name->setAccessibleName(tr("Issuer name"));
    m_add = new QPushButton(tr("&Trust"), trust);
    m_add->setObjectName(QStringLiteral("trustAdd"));
    m_add->setAccessibleName(tr("Add the issuer to the trust list"));
    m_remove = new QPushButton(tr("&Remove"), trust);
    m_remove->setObjectName(QStringLiteral("trustRemove"));
    m_remove->setAccessibleName(tr("Remove the selected issuer from the trust list"));
    m_problem = new QLabel(trust);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_pattern, 2);
    entry->addWidget(m_name, 1);
    entry->addWidget(m_add);
    entry->addWidget(m_remove);
    trustLayout->addWidget(explain);
    trustLayout->addWidget(m_table, 1);
    trustLayout->addLayout(entry);
    trustLayout->addWidget(m_problem);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(security);
    layout->addWidget(trust, 1);

    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(QLatin1String(kAutoLockKey), minutes);
        m_idleLock.setInterval(minutes * 60 * 1000);
    });
    const auto addEntry = [this] {
        m_problem->clear();
        emit busy(m_trust->add(m_pattern->text(), m_name->text()), tr("Saving the trust list…"));
    };
    connect(m_add, &QPushButton::clicked, this, addEntry);
    connect(m_name, &QLineEdit::returnPressed, this, addEntry);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return;
        m_problem->clear();
        emit busy(m_trust->remove(current.row()), tr("Saving the trust list…"));
    });
    connect(m_trust, &TrustListModel::saved, this, [this] {
        m_pattern->clear();
        m_name->clear();
    });
    connect(m_trust, &TrustListModel::failed, this, [this](const QString &message) {
        m_problem->setText(tr("The trust list is unchanged: %1").arg(message));
    });
}

QString SettingsPage::problem() const
{
    return m_problem->text();
}

void SettingsPage::showEvent(QShowEvent *event)
{
    // The list may have changed on disk (the command line, another vcdesk): read it again.
    emit busy(m_trust->load(), tr("Reading the trust list…"));
    QWidget::showEvent(event);
}

} // namespace vcdesk
