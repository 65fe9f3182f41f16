#pragma once

#include "core/common/Result.h"
#include "core/kiosk/ScanOutcome.h"
#include "core/kiosk/ScannedText.h"
#include "core/verify/InspectOptions.h"

#include <QCoreApplication>

namespace vcdesk {

struct Inspection;

/// Verifies what a person shows the kiosk as a QR code (ScannedText): a credential or
/// presentation as text, or a link it is fetched from, inspected by CredentialInspector under
/// the kiosk's options (KioskScanOptions: its trust list, cached status lists).
///
/// Verified only when every check passed, the credentials' issuers are on the trust list, and,
/// for a presentation, every credential in it passes. Never "presented": a shown code answers
/// no fresh challenge, so the outcome always carries shownNotPresented (see ScanOutcome).
///
/// A link is fetched only under the options' network policy (https; http only to this computer
/// with allowLoopbackHttp), with HttpFetcher: no redirect is followed, at most
/// kMaxFetchedBytes are read, and what it serves must be a credential or presentation itself
/// (never another link).
///
/// Errors (nothing could be verified): the codes of ScannedText; "kiosk.scan.no_trust_list";
/// "kiosk.scan.insecure_link" (plain http not allowed); "kiosk.scan.link_refused" (a
/// destination the policy refuses); "kiosk.scan.link_failed" (the fetch failed: 404, timeout,
/// redirect, too large; the HTTP status is kept); "kiosk.scan.link_to_link"; and
/// "kiosk.scan.unreadable" (the inspector cannot read it). Blocking (DIDs, status lists, the
/// link): a worker thread.
class ScannedCredential
{
    Q_DECLARE_TR_FUNCTIONS(ScannedCredential)
public:
    static constexpr qsizetype kMaxFetchedBytes = 64 * 1024;

    static Result<ScanOutcome> verify(QByteArrayView text, const InspectOptions &options);
    /// The words shown with every scanned outcome, verified or not.
    static QString shownNotPresentedNote();
    /// Tests: the verdict on an inspection as verify() gives it.
    static ScanOutcome outcomeOfForTests(const ScannedText &scanned, const Inspection &inspection)
    {
        return outcomeOf(scanned, inspection);
    }

private:
    static Result<ScannedText> fetch(const QUrl &link, const InspectOptions &options);
    static ScanOutcome outcomeOf(const ScannedText &scanned, const Inspection &inspection);
};

} // namespace vcdesk
