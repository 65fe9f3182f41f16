#include "ui/SettingsPage.h"

#include "models/StatusColour.h"
#include "ui/PageTitle.h"

#include "core/common/Activity.h"
#include "models/LanguageChoice.h"
#include "models/TrustListModel.h"
#include "models/WalletSession.h"
#include "ui/AllowedContextsBox.h"
#include "ui/DocumentCacheBox.h"
#include "ui/FileDialog.h"
#include "ui/IdleLock.h"
#include "ui/KeysBox.h"
#include "ui/PlainLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace vcdesk {

SettingsPage::SettingsPage(IdleLock &idleLock, const QString &trustListPath, QWidget *parent,
                           const QString &cacheFolder)
    : QWidget(parent)
    , m_idleLock(idleLock)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_trust = new TrustListModel(trustListPath, this);

    auto *title = new PageTitle(tr("Settings"), this);

    // The groups grow (keys, trusted issuers): below the title they scroll as one.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("settingsContent"));
    auto *groups = new QVBoxLayout(content);
    groups->setContentsMargins(0, 0, 0, 0);
    // Made in the order they are shown: that is the order Tab goes through them.
    groups->addWidget(walletBox());
    m_keys = new KeysBox(content);
    groups->addWidget(m_keys);
    groups->addWidget(trustBox());
    m_cache = new DocumentCacheBox(cacheFolder, content);
    groups->addWidget(m_cache);
    m_contexts = new AllowedContextsBox(QString(), content);
    groups->addWidget(m_contexts);
    groups->addWidget(languageBox());
    groups->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);

    connect(m_keys, &KeysBox::busy, this, &SettingsPage::busy);
    connect(m_cache, &DocumentCacheBox::busy, this, &SettingsPage::busy);
    connect(m_contexts, &AllowedContextsBox::busy, this, &SettingsPage::busy);
    updateKeychain();
}

QWidget *SettingsPage::walletBox()
{
    auto *security = new QGroupBox(tr("Wallet"));
    auto *securityForm = new QFormLayout(security);
    m_autoLock = new QSpinBox(security);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setAccessibleName(tr("Lock the wallet after this many idle minutes"));
    m_autoLock->setAccessibleDescription(
        tr("Type or step a number from 1 to 240. When you have not used the keyboard or mouse "
           "in vcdesk for that long, your wallet locks."));
    m_autoLock->setRange(1, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setMaximumWidth(
        m_autoLock->fontMetrics().horizontalAdvance(QStringLiteral("0000 min")) + 40);
    m_autoLock->setValue(
        QSettings().value(QLatin1String(kAutoLockKey), kDefaultAutoLockMinutes).toInt());
    securityForm->addRow(tr("&Lock when idle for:"), m_autoLock);
    m_keychain = new QCheckBox(tr("Remember this wallet in the system &keychain"), security);
    m_keychain->setObjectName(QStringLiteral("keychainRemember"));
    m_keychain->setAccessibleName(tr("Remember this wallet in the system keychain"));
    m_keychain->setToolTip(tr("When checked, your wallet unlocks with your account's keychain "
                              "instead of the passphrase; unchecking asks the keychain to forget "
                              "it. Available while the wallet is unlocked."));
    auto *keychainHint = new PlainLabel(security, QStringLiteral("keychainHint"));
    keychainHint->setText(
        tr("Then it unlocks with the keychain of your account on this computer, without the "
           "passphrase. Keep the passphrase anyway: backups and other computers need it."));
    securityForm->addRow(m_keychain);
    securityForm->addRow(keychainHint);

    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(QLatin1String(kAutoLockKey), minutes);
        m_idleLock.setInterval(minutes * 60 * 1000);
    });
    // clicked, not toggled: only a person's click asks the keychain, never updateKeychain().
    connect(m_keychain, &QCheckBox::clicked, this, &SettingsPage::rememberInKeychain);
    return security;
}

QWidget *SettingsPage::trustBox()
{
    auto *trust = new QGroupBox(tr("Trusted issuers"));
    trust->setObjectName(QStringLiteral("trustBox"));
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
    m_table->setAccessibleDescription(
        tr("One row per issuer you trust: its DID or pattern, its name, and when it was added. "
           "Select a row to remove it."));
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
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 10);
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
    m_add->setToolTip(tr("Adds the DID or pattern and the name you typed, and saves the list. An "
                         "issuer already on the list takes the new name."));
    m_remove = new QPushButton(tr("&Remove"), trust);
    m_remove->setObjectName(QStringLiteral("trustRemove"));
    m_remove->setAccessibleName(tr("Remove the selected issuer from the trust list"));
    m_remove->setToolTip(tr("Takes effect at once, without asking. vcdesk stops naming that "
                            "issuer, and a verifier that requires a trust list no longer accepts "
                            "it."));
    m_problem = new QLabel(trust);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    m_problem->hide(); // shown with a sentence only
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_pattern, 2);
    entry->addWidget(m_name, 1);
    entry->addWidget(m_add);
    entry->addWidget(m_remove);
    trustLayout->addWidget(explain);
    trustLayout->addWidget(m_table, 1);
    trustLayout->addLayout(entry);
    trustLayout->addWidget(m_problem);
    trustLayout->addLayout(transferRow(trust));
    trustLayout->addWidget(m_transferMessage);

    const auto addEntry = [this] {
        m_problem->clear();
        m_problem->hide();
        emit busy(m_trust->add(m_pattern->text(), m_name->text()), tr("Saving the trust list…"));
    };
    connect(m_add, &QPushButton::clicked, this, addEntry);
    connect(m_name, &QLineEdit::returnPressed, this, addEntry);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return;
        m_problem->clear();
        m_problem->hide();
        emit busy(m_trust->remove(current.row()), tr("Saving the trust list…"));
    });
    connect(m_trust, &TrustListModel::saved, this, [this] {
        m_pattern->clear();
        m_name->clear();
    });
    connect(m_trust, &TrustListModel::failed, this, [this](const QString &message) {
        // An import or export that ended says so under its buttons (an edit still runs).
        if (m_transfer && !m_transfer->isRunning())
            return sayTransfer(m_transferFailure.arg(message), true);
        m_problem->setText(tr("The trust list is unchanged: %1").arg(message));
        m_problem->show();
    });
    return trust;
}

QLayout *SettingsPage::transferRow(QWidget *box)
{
    m_import = new QPushButton(tr("&Import…"), box);
    m_import->setObjectName(QStringLiteral("trustImport"));
    m_import->setAccessibleName(tr("Import issuers from a trust list file"));
    m_import->setToolTip(tr("Choose a JSON trust list file: its issuers are added to yours and "
                            "listed ones take its names; nothing is removed. A file with "
                            "anything wrong in it is refused whole."));
    m_export = new QPushButton(tr("&Export…"), box);
    m_export->setObjectName(QStringLiteral("trustExport"));
    m_export->setAccessibleName(tr("Export the trust list to a file"));
    m_export->setToolTip(tr("Saves your whole trust list as a JSON file where you choose; "
                            "another vcdesk can import it."));
    m_transferMessage = new PlainLabel(box, QStringLiteral("trustTransferMessage"));
    m_transferMessage->hide(); // shown with a sentence only
    const QString filter = tr("Trust lists (*.json);;All files (*)");
    connect(m_import, &QPushButton::clicked, this, [this, filter] {
        const QString path = FileDialog::openFileName(this, tr("Import a trust list"), filter);
        if (!path.isEmpty())
            startTransfer(m_trust->importFrom(path), tr("Importing the trust list…"),
                          tr("Nothing was imported: %1"));
    });
    connect(m_export, &QPushButton::clicked, this, [this, filter] {
        const QString path = FileDialog::saveFileName(
            this, tr("Export the trust list"),
            QDir::home().filePath(QStringLiteral("trust-list.json")), filter);
        if (!path.isEmpty())
            startTransfer(m_trust->exportTo(path), tr("Exporting the trust list…"),
                          tr("The trust list was not exported: %1"));
    });
    connect(m_trust, &TrustListModel::imported, this,
            [this](const QString &path, qsizetype count, qsizetype added, qsizetype renamed) {
                sayTransfer(
                    tr("Imported %n issuer(s) from %1: %2 new, %3 renamed.", nullptr, int(count))
                        .arg(QDir::toNativeSeparators(path), QString::number(added),
                             QString::number(renamed)),
                    false);
            });
    connect(m_trust, &TrustListModel::exported, this, [this](const QString &path, qsizetype count) {
        sayTransfer(tr("Exported %n issuer(s) to %1.", nullptr, int(count))
                        .arg(QDir::toNativeSeparators(path)),
                    false);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_import);
    row->addWidget(m_export);
    row->addStretch();
    return row;
}

void SettingsPage::startTransfer(ActivityBase *activity, const QString &what,
                                 const QString &failure)
{
    m_transfer = activity;
    m_transferFailure = failure;
    m_import->setEnabled(false); // one at a time
    m_export->setEnabled(false);
    sayTransfer(QString(), false);
    // After the model's own handler (connected first), which says how it went.
    connect(activity, &ActivityBase::finished, this, [this] {
        m_transfer = nullptr;
        m_import->setEnabled(true);
        m_export->setEnabled(true);
    });
    emit busy(activity, what);
}

void SettingsPage::sayTransfer(const QString &text, bool problem)
{
    m_transferMessage->setStyleSheet(
        problem ? StatusColour::textStyle(StatusColour::Tone::Problem, palette()) : QString());
    m_transferMessage->setText(text);
    m_transferMessage->setVisible(!text.isEmpty());
}

QString SettingsPage::transferMessage() const
{
    return m_transferMessage->text();
}

QWidget *SettingsPage::languageBox()
{
    auto *box = new QGroupBox(tr("Language"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // not a field to fill
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language of vcdesk"));
    m_language->setAccessibleDescription(
        tr("The language vcdesk shows its text in, from the next start. System default follows "
           "your computer's language."));
    m_language->addItem(tr("System default"), QString());
    for (const LanguageChoice::Language &language : LanguageChoice::available())
        m_language->addItem(language.name, language.code);
    const QString chosen = LanguageChoice::chosen();
    int current = m_language->findData(chosen);
    if (current < 0) { // chosen once, its translation since gone: still say what is set
        m_language->addItem(LanguageChoice::nameOf(chosen), chosen);
        current = m_language->count() - 1;
    }
    m_language->setCurrentIndex(current);
    auto *note = new PlainLabel(box, QStringLiteral("languageNote"));
    note->setText(tr("vcdesk speaks the language you choose the next time it starts."));
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(note);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { LanguageChoice::choose(m_language->currentData().toString()); });
    return box;
}

void SettingsPage::setWallet(WalletSession &session, qint64 profileId)
{
    if (m_session == &session && m_profileId == profileId)
        return;
    m_session = &session;
    m_profileId = profileId;
    m_keys->setWallet(session, profileId);
    for (auto signal : {&WalletSession::unlocked, &WalletSession::locked, &WalletSession::opened})
        connect(&session, signal, this, &SettingsPage::updateKeychain);
    updateKeychain();
}

void SettingsPage::rememberInKeychain(bool remember)
{
    if (!m_session || !m_session->isUnlocked())
        return updateKeychain();
    m_askingKeychain = true;
    updateKeychain();
    Activity<bool> *asking = m_session->rememberInKeychain(remember);
    // The session marks the wallet (or not) before this runs: updateKeychain() reads it back.
    // What happened, a failure too, the session says in the window's message bar: once.
    connect(asking, &ActivityBase::finished, this, [this] {
        m_askingKeychain = false;
        updateKeychain();
    });
    emit busy(asking, remember ? tr("Asking the system keychain to remember the wallet…")
                               : tr("Asking the system keychain to forget the wallet…"));
}

void SettingsPage::updateKeychain()
{
    const QSignalBlocker quiet(m_keychain);
    m_keychain->setChecked(m_session && m_session->isRememberedInKeychain());
    m_keychain->setEnabled(m_session && m_session->isUnlocked() && !m_askingKeychain);
}

QString SettingsPage::problem() const
{
    return m_problem->text();
}

void SettingsPage::showEvent(QShowEvent *event)
{
    // The list may have changed on disk (the command line, another vcdesk): read it again.
    emit busy(m_trust->load(), tr("Reading the trust list…"));
    // So may the keychain mark (a keychain that no longer held the key, at unlock).
    updateKeychain();
    QWidget::showEvent(event);
}

} // namespace vcdesk
