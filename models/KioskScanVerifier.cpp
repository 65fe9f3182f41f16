#include "models/KioskScanVerifier.h"

#include "core/common/Activity.h"
#include "core/kiosk/ScannedCredential.h"
#include "core/kiosk/ShownClaims.h"

namespace vcdesk {

namespace {

KioskOutcome outcomeOf(const Result<ScanOutcome> &result,
                       const QList<KioskConfig::ShownClaim> &shownClaims)
{
    KioskOutcome outcome;
    if (!result) {
        outcome.title = KioskScanVerifier::tr("Not verified");
        outcome.code = result.error().code;
        outcome.reason = result.error().message;
        return outcome;
    }
    const ScanOutcome &scan = result.value();
    outcome.verified = scan.verified;
    outcome.code = scan.code;
    outcome.reason = scan.reason;
    outcome.issuer = scan.issuer;
    outcome.issuerName = scan.issuerName;
    outcome.checks = scan.checks;
    outcome.shownNotPresented = scan.shownNotPresented;
    outcome.possiblyCopied = scan.shownNotPresented;
    if (scan.shownNotPresented)
        outcome.note = ScannedCredential::shownNotPresentedNote();
    outcome.title = !scan.verified ? KioskScanVerifier::tr("Not verified")
                    : scan.shownNotPresented
                        ? KioskScanVerifier::tr("Verified (shown, not presented)")
                        : KioskScanVerifier::tr("Verified");
    if (scan.verified)
        for (const ShownClaims::Line &line : ShownClaims::pick(scan.claims, shownClaims))
            outcome.claims << KioskOutcome::ShownClaim{line.label, line.value};
    return outcome;
}

} // namespace

KioskScanVerifier::Settings KioskScanVerifier::settingsFor(const KioskConfig &config)
{
    Settings settings;
    settings.options = KioskScanOptions::fromConfig(config);
    settings.shownClaims = config.shownClaims;
    settings.repeatMs = config.scanRepeatSeconds * 1000;
    return settings;
}

KioskScanVerifier::KioskScanVerifier(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_cache(m_settings.options.makeCache())
{
}

// The running activity is a child: deleting it cancels it and drops its result.
KioskScanVerifier::~KioskScanVerifier() = default;

bool KioskScanVerifier::offer(const QString &text)
{
    if (text == m_lastText && m_lastAt.isValid() && m_lastAt.elapsed() < m_settings.repeatMs) {
        ++m_ignored;
        return false;
    }
    m_lastText = text;
    m_lastAt.start();
    start(text);
    return true;
}

void KioskScanVerifier::cancel()
{
    if (m_running) {
        m_running->disconnect(this);
        m_running->cancel();
        m_running->deleteLater();
        m_running = nullptr;
    }
}

void KioskScanVerifier::forgetRepeats()
{
    m_lastText.clear();
    m_lastAt.invalidate();
}

void KioskScanVerifier::restartRepeatWindow()
{
    if (!m_lastText.isEmpty())
        m_lastAt.start();
}

void KioskScanVerifier::start(const QString &text)
{
    cancel(); // a newer code replaces the one being verified
    ++m_started;
    auto *activity = new Activity<KioskOutcome>(this);
    m_running = activity;
    connect(activity, &ActivityBase::finished, this, [this, activity] {
        activity->deleteLater();
        m_running = nullptr;
        const Result<KioskOutcome> result = activity->result();
        if (!result) // cancelled
            return;
        m_outcome = result.value();
        emit finished(m_outcome);
    });
    // Copies only: the work must not reach this object from the worker thread.
    activity->start([bytes = text.toUtf8(), options = m_settings.options, cache = m_cache,
                     shown = m_settings.shownClaims](
                        const ActivityBase::Context &context) -> Result<KioskOutcome> {
        auto inspect = options.build(cache);
        const Result<ScanOutcome> scanned = inspect
                                                ? ScannedCredential::verify(bytes, inspect.value())
                                                : Result<ScanOutcome>(inspect.error());
        if (context.token.isCancelled())
            return Activity<KioskOutcome>::cancelled();
        return outcomeOf(scanned, shown);
    });
    emit checking();
}

} // namespace vcdesk
