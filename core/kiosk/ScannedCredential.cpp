#include "core/kiosk/ScannedCredential.h"

#include "core/kiosk/ScanReason.h"
#include "core/net/HttpFetcher.h"

#include "core/verify/CheckName.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/TrustList.h"
#include <QHostAddress>

namespace vcdesk {

namespace {

QJsonObject subjectOf(const Inspection &inspection)
{
    if (inspection.claims.isObject())
        return inspection.claims.toObject();
    return inspection.claims.toArray().first().toObject();
}

/// What the inspector read it as (not what the code's text looked like: a credential whose
/// `vc.type` says VerifiablePresentation is read as one, with no trust check of its signer).
bool isPresentation(const Inspection &inspection)
{
    return inspection.format == QLatin1String("jwt_vp_json") ||
           inspection.format == QLatin1String("vp+jwt") ||
           inspection.format == QLatin1String("ldp_vp") ||
           inspection.types.contains(QStringLiteral("VerifiablePresentation"));
}

/// Whether its issuer was checked against the trust list and found on it.
bool trustPassed(const Inspection &inspection)
{
    for (const CheckResult &check : inspection.report.checks())
        if (check.name == CheckName::TrustRegistryMembership)
            return check.outcome == CheckResult::Outcome::Pass;
    return false;
}

/// An address of a private network written literally (RFC 1918, IPv4-mapped too, and IPv6
/// unique local or site-local); loopback is the network policy's business.
bool inPrivateRange(const QString &host)
{
    QHostAddress address(host);
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(v4);
    if (address.isNull())
        return false;
    for (const char *range : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"})
        if (address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(range))))
            return true;
    return address.isUniqueLocalUnicast() || address.isSiteLocal();
}

void addChecks(const Inspection &inspection, const QString &of, QJsonArray &out)
{
    for (const CheckResult &check : inspection.report.checks()) {
        QJsonObject json{{QStringLiteral("name"), check.name},
                         {QStringLiteral("outcome"), CheckResult::outcomeName(check.outcome)}};
        if (!of.isEmpty())
            json.insert(QStringLiteral("of"), of);
        out.append(json);
    }
}

} // namespace

QString ScannedCredential::shownNotPresentedNote()
{
    return tr("Shown, not presented: nothing proves this is the holder's own copy rather than "
              "a copy of someone else's.");
}

Result<ScanOutcome> ScannedCredential::verify(QByteArrayView text, const InspectOptions &options)
{
    auto scanned = ScannedText::read(text);
    if (!scanned)
        return scanned.error();
    if (!options.trustList || options.trustList->isEmpty())
        return Error{QStringLiteral("kiosk.scan.no_trust_list"),
                     tr("This kiosk has no trust list, so it trusts no issuer: add the issuers "
                        "it accepts to its trust list.")};
    if (scanned->kind == ScannedText::Kind::Link) {
        scanned = fetch(scanned->link, options);
        if (!scanned)
            return scanned.error();
    }
    auto inspection = CredentialInspector::inspect(scanned->token, options);
    if (!inspection)
        return Error{QStringLiteral("kiosk.scan.unreadable"),
                     tr("The credential cannot be read: %1").arg(inspection.error().message)};
    return outcomeOf(scanned.value(), inspection.value());
}

Result<ScannedText> ScannedCredential::fetch(const QUrl &link, const InspectOptions &options)
{
    NetworkPolicy policy = options.network;
    policy.maxResponseBytes = std::min(policy.maxResponseBytes, kMaxFetchedBytes);
    // A stranger's code must not make the kiosk probe the network it stands in: no address
    // of a private range written into the link (names are resolved by the system as usual).
    if (inPrivateRange(link.host()))
        return Error{QStringLiteral("kiosk.scan.link_refused"),
                     tr("The code's link points into a private network; it is not fetched.")};
    if (auto allowed = policy.checkUrl(link); !allowed) {
        const bool insecure = allowed.error().code == QLatin1String("net.insecure_scheme");
        return Error{insecure ? QStringLiteral("kiosk.scan.insecure_link")
                              : QStringLiteral("kiosk.scan.link_refused"),
                     insecure
                         ? tr("The code links to a credential over plain http, which anyone "
                              "on the way could change: only https links are fetched.")
                         : tr("The code's link is not fetched: %1").arg(allowed.error().message)};
    }
    auto response = HttpFetcher(policy).get(
        link, {{QByteArrayLiteral("Accept"),
                QByteArrayLiteral("application/dc+sd-jwt, application/vc+jwt, application/jwt, "
                                  "text/plain")}});
    if (!response) {
        // Only the status: the server's own words (or a probe's answer) are not the kiosk's.
        const int status = response.error().httpStatus;
        Error error{QStringLiteral("kiosk.scan.link_failed"),
                    status > 0
                        ? tr("The credential behind the code's link cannot be fetched (HTTP %1).")
                              .arg(status)
                        : tr("The credential behind the code's link cannot be fetched.")};
        error.httpStatus = response.error().httpStatus;
        return error;
    }
    auto fetched = ScannedText::read(response->body, kMaxFetchedBytes);
    if (!fetched)
        return Error{fetched.error().code,
                     tr("The code's link leads to something else than a credential: %1")
                         .arg(fetched.error().message)};
    if (fetched->kind == ScannedText::Kind::Link)
        return Error{QStringLiteral("kiosk.scan.link_to_link"),
                     tr("The code's link leads to another link; only one is followed.")};
    return fetched;
}

ScanOutcome ScannedCredential::outcomeOf(const ScannedText &scanned, const Inspection &inspection)
{
    ScanOutcome outcome;
    outcome.kind = ScannedText::kindName(scanned.kind);
    outcome.format = inspection.format;
    addChecks(inspection, QString(), outcome.checks);
    const bool presentation = isPresentation(inspection);
    for (size_t i = 0; presentation && i < inspection.nested.size(); ++i)
        addChecks(inspection.nested.at(i), tr("credential %1").arg(i + 1), outcome.checks);
    // What the person is about: the credential itself, or a presentation's first one.
    const Inspection *credential = &inspection;
    if (presentation && !inspection.nested.empty())
        credential = &inspection.nested.front();
    outcome.issuer = credential->issuer;
    outcome.issuerName = credential->issuerName;

    const auto refuse = [&outcome](const QString &code, const QString &reason) {
        outcome.code = code;
        outcome.reason = reason;
        return outcome;
    };
    if (const auto why = ScanReason::of(inspection))
        return refuse(why->code, why->message);
    if (presentation && inspection.nested.empty()) // the inspector says so too; be sure
        return refuse(QStringLiteral("kiosk.scan.unverifiable"),
                      tr("The presentation carries no credential."));
    // Every credential whose claims could be shown must be one (never a presentation inside a
    // presentation: its claims are the holder's own words) and must have passed the trust
    // list; a check that did not run is not a pass.
    const std::vector<Inspection> single{};
    for (const Inspection &each : presentation ? inspection.nested : single) {
        if (isPresentation(each))
            return refuse(QStringLiteral("kiosk.scan.unsupported"),
                          tr("The presentation holds another presentation; only credentials "
                             "are accepted inside one."));
        if (!trustPassed(each))
            return refuse(QStringLiteral("kiosk.scan.untrusted_issuer"),
                          tr("The issuer was not found on this kiosk's trust list."));
    }
    if (!trustPassed(*credential))
        return refuse(QStringLiteral("kiosk.scan.untrusted_issuer"),
                      tr("The issuer was not found on this kiosk's trust list."));
    outcome.verified = true;
    outcome.code = QStringLiteral("kiosk.scan.verified");
    outcome.claims = subjectOf(*credential);
    return outcome;
}

} // namespace vcdesk
