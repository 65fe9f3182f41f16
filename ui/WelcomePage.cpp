#include "ui/WelcomePage.h"

#include "core/common/DisplayText.h"
#include "models/WalletSession.h"
#include "ui/PageTitle.h"
#include "ui/PassphraseMeter.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace vcdesk {

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
    auto *intro = new QLabel(
        tr("vcdesk keeps your verifiable credentials in an encrypted wallet on this computer, "
           "and shows them only to whom you choose. Make your wallet with a passphrase: it "
           "encrypts everything in it, and nobody can recover it for you, so keep it safe."),
        this);
    intro->setWordWrap(true);
    outer->addWidget(title);
    outer->addWidget(intro);
    outer->addSpacing(12);

    auto *form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("newPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the passphrase"));
    m_meter = new PassphraseMeter(this);
    m_mismatch = new QLabel(this);
    m_mismatch->setObjectName(QStringLiteral("mismatch"));
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("walletPath"));
    m_where->setTextFormat(Qt::PlainText);
    m_where->setWordWrap(true);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat it:"), m_repeat);
    form->addRow(QString(), m_mismatch);
    form->addRow(tr("Stored in:"), m_where);
    outer->addLayout(form);
    m_sandbox = new QCheckBox(this);
    m_sandbox->setObjectName(QStringLiteral("connectSandbox"));
    m_sandbox->setAccessibleName(tr("Connect to the local sandbox"));
    m_sandbox->setChecked(true);
    m_sandbox->hide();
    outer->addWidget(m_sandbox);

    m_create = new QPushButton(tr("&Create my wallet"), this);
    m_create->setObjectName(QStringLiteral("createWallet"));
    m_create->setDefault(true);
    m_create->setAccessibleName(tr("Create my wallet"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_create);
    outer->addLayout(buttons);
    outer->addStretch();

    connect(m_passphrase, &QLineEdit::textChanged, this, &WelcomePage::updateState);
    connect(m_repeat, &QLineEdit::textChanged, this, &WelcomePage::updateState);
    connect(m_repeat, &QLineEdit::returnPressed, this, &WelcomePage::create);
    connect(m_create, &QPushButton::clicked, this, &WelcomePage::create);
    updateState();
}

void WelcomePage::setSandbox(const QString &path)
{
    m_sandbox->setVisible(!path.isEmpty());
    m_sandbox->setText(tr("&Connect to the local sandbox (its issuer, verifier and hosted wallet "
                          "become your accounts, and it offers you a sample credential)"));
    m_sandbox->setToolTip(DisplayText::toolTip(path));
}

bool WelcomePage::takeSandboxWish()
{
    return std::exchange(m_sandboxWished, false);
}

void WelcomePage::setWalletPath(const QString &path)
{
    m_path = path;
    m_where->setText(path);
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
    emit busy(activity, tr("Making your wallet and its key…"));
}

} // namespace vcdesk
