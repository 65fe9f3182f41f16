#include "ui/WelcomePage.h"

#include "core/common/DisplayText.h"
#include "models/WalletSession.h"
#include "ui/PageTitle.h"
#include "ui/PassphraseMeter.h"
#include "ui/RestoreForm.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace vcdesk {

namespace {

/// What connecting to the sandbox does beyond what the checkbox says.
QString sandboxHint()
{
    return WelcomePage::tr("vcdesk connects as soon as your wallet is made; you can also connect "
                           "later from the Wallet menu.");
}

} // namespace

WelcomePage::WelcomePage(WalletSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("welcomePage"));
    // A column of readable width, centred however wide the window is.
    auto *column = new QWidget(this);
    column->setMaximumWidth(720);
    auto *centring = new QHBoxLayout(this);
    centring->addStretch();
    centring->addWidget(column, 1);
    centring->addStretch();
    auto *outer = new QVBoxLayout(column);
    outer->setContentsMargins(24, 36, 24, 36);
    auto *title = new PageTitle(tr("Welcome to vcdesk"), this, 1.6);
    outer->addWidget(title);
    m_forms = new QStackedWidget(this);
    m_createForm = new QWidget(m_forms);
    m_createForm->setObjectName(QStringLiteral("createForm"));
    m_restoreForm = new RestoreForm(m_session, m_forms);
    m_forms->addWidget(m_createForm);
    m_forms->addWidget(m_restoreForm);
    outer->addWidget(m_forms);
    outer->addStretch();

    auto *createLayout = new QVBoxLayout(m_createForm);
    createLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(
        tr("vcdesk keeps your verifiable credentials in an encrypted wallet on this computer, "
           "and shows them only to whom you choose. Make your wallet with a passphrase: it "
           "encrypts everything in it, and nobody can recover it for you, so keep it safe."),
        m_createForm);
    intro->setWordWrap(true);
    createLayout->addWidget(intro);
    createLayout->addSpacing(12);

    auto *form = new QFormLayout;
    m_passphrase = new QLineEdit(m_createForm);
    m_passphrase->setObjectName(QStringLiteral("newPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_passphrase->setAccessibleDescription(
        tr("It encrypts everything in your wallet, and nobody can recover it for you. The meter "
           "below says whether it is strong enough."));
    m_repeat = new QLineEdit(m_createForm);
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the passphrase"));
    m_repeat->setAccessibleDescription(
        tr("Type the same passphrase again, so a typing mistake cannot lock you out. Press Enter "
           "to create your wallet."));
    m_meter = new PassphraseMeter(m_createForm);
    m_mismatch = new QLabel(m_createForm);
    m_mismatch->setObjectName(QStringLiteral("mismatch"));
    m_where = new QLabel(m_createForm);
    m_where->setObjectName(QStringLiteral("walletPath"));
    m_where->setTextFormat(Qt::PlainText);
    m_where->setWordWrap(true);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat it:"), m_repeat);
    form->addRow(QString(), m_mismatch);
    form->addRow(tr("Stored in:"), m_where);
    createLayout->addLayout(form);
    m_remember = new QCheckBox(tr("Re&member it in the system keychain (unlock without typing "
                                  "the passphrase on this computer)"),
                               m_createForm);
    m_remember->setObjectName(QStringLiteral("rememberInKeychain"));
    m_remember->setAccessibleName(tr("Remember the wallet in the system keychain"));
    m_remember->setToolTip(tr("Once your wallet is made, the system keychain is asked to keep its "
                              "key. Whoever can use your account on this computer may then "
                              "unlock the wallet without the passphrase."));
    createLayout->addWidget(m_remember);
    m_sandbox = new QCheckBox(m_createForm);
    m_sandbox->setObjectName(QStringLiteral("connectSandbox"));
    m_sandbox->setAccessibleName(tr("Connect to the local sandbox"));
    m_sandbox->setToolTip(sandboxHint());
    m_sandbox->setChecked(true);
    m_sandbox->hide();
    createLayout->addWidget(m_sandbox);

    m_restore = new QPushButton(tr("Restore from a &backup…"), m_createForm);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setAccessibleName(tr("Restore a wallet from a backup file"));
    m_restore->setToolTip(tr("Instead of a new, empty wallet, you make this one from a backup "
                             "file made by vcdesk. You need the backup's passphrase."));
    m_create = new QPushButton(tr("&Create my wallet"), m_createForm);
    m_create->setObjectName(QStringLiteral("createWallet"));
    m_create->setDefault(true);
    m_create->setAccessibleName(tr("Create my wallet"));
    m_create->setToolTip(tr("Makes your encrypted wallet in the file shown under Stored in. "
                            "Available once the passphrase is strong enough and typed the same "
                            "twice."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addStretch();
    buttons->addWidget(m_create);
    createLayout->addLayout(buttons);

    connect(m_passphrase, &QLineEdit::textChanged, this, &WelcomePage::updateState);
    connect(m_repeat, &QLineEdit::textChanged, this, &WelcomePage::updateState);
    connect(m_repeat, &QLineEdit::returnPressed, this, &WelcomePage::create);
    connect(m_create, &QPushButton::clicked, this, &WelcomePage::create);
    connect(m_restore, &QPushButton::clicked, this, [this] { showRestoreForm(true); });
    connect(m_restoreForm, &RestoreForm::back, this, [this] { showRestoreForm(false); });
    connect(m_restoreForm, &RestoreForm::started, this, &WelcomePage::follow);
    updateState();
}

void WelcomePage::setCreateOptions(const Wallet::CreateOptions &options)
{
    m_options = options;
    m_restoreForm->setKdf(options.kdf);
}

bool WelcomePage::isRestoring() const
{
    return m_forms->currentWidget() == m_restoreForm;
}

void WelcomePage::showRestoreForm(bool restore)
{
    m_forms->setCurrentWidget(restore ? static_cast<QWidget *>(m_restoreForm) : m_createForm);
    if (restore)
        m_restoreForm->focusFirstField();
    else
        m_passphrase->setFocus();
}

void WelcomePage::follow(ActivityBase *activity, const QString &what, bool rememberInKeychain)
{
    // After the session's own handler: by then the wallet is open and unlocked, or not.
    connect(activity, &QObject::destroyed, this, [this, rememberInKeychain] {
        if (rememberInKeychain && m_session.isUnlocked())
            emit busy(m_session.rememberInKeychain(true),
                      tr("Asking the system keychain to remember the wallet…"));
    });
    emit busy(activity, what);
}

void WelcomePage::setSandbox(const QString &path)
{
    m_sandbox->setVisible(!path.isEmpty());
    m_sandbox->setText(tr("&Connect to the local sandbox (its issuer, verifier and hosted wallet "
                          "become your accounts, and it offers you a sample credential)"));
    m_sandbox->setToolTip(
        path.isEmpty()
            ? sandboxHint()
            : DisplayText::toolTip(
                  tr("%1 The sandbox describes itself in %2.").arg(sandboxHint(), path)));
}

bool WelcomePage::takeSandboxWish()
{
    return std::exchange(m_sandboxWished, false);
}

void WelcomePage::setWalletPath(const QString &path)
{
    m_path = path;
    m_where->setText(path);
    m_restoreForm->setWalletPath(path);
}

void WelcomePage::updateState()
{
    m_meter->setPassphrase(m_passphrase->text());
    const bool typed = !m_repeat->text().isEmpty();
    const bool same = m_passphrase->text() == m_repeat->text();
    m_mismatch->setText(typed && !same ? tr("The two passphrases differ.") : QString());
    m_create->setEnabled(!m_creating && m_meter->assessment().acceptable() && same);
}

void WelcomePage::create()
{
    updateState();
    if (!m_create->isEnabled())
        return;
    QByteArray passphrase = m_passphrase->text().toUtf8();
    // The fields forget it at once; the session wipes its copy when the key is derived.
    m_passphrase->clear();
    m_repeat->clear();
    m_creating = true;
    m_sandboxWished = m_sandbox->isVisible() && m_sandbox->isChecked();
    updateState();
    ActivityBase *activity = m_session.create(m_path, std::move(passphrase), m_options);
    connect(activity, &QObject::destroyed, this, [this] {
        m_creating = false;
        updateState();
    });
    follow(activity, tr("Making your wallet and its key…"), m_remember->isChecked());
}

} // namespace vcdesk
