#include "ui/SignInPanel.h"

#include "core/common/DisplayText.h"
#include "models/StatusColour.h"
#include "ui/NamedButton.h"
#include "ui/PlainLabel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QTimer>
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
    m_problem->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    m_problem->hide();
    m_again = namedButton(tr("&Open the sign-in page again"), QStringLiteral("openSignIn"),
                          tr("Open the issuer's sign-in page in your browser again"), this);
    m_again->setToolTip(tr("vcdesk asks the issuer for a fresh sign-in page and opens it in your "
                           "browser. Once you are signed in there, vcdesk goes on by itself."));
    m_copy = namedButton(tr("Cop&y its address"), QStringLiteral("copySignIn"),
                         tr("Copy the sign-in page's address, to open it yourself"), this);
    m_copy->setToolTip(tr("Puts the address on the clipboard for your browser's address bar. "
                          "Some addresses work only once or for a short while; then open the "
                          "sign-in page again."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_again);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    m_expiry = new QTimer(this);
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &SignInPanel::expire);
    connect(m_again, &QPushButton::clicked, this, [this] {
        m_again->setEnabled(false); // until the fresh page comes (open())
        m_problem->hide();
        m_text->setText(
            tr("Asking %1 for a fresh sign-in page…").arg(DisplayText::escape(m_url.host(), 120)));
        emit freshPageWanted();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
        m_problem->hide();
        m_text->setText(tr("The address is copied: paste it into your browser's address bar."));
    });
}

void SignInPanel::open(const QUrl &url, const QDateTime &expiresAt)
{
    m_url = url;
    m_again->setEnabled(true);
    m_copy->setEnabled(true);
    m_expiry->stop();
    if (expiresAt.isValid())
        m_expiry->start(int(qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(expiresAt),
                                           24LL * 3600 * 1000)));
    m_text->setText(tr("vcdesk goes on by itself once you are signed in at %1. If your browser "
                       "did not open, or you closed its page, open it again or copy its address.")
                        .arg(DisplayText::escape(url.host(), 120)));
    show();
    openInBrowser();
}

void SignInPanel::showRefusal(const QString &why)
{
    m_again->setEnabled(true);
    m_problem->setText(DisplayText::escape(why, 300));
    m_problem->show();
    m_text->setText(tr("If you are signing in at %1 already, finish there.")
                        .arg(DisplayText::escape(m_url.host(), 120)));
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

void SignInPanel::expire()
{
    // A pushed request's address works for a short while: after that, copying it could only
    // show the person an error page at the issuer. A fresh page can still be had.
    m_copy->setEnabled(false);
    m_text->setText(tr("If you are still signing in at %1, finish there. If you have not started, "
                       "the sign-in address has expired: open the sign-in page again for a "
                       "fresh one.")
                        .arg(DisplayText::escape(m_url.host(), 120)));
}

} // namespace vcdesk
