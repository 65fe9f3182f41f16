#pragma once

#include "core/kiosk/KioskConfig.h"
#include "core/kiosk/KioskScanOptions.h"
#include "models/KioskOutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

namespace vcdesk {

class ActivityBase;
class DocumentCache;

/// Verifies the codes people show the kiosk's camera, headless: offer() takes a decoded text
/// (connect LatestFrameDecoder::found or notARequest to it), ScannedCredential verifies it on
/// a worker thread (an Activity), and finished() brings a KioskOutcome for the result screen:
/// the operator's claims under their labels, the issuer's name from the trust list, the
/// reason in words, and always the "shown, not presented" caveat for what was inspected.
///
/// The same text offered again within repeatMs of the last time it was taken is ignored (a
/// person keeps holding the code up while the result shows); another text replaces one being
/// verified (the older result is dropped). cancel() stops the running verification (network
/// waits end at once); finished() does not come for it. Everything is on the owner's thread
/// except the verification.
class KioskScanVerifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultRepeatMs = 5000;

    struct Settings
    {
        KioskScanOptions options;
        QList<KioskConfig::ShownClaim> shownClaims;
        int repeatMs = kDefaultRepeatMs;
    };

    /// The kiosk config's trust list, network switch and shown claims.
    static Settings settingsFor(const KioskConfig &config);

    explicit KioskScanVerifier(Settings settings, QObject *parent = nullptr);
    ~KioskScanVerifier() override;

    bool isBusy() const { return !m_running.isNull(); }
    /// The last outcome finished() brought.
    const KioskOutcome &outcome() const { return m_outcome; }
    /// Verifications begun, and texts ignored as repeats.
    int verificationsStarted() const { return m_started; }
    int repeatsIgnored() const { return m_ignored; }

    /// A text read from a code. Returns at once: false when it is ignored as a repeat.
    bool offer(const QString &text);
    void cancel();
    /// The next offer is taken even if it repeats the last text (the operator's "next").
    void forgetRepeats();
    /// The repeat window starts again now (when the last text's result leaves the screen, so
    /// a person still holding the code up does not see it checked once more at once).
    void restartRepeatWindow();

signals:
    /// A verification began (the screen may say "checking").
    void checking();
    void finished(const vcdesk::KioskOutcome &outcome);

private:
    void start(const QString &text);

    Settings m_settings;
    std::shared_ptr<DocumentCache> m_cache;
    QPointer<ActivityBase> m_running;
    QString m_lastText;
    QElapsedTimer m_lastAt;
    KioskOutcome m_outcome;
    int m_started = 0;
    int m_ignored = 0;
};

} // namespace vcdesk
