#pragma once

#include <QWidget>

class QImage;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace vcdesk {

class KeyPicker;
class LogoLoader;
class ReceiveController;
class SignInPanel;
class WalletSession;
class WorkingStep;

/// Receive credentials an issuer offers (OpenID4VCI). Steps on one page: the offer link
/// (pasted; QR codes are read where presentations are, and offers found there come here);
/// "working" with what is being done and Cancel; the offer (who offers what, the claims
/// each credential holds, the transaction code when the issuer asks for one) with Receive and
/// Not now; the decision when something came back that should not be kept as it is (why, with
/// Keep anyway and Discard); and the outcome in a sentence. The work runs in
/// ReceiveController, never on the GUI thread.
class ReceivePage : public QWidget
{
    Q_OBJECT
public:
    ReceivePage(WalletSession &session, qint64 profileId, QWidget *parent = nullptr);

    ReceiveController *controller() const { return m_controller; }
    /// Starts with an offer handed over from outside (the system, a QR code read elsewhere);
    /// false, and nothing done, while another offer is being received.
    bool startWith(const QString &link);
    /// "start", "working", "offer", "decision" or "outcome" (tests, screenshots).
    QString step() const;

signals:
    void done();

private:
    QWidget *startStep();
    QWidget *workingStep();
    QWidget *offerStep(WalletSession &session, qint64 profileId);
    QWidget *decisionStep();
    QWidget *outcomeStep();
    void showOffer();
    /// A logo arrived (LogoLoader): beside the issuer's name, or on the credentials that use it.
    void showLogo(const QString &uri, const QImage &image);
    void showDecision();
    void showOutcome();

    ReceiveController *m_controller = nullptr;
    QStackedWidget *m_steps = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_problem = nullptr;
    WorkingStep *m_working = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_issuerLogo = nullptr;
    QString m_issuerLogoUri;
    LogoLoader *m_logos = nullptr;
    QTreeWidget *m_offered = nullptr;
    QWidget *m_codeBox = nullptr;
    QLabel *m_codeHelp = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_offerProblem = nullptr;
    QLabel *m_signInNote = nullptr;
    QWidget *m_clientIdRow = nullptr;
    QLineEdit *m_clientId = nullptr;
    QWidget *m_keyRow = nullptr;
    KeyPicker *m_keys = nullptr;
    SignInPanel *m_signIn = nullptr;
    QPushButton *m_receive = nullptr;
    QLabel *m_decisionText = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_finished = nullptr;
    QLabel *m_outcomeTitle = nullptr;
    QLabel *m_outcomeText = nullptr;
};

} // namespace vcdesk
