#pragma once

#include <QDateTime>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace vcdesk {

/// What the Receive page shows while the person signs in at the issuer in their browser
/// (OpenID4VCI authorization code flow): which site, that vcdesk waits, and the way on when
/// the browser did not open or its tab was closed: open a fresh page, or copy its address.
/// The page is opened in the system browser (QDesktopServices), never inside vcdesk: the
/// person's browser shows the real address and keeps their sign-in to themselves (RFC 8252).
class SignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPanel(QWidget *parent = nullptr);

    /// Shows the panel for `url` and opens it in the browser. `expiresAt` (when valid): the
    /// address works once and until then (a pushed request); after it, the panel says so.
    void open(const QUrl &url, const QDateTime &expiresAt = {});
    const QUrl &url() const { return m_url; }

    /// A fresh page could not be made: says why; the page before stays usable.
    void showRefusal(const QString &why);

signals:
    /// "Open the sign-in page again": the page is made afresh (a pushed request's address
    /// works once), and comes back through open().
    void freshPageWanted();

private:
    void openInBrowser();

    void expire();

    QUrl m_url;
    QTimer *m_expiry = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace vcdesk
