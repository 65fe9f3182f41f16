#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace vcdesk {

class ConsentView;
class PresentController;
class WalletSession;

/// Present a credential to a verifier (OpenID4VP). Four steps on one page: what the verifier
/// showed (a link pasted or typed, a QR code in a picture or on the screen); "working" with
/// what is being done and Cancel; the consent screen (ConsentView) with Share and Decline;
/// and the outcome in a sentence, with what left the wallet. The work runs in
/// PresentController, never on the GUI thread.
class PresentPage : public QWidget
{
    Q_OBJECT
public:
    PresentPage(WalletSession &session, qint64 profileId, QWidget *parent = nullptr);

    PresentController *controller() const { return m_controller; }
    /// Starts with a link handed over from outside (the system, another vcdesk).
    void startWith(const QString &link);
    /// Which step shows: "start", "working", "consent" or "outcome" (tests, screenshots).
    QString step() const;

public slots:
    void readImageFile();
    void readScreen();

signals:
    void done();

private:
    QWidget *startStep();
    QWidget *workingStep();
    QWidget *consentStep();
    QWidget *outcomeStep();
    void showOutcome();

    PresentController *m_controller = nullptr;
    QStackedWidget *m_steps = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_working = nullptr;
    ConsentView *m_consent = nullptr;
    QPushButton *m_share = nullptr;
    QLabel *m_whyNot = nullptr;
    QLabel *m_outcomeTitle = nullptr;
    QLabel *m_outcomeText = nullptr;
    QLabel *m_outcomeClaims = nullptr;
};

} // namespace vcdesk
