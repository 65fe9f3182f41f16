#pragma once

#include "core/common/Result.h"
#include "core/net/NetworkPolicy.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace vcdesk {

class ActivityBase;
class ConsentChoices;
class PresentationFlow;
class WalletSession;

/// Drives one presentation for the holder's window, from whatever the person gave (a link
/// typed or pasted, a QR code in a picture file or in a grab of the screen) to an outcome in
/// words: reads the QR code and opens the request off the GUI thread, keeps the holder's
/// choices (ConsentChoices), sends Share or Decline, and says what happened. Nothing is sent
/// before share() or decline(); cancel() stops whatever runs. A lock of the wallet ends the
/// presentation (the flow refuses to send for a wallet locked in between).
class PresentController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Reading, Opening, AwaitingConsent, Sending, Done };
    Q_ENUM(State)

    struct Outcome
    {
        enum class Kind { Shared, Declined, Refused, Failed, Cancelled };
        Kind kind = Kind::Failed;
        QString title;
        QString text;
        /// What left the wallet ("path: value"), for Shared.
        QStringList claims;
        /// Where the verifier asks the holder to go on (https, or loopback http), if anywhere.
        QUrl redirect;
        Error error;
    };

    PresentController(WalletSession &session, qint64 profileId, QObject *parent = nullptr);
    ~PresentController() override;

    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }
    void setTrustListPath(const QString &path) { m_trustListPath = path; }

    State state() const { return m_state; }
    ConsentChoices *choices() const { return m_choices; }
    const Outcome &outcome() const { return m_outcome; }
    /// The link being presented (typed, or read from a QR code).
    const QString &link() const { return m_link; }

    /// A link (openid4vp://, openid-vc://, haip-vp://, https://…). A link that cannot be a
    /// request is refused at once (failed()); nothing is fetched for it.
    void start(const QString &link);
    /// The first QR code in the picture that holds a request.
    void startFromImageFile(const QString &path);
    void startFromImage(const QImage &image);
    void share();
    void decline();
    void cancel();
    /// Back to Idle, dropping whatever was open (cancelled first when it runs).
    void reset();

signals:
    void stateChanged(vcdesk::PresentController::State state);
    void progress(const QString &step);
    /// The request was read and matched: choices() holds what to show.
    void consentNeeded();
    /// The input could not start a presentation (no QR code, not a request link): a sentence.
    void failed(const QString &message);
    /// The link (typed, or read from a QR code) is an issuer's credential offer, not a
    /// request: nothing was done with it here; the window receives it (ReceiveController).
    void offerGiven(const QString &link);
    void finished();

private:
    void setState(State state);
    void readQr(std::function<Result<QStringList>()> read);
    void finish();

    WalletSession &m_session;
    qint64 m_profileId;
    NetworkPolicy m_policy;
    QString m_trustListPath;
    ConsentChoices *m_choices = nullptr;
    QPointer<PresentationFlow> m_flow;
    QPointer<ActivityBase> m_reading;
    State m_state = State::Idle;
    bool m_declined = false;
    Outcome m_outcome;
    QString m_link;
};

} // namespace vcdesk
