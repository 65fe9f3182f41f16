#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace vcdesk {

class CameraScanner;
class ConsentView;
class PresentController;
class WalletSession;
class WorkingStep;

/// Present a credential to a verifier (OpenID4VP). Five steps on one page: what the verifier
/// showed (a link pasted or typed, a QR code in a picture, on the screen or before the
/// camera); the camera (CameraScanner) while it looks; "working" with what is being done and
/// Cancel; the consent screen (ConsentView) with Share and Decline; and the outcome in a
/// sentence, with what left the wallet. The work runs in PresentController, never on the GUI
/// thread.
class PresentPage : public QWidget
{
    Q_OBJECT
public:
    PresentPage(WalletSession &session, qint64 profileId, QWidget *parent = nullptr);

    PresentController *controller() const { return m_controller; }
    /// Starts with a link handed over from outside (the system, another vcdesk).
    void startWith(const QString &link);
    /// Which step shows: "start", "working", "consent", "outcome" or "camera" (tests,
    /// screenshots).
    QString step() const;

public slots:
    void readImageFile();
    void readScreen();
    void readCamera();

signals:
    void done();
    /// The outcome's "See the history": the page is reset, the window shows the history.
    void historyRequested();
    /// What was pasted or scanned is an issuer's offer, not a request: the window receives it.
    void offerRequested(const QString &link);

protected:
    /// Leaving the page (a lock, another section) ends a camera scan: the camera is off.
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *startStep();
    QWidget *workingStep();
    QWidget *consentStep();
    QWidget *outcomeStep();
    CameraScanner *cameraStep();
    void showOutcome();

    PresentController *m_controller = nullptr;
    QStackedWidget *m_steps = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_fromCamera = nullptr;
    CameraScanner *m_scanner = nullptr;
    WorkingStep *m_working = nullptr;
    ConsentView *m_consent = nullptr;
    QPushButton *m_share = nullptr;
    QLabel *m_whyNot = nullptr;
    QLabel *m_outcomeTitle = nullptr;
    QLabel *m_outcomeText = nullptr;
    QLabel *m_outcomeClaims = nullptr;
};

} // namespace vcdesk
