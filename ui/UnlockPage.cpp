#include "ui/UnlockPage.h"

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
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("unlockProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignHCenter);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_passphrase);
    row->addWidget(m_unlock);
    row->addStretch();
    outer->addWidget(title);
    outer->addWidget(m_which);
    outer->addSpacing(12);
    outer->addLayout(row);
    outer->addWidget(m_problem);
    outer->addStretch();

    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
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
    m_unlock->setEnabled(false);
    m_passphrase->setEnabled(false);
    ActivityBase *activity = m_session.unlock(std::move(passphrase));
    connect(activity, &QObject::destroyed, this, [this] {
        m_unlock->setEnabled(true);
        m_passphrase->setEnabled(true);
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

} // namespace vcdesk
