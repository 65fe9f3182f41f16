#include "ui/SignInPanel.h"

#include "core/common/DisplayText.h"
#include "ui/NamedButton.h"
#include "ui/PlainLabel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace vcdesk {

SignInPanel::SignInPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signInPanel"));
    m_text = new PlainLabel(this, QStringLiteral("signInText"));
    m_text->setAlignment(Qt::AlignHCenter);
    m_problem = new PlainLabel(this, QStringLiteral("signInProblem"));
    m_problem->setAlignment(Qt::AlignHCenter);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    auto *again = namedButton(tr("&Open the sign-in page again"), QStringLiteral("openSignIn"),
                              tr("Open the issuer's sign-in page in your browser again"), this);
    auto *copy = namedButton(tr("Cop&y its address"), QStringLiteral("copySignIn"),
                             tr("Copy the sign-in page's address, to open it yourself"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(again);
    buttons->addWidget(copy);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    connect(again, &QPushButton::clicked, this, &SignInPanel::openInBrowser);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
        m_problem->hide();
        m_text->setText(tr("The address is copied: paste it into your browser's address bar."));
    });
}

void SignInPanel::open(const QUrl &url)
{
    m_url = url;
    m_text->setText(tr("Sign in at %1 in your browser. vcdesk waits here and goes on by itself "
                       "once you are done.")
                        .arg(DisplayText::escape(url.host(), 120)));
    show();
    openInBrowser();
}

void SignInPanel::openInBrowser()
{
    // Only web addresses leave for the browser (the engine checked this one against the
    // network policy; this is the last guard before another program gets it).
    const bool web =
        m_url.scheme() == QLatin1String("https") || m_url.scheme() == QLatin1String("http");
    const bool opened = web && QDesktopServices::openUrl(m_url);
    m_problem->setVisible(!opened);
    if (!opened)
        m_problem->setText(tr("vcdesk could not open your browser: copy the address and open "
                              "it yourself."));
}

} // namespace vcdesk
