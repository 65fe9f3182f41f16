#include "ui/UnlockPage.h"

#include "models/StatusColour.h"
#include "ui/PageTitle.h"

#include "models/WalletSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vcdesk {

UnlockPage::UnlockPage(WalletSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("unlockPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 36, 48, 36);
    outer->addStretch();
    auto *title = new PageTitle(tr("Your wallet is locked"), this);
    title->setAlignment(Qt::AlignHCenter);
    m_which = new QLabel(this);
    m_which->setObjectName(QStringLiteral("walletPath"));
    m_which->setTextFormat(Qt::PlainText);
    m_which->setAlignment(Qt::AlignHCenter);
    m_which->setWordWrap(true);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setAccessibleName(tr("Wallet passphrase"));
    m_passphrase->setMaximumWidth(360);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    m_unlock->setAccessibleName(tr("Unlock the wallet"));
    m_unlock->setToolTip(tr("Opens your wallet with the passphrase you typed. A wrong one leaves "
                            "it locked and changes nothing."));
    m_keychain = new QPushButton(tr("Unlock with the system &keychain"), this);
    m_keychain->setObjectName(QStringLiteral("unlockWithKeychain"));
    m_keychain->setAccessibleName(tr("Unlock the wallet with the system keychain"));
    m_keychain->setToolTip(tr("Opens your wallet with the key the system keychain keeps for it, "
                              "without your passphrase."));
    m_keychain->hide();
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("unlockProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignHCenter);
    m_problem->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_passphrase);
    row->addWidget(m_unlock);
    row->addStretch();
    outer->addWidget(title);
    outer->addWidget(m_which);
    outer->addSpacing(12);
    outer->addLayout(row);
    outer->addWidget(m_keychain, 0, Qt::AlignHCenter);
    outer->addWidget(m_problem);
    outer->addStretch();

    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_keychain, &QPushButton::clicked, this, &UnlockPage::unlockWithKeychain);
    connect(&m_session, &WalletSession::opened, this, &UnlockPage::updateKeychainOffer);
    connect(&m_session, &WalletSession::locked, this, &UnlockPage::updateKeychainOffer);
    connect(&m_session, &WalletSession::message, this,
            [this](const QString &, const QString &text) { m_lastMessage = text; });
}

void UnlockPage::setWalletPath(const QString &path)
{
    m_which->setText(path);
}

void UnlockPage::focusPassphrase()
{
    m_passphrase->setFocus();
}

void UnlockPage::showEvent(QShowEvent *event)
{
    updateKeychainOffer();
    QWidget::showEvent(event);
}

void UnlockPage::updateKeychainOffer()
{
    m_keychain->setVisible(m_session.isRememberedInKeychain());
}

void UnlockPage::setBusy(bool busy)
{
    m_unlock->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_keychain->setEnabled(!busy);
}

QString UnlockPage::problem() const
{
    return m_problem->text();
}

void UnlockPage::unlock()
{
    if (m_passphrase->text().isEmpty() || !m_unlock->isEnabled())
        return;
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    m_problem->clear();
    m_lastMessage.clear();
    setBusy(true);
    ActivityBase *activity = m_session.unlock(std::move(passphrase));
    connect(activity, &QObject::destroyed, this, [this] {
        setBusy(false);
        if (m_session.isUnlocked())
            return;
        m_problem->setText(m_lastMessage.contains(QLatin1String("wallet.wrong_passphrase"))
                               ? tr("That passphrase is not right. The wallet stays locked; "
                                    "nothing changed.")
                               : m_lastMessage);
        m_passphrase->setFocus();
    });
    emit busy(activity, tr("Unlocking…"));
}

void UnlockPage::unlockWithKeychain()
{
    if (!m_keychain->isVisible() || !m_keychain->isEnabled())
        return;
    m_problem->clear();
    setBusy(true);
    Activity<bool> *activity = m_session.unlockWithKeychain();
    connect(activity, &ActivityBase::finished, this, [this, activity] {
        setBusy(false);
        updateKeychainOffer();
        if (const auto done = activity->result(); !done) {
            const QString &code = done.error().code;
            QString sentence;
            if (code == QLatin1String("keychain.not_found"))
                sentence = tr("The system keychain no longer holds this wallet's key.");
            else if (code == QLatin1String("wallet.wrong_key"))
                sentence = tr("The key the system keychain holds does not open this wallet.");
            else if (code == QLatin1String("keychain.unavailable") ||
                     code == QLatin1String("keychain.timeout"))
                sentence = tr("The system keychain is not available.");
            else
                sentence = tr("The system keychain could not unlock the wallet: %1.")
                               .arg(done.error().message);
            m_problem->setText(
                tr("%1 Type your passphrase instead; the wallet stays locked.").arg(sentence));
            m_passphrase->setFocus();
        }
    });
    emit busy(activity, tr("Asking the system keychain…"));
}

} // namespace vcdesk
