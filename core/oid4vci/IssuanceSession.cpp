#include "core/oid4vci/IssuanceSession.h"

#include "core/common/CancelToken.h"
#include "core/common/DisplayText.h"
#include "core/crypto/Jwk.h"
#include "core/crypto/KeyType.h"
#include "core/net/LoopbackRedirectListener.h"
#include "core/oid4vci/CredentialClient.h"
#include "core/oid4vci/CredentialOfferLink.h"
#include "core/oid4vci/IssuedCredentialCheck.h"
#include "core/oid4vci/IssuerAuthorizationRequest.h"
#include "core/oid4vci/IssuerAuthorizationResponse.h"
#include "core/oid4vci/KeyProof.h"
#include "core/oid4vci/OfferResolver.h"
#include "core/oid4vci/TokenClient.h"
#include "core/store/CredentialImporter.h"
#include "core/verify/Inspection.h"

#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace vcdesk {

namespace {

const QString kSourceKind = QStringLiteral("openid4vci");

/// `error` with every secret of the issuance taken out of what it says: a server may echo the
/// code or the token in its error_description.
Error redacted(Error error, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() < 4)
            continue; // too short to tell from ordinary words
        error.message.replace(secret, QStringLiteral("[redacted]"));
        error.serverMessage.replace(secret, QStringLiteral("[redacted]"));
    }
    return error;
}

Error cancelled()
{
    return Error{QStringLiteral("vci.cancelled"), IssuanceSession::tr("cancelled")};
}

bool retriesWithNewNonce(const Error &error)
{
    return error.code == QLatin1String("vci.credential_invalid_nonce") ||
           error.code == QLatin1String("vci.credential_invalid_proof");
}

} // namespace

IssuanceSession::IssuanceSession(NetworkPolicy policy, QStringList languages)
    : m_http(std::move(policy))
    , m_languages(std::move(languages))
{
}

Status IssuanceSession::open(const QString &text)
{
    // A session opens one offer: whatever an earlier open() left is gone.
    m_offer = ResolvedOffer();
    m_opened = false;
    m_spent = false;
    m_dpop.reset();
    m_token = AccessToken();
    m_notificationIds.clear();
    auto link = CredentialOfferLink::parse(text);
    if (!link)
        return link.error();
    auto resolved = OfferResolver::resolve(link.value(), m_http, m_languages);
    if (!resolved)
        return resolved.error();
    m_offer = resolved.value();
    // Without a pre-authorized code the person signs in at the issuer (section 3.4), also when
    // the offer names no grant at all: then the server's metadata says what it takes (4.1.1).
    if (!m_offer.offer.preAuthorized()) {
        if (m_offer.server.authorizationEndpoint().isEmpty() ||
            (m_offer.server.listsGrantTypes() &&
             !m_offer.server.supportsGrant(QStringLiteral("authorization_code"))))
            return Error{QStringLiteral("vci.grant_unsupported"),
                         tr("the offer has no pre-authorized code, and the issuer's "
                            "authorization server offers no sign-in either")};
    }
    if (m_offer.issuer.requiresRequestEncryption() || m_offer.issuer.requiresResponseEncryption())
        return Error{QStringLiteral("vci.encryption_required"),
                     tr("the issuer requires its credential messages encrypted on top of TLS, "
                        "which vcdesk does not do yet")};
    if (receivable().isEmpty())
        return Error{QStringLiteral("vci.format_unsupported"),
                     tr("nothing offered is in a format vcdesk keeps (%1)")
                         .arg(notReceivable().join(QStringLiteral(", ")).left(120))};
    const QStringList dpopAlgorithms = m_offer.server.dpopSigningAlgorithms();
    if (!dpopAlgorithms.isEmpty() && !dpopAlgorithms.contains(QStringLiteral("ES256")))
        return Error{QStringLiteral("vci.dpop_alg_unsupported"),
                     tr("the authorization server wants DPoP proofs in %1; vcdesk signs them "
                        "with ES256")
                         .arg(dpopAlgorithms.join(QStringLiteral(", ")).left(80))};
    // Every endpoint the issuance will use must be one the policy allows, before the code is
    // spent on the token endpoint.
    for (const QUrl &endpoint :
         {m_offer.server.tokenEndpoint(), m_offer.server.authorizationEndpoint(),
          m_offer.server.pushedAuthorizationRequestEndpoint(), m_offer.issuer.credentialEndpoint(),
          m_offer.issuer.nonceEndpoint(), m_offer.issuer.deferredCredentialEndpoint(),
          m_offer.issuer.notificationEndpoint()})
        if (!endpoint.isEmpty())
            if (auto allowed = m_http.policy().checkUrl(endpoint); !allowed)
                return allowed.error();
    m_opened = true;
    return {};
}

QList<CredentialConfiguration> IssuanceSession::receivable() const
{
    QList<CredentialConfiguration> list;
    for (const CredentialConfiguration &configuration : m_offer.configurations)
        if (configuration.isSupportedFormat())
            list << configuration;
    return list;
}

QStringList IssuanceSession::notReceivable() const
{
    QStringList names;
    for (const CredentialConfiguration &configuration : m_offer.configurations)
        if (!configuration.isSupportedFormat())
            names << configuration.id() + QStringLiteral(" (") + configuration.format() +
                         QLatin1Char(')');
    return names;
}

bool IssuanceSession::needsTransactionCode() const
{
    return m_offer.offer.preAuthorized() && m_offer.offer.preAuthorized()->transactionCode;
}

Status IssuanceSession::checkKeys(const Signers &signers) const
{
    if (signers.isEmpty())
        return Error{QStringLiteral("vci.no_key"), tr("no key was chosen for the credentials")};
    const QList<CredentialConfiguration> receiving = receivable();
    const bool binds =
        std::any_of(receiving.cbegin(), receiving.cend(),
                    [](const CredentialConfiguration &c) { return c.requiresKeyBinding(); });
    if (signers.size() > 1 && binds) {
        const int batch = m_offer.issuer.batchSize();
        if (batch < 2)
            return Error{QStringLiteral("vci.batch_unsupported"),
                         tr("the issuer binds each credential to one key only: choose one key")};
        if (signers.size() > std::min(batch, kMaxKeys))
            return Error{QStringLiteral("vci.batch_too_large"),
                         tr("the issuer takes at most %1 keys at once; %2 were chosen")
                             .arg(std::min(batch, kMaxKeys))
                             .arg(signers.size())};
    }
    QSet<QString> seen;
    for (const HolderKeyring::Signer &signer : signers) {
        if (seen.contains(signer.did))
            return Error{
                QStringLiteral("vci.duplicate_key"),
                tr("the key %1 was chosen twice").arg(DisplayText::escape(signer.did, 120))};
        seen.insert(signer.did);
        for (const CredentialConfiguration &configuration : receiving) {
            if (!configuration.requiresKeyBinding())
                continue;
            if (auto reference = KeyProof::referenceFor(signer, configuration); !reference)
                return reference.error();
        }
    }
    return {};
}

Result<CredentialAnswer> IssuanceSession::requestOne(const CredentialConfiguration &configuration,
                                                     const Signers &signers, QString &nonce,
                                                     const Report &report)
{
    const CredentialClient client(m_offer.issuer, m_http, m_dpop.get());
    QJsonObject target{{QStringLiteral("credential_configuration_id"), configuration.id()}};
    const QStringList identifiers = m_token.credentialIdentifiers.value(configuration.id());
    if (!identifiers.isEmpty())
        target = QJsonObject{{QStringLiteral("credential_identifier"), identifiers.first()}};
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (CancelToken::current().isCancelled())
            return cancelled();
        QList<QByteArray> proofs;
        if (configuration.requiresKeyBinding()) {
            for (const HolderKeyring::Signer &signer : signers) {
                auto proof =
                    KeyProof::sign(signer, configuration, m_offer.issuer.issuer().text(), nonce);
                if (!proof)
                    return proof.error();
                proofs << proof.value();
            }
        }
        report(tr("Asking for %1")
                   .arg(DisplayText::escape(configuration.display().pick(m_languages).name.isEmpty()
                                                ? configuration.id()
                                                : configuration.display().pick(m_languages).name,
                                            80)));
        auto answer = client.request(m_token, target, proofs);
        if (answer || attempt > 0 || !retriesWithNewNonce(answer.error()) ||
            m_offer.issuer.nonceEndpoint().isEmpty())
            return answer;
        auto fresh = client.nonce();
        if (!fresh)
            return fresh.error();
        nonce = fresh.value();
    }
    return Error{QStringLiteral("vci.credential_error"), tr("the issuer refused the key proof")};
}

Result<CredentialAnswer> IssuanceSession::waitForDeferred(CredentialAnswer answer,
                                                          const Report &report)
{
    const CredentialClient client(m_offer.issuer, m_http, m_dpop.get());
    int waited = 0;
    while (answer.isDeferred()) {
        const int interval = std::max(1, answer.intervalSeconds);
        if (waited + interval > kMaxDeferredWaitSeconds)
            return Error{QStringLiteral("vci.deferred_timeout"),
                         tr("the issuer will issue the credential only in %1 s or more; vcdesk "
                            "waits at most %2 s, so nothing was received: ask the issuer for a "
                            "new offer when it is ready")
                             .arg(waited + interval)
                             .arg(kMaxDeferredWaitSeconds)};
        report(
            tr("The issuer will issue the credential later; asking again in %1 s").arg(interval));
        if (!CancelToken::current().sleepFor(std::chrono::seconds(interval)))
            return cancelled();
        waited += interval;
        const QString transaction = answer.transactionId;
        auto next = client.deferred(m_token, transaction);
        if (!next)
            return next.error();
        answer = next.value();
    }
    return answer;
}

Result<QList<ReceivedCredential>> IssuanceSession::receive(const QString &transactionCode,
                                                           const Signers &signers,
                                                           const InspectOptions &inspect,
                                                           const Report &report)
{
    if (!m_opened)
        return Error{QStringLiteral("vci.not_open"), tr("no offer is open")};
    if (m_spent)
        return Error{QStringLiteral("vci.already_used"),
                     tr("this offer was used already: open it again (or ask the issuer for a new "
                        "one)")};
    if (auto usable = checkKeys(signers); !usable)
        return usable.error();
    if (needsSignIn()) {
        if (m_token.token.isEmpty())
            return Error{QStringLiteral("vci.not_signed_in"), tr("sign in at the issuer first")};
        m_spent = true;
        return receiveWithToken(signers, inspect, report, {});
    }
    const auto &grant = *m_offer.offer.preAuthorized();
    if (grant.transactionCode)
        if (auto fits = grant.transactionCode->check(transactionCode); !fits)
            return fits.error();
    if (!m_offer.server.dpopSigningAlgorithms().isEmpty())
        m_dpop = std::make_unique<DpopKey>();
    // From here on the offer's code is spent: a second receive() cannot use it again.
    m_spent = true;
    const QStringList secrets{grant.preAuthorizedCode, transactionCode};
    report(tr("Asking %1 for an access token").arg(m_offer.server.issuer().url().host()));
    auto token =
        TokenClient::preAuthorized(m_offer.server, grant, transactionCode, m_http, m_dpop.get());
    if (!token)
        return redacted(token.error(), secrets);
    m_token = token.value();
    return receiveWithToken(signers, inspect, report, secrets);
}

Result<QList<ReceivedCredential>> IssuanceSession::receiveWithToken(const Signers &signers,
                                                                    const InspectOptions &inspect,
                                                                    const Report &report,
                                                                    const QStringList &secrets)
{
    auto received = receiveAll(signers, inspect, report);
    if (!received) {
        // Whatever the issuer handed out before the failure is not kept (section 11.1).
        (void)notify(QStringLiteral("credential_failure"), received.error().code);
        return redacted(received.error(), secrets + QStringList{m_token.token});
    }
    return received;
}

bool IssuanceSession::needsSignIn() const
{
    return m_opened && !m_offer.offer.preAuthorized();
}

Status IssuanceSession::signIn(const BrowserOpener &openBrowser, const Report &report,
                               const Report &pageRefused)
{
    if (!needsSignIn())
        return Error{QStringLiteral("vci.not_open"), tr("no offer that needs a sign-in is open")};
    if (m_spent || !m_token.token.isEmpty())
        return Error{QStringLiteral("vci.already_used"),
                     tr("the sign-in for this offer is done already: open it again")};
    LoopbackRedirectListener listener;
    if (auto listening = listener.listen(); !listening)
        return listening.error();
    IssuerAuthorizationRequest::Parameters parameters;
    parameters.clientId = m_clientId;
    parameters.redirectUri = listener.redirectUri();
    for (const CredentialConfiguration &configuration : receivable()) {
        parameters.configurationIds << configuration.id();
        parameters.scopes << configuration.scope();
    }
    parameters.issuerNamesServers = !m_offer.issuer.authorizationServers().isEmpty();
    if (const auto &grant = m_offer.offer.authorizationCode())
        parameters.issuerState = grant->issuerState;
    parameters.credentialIssuer = m_offer.issuer.issuer().text();
    // The DPoP key is made before the sign-in, so that the code is bound to it.
    if (!m_offer.server.dpopSigningAlgorithms().isEmpty()) {
        m_dpop = std::make_unique<DpopKey>();
        parameters.dpopKeyThumbprint = Jwk::thumbprint(m_dpop->key().publicKey());
    }
    report(tr("Preparing the sign-in at %1").arg(m_offer.server.issuer().url().host()));
    auto first = IssuerAuthorizationRequest::make(m_offer.server, parameters, m_http);
    if (!first)
        return first.error();
    QList<IssuerAuthorizationRequest> requests{first.value()};
    m_freshPageWanted = false;
    if (auto opened = openBrowser(first->browserUrl(), first->expiresAt()); !opened)
        return opened.error();
    report(tr("Waiting for you to sign in at %1 in your browser")
               .arg(m_offer.server.issuer().url().host()));
    // A fresh page that cannot be had ends nothing: the pages made so far still work.
    const auto freshPage = [&]() -> Result<bool> {
        if (!m_freshPageWanted.exchange(false))
            return false;
        if (requests.size() >= kMaxSignInPages) {
            if (pageRefused)
                pageRefused(tr("vcdesk made %1 sign-in pages already: finish on one of them, or "
                               "cancel and open the offer again")
                                .arg(kMaxSignInPages));
            return false;
        }
        auto fresh = IssuerAuthorizationRequest::make(m_offer.server, parameters, m_http);
        if (!fresh) {
            if (pageRefused)
                pageRefused(tr("no fresh sign-in page: %1").arg(fresh.error().message));
            return false;
        }
        requests << fresh.value();
        if (auto opened = openBrowser(fresh->browserUrl(), fresh->expiresAt()); !opened)
            return opened.error();
        return true; // a new page: the person gets the whole wait again
    };
    QString code;
    qsizetype answered = -1; // which request the redirect answers
    auto redirect = listener.wait(
        [&](const QUrl &url) -> Result<bool> {
            for (qsizetype i = 0; i < requests.size(); ++i) {
                auto read =
                    IssuerAuthorizationResponse::read(url, requests[i].state(), m_offer.server);
                if (!read && read.error().code == QLatin1String("vci.state_mismatch"))
                    continue; // not this request's answer
                if (!read)
                    return read.error();
                code = read.value();
                answered = i;
                return true;
            }
            return false; // no request's answer: the real one may still come
        },
        std::chrono::seconds(kMaxSignInSeconds), freshPage);
    if (!redirect)
        return redirect.error().code == QLatin1String("net.cancelled") ? cancelled()
                                                                       : redirect.error();
    const IssuerAuthorizationRequest &request = requests.at(answered);
    report(tr("Asking %1 for an access token").arg(m_offer.server.issuer().url().host()));
    auto token =
        TokenClient::authorizationCode(m_offer.server, code, request, m_http, m_dpop.get());
    if (!token)
        return redacted(token.error(), {code, QString::fromLatin1(request.codeVerifier())});
    m_token = token.value();
    return {};
}

Result<QList<ReceivedCredential>> IssuanceSession::receiveAll(const Signers &signers,
                                                              const InspectOptions &inspect,
                                                              const Report &report)
{
    const CredentialClient client(m_offer.issuer, m_http, m_dpop.get());
    QString nonce = m_token.cNonce;
    QList<ReceivedCredential> received;
    for (const CredentialConfiguration &configuration : receivable()) {
        // A fresh nonce for every request: the issuer may take each one once.
        if (!m_offer.issuer.nonceEndpoint().isEmpty()) {
            auto fresh = client.nonce();
            if (!fresh)
                return fresh.error();
            nonce = fresh.value();
        }
        auto answer = requestOne(configuration, signers, nonce, report);
        if (answer && answer->isDeferred())
            answer = waitForDeferred(answer.value(), report);
        if (!answer)
            return answer.error();
        if (!answer->notificationId.isEmpty())
            m_notificationIds << answer->notificationId;
        report(tr("Checking what the issuer sent"));
        // A batch is one credential per key: a key used twice would link the copies.
        QSet<qsizetype> keysUsed;
        for (const QByteArray &raw : answer->credentials) {
            Inspection inspection;
            const QString source =
                m_offer.issuer.issuer().text() + QStringLiteral(" ") + configuration.id();
            auto record =
                CredentialImporter::prepare(raw, inspect, kSourceKind, source, &inspection);
            if (!record)
                return Error{QStringLiteral("vci.credential_unreadable"),
                             tr("the issuer sent something that is not a credential vcdesk can "
                                "read: %1")
                                 .arg(record.error().message)};
            ReceivedCredential credential{record.value(), configuration.id(), {}};
            if (auto keep = IssuedCredentialCheck::check(inspection, record.value(), configuration,
                                                         signers);
                !keep)
                credential.problem = keep.error();
            else if (signers.size() > 1 && configuration.requiresKeyBinding())
                credential.problem =
                    batchProblem(inspection, record.value(), configuration, signers, keysUsed);
            received << credential;
        }
    }
    return received;
}

Error IssuanceSession::batchProblem(const Inspection &inspection, const CredentialRecord &record,
                                    const CredentialConfiguration &configuration,
                                    const Signers &signers, QSet<qsizetype> &keysUsed)
{
    const QJsonObject claims = inspection.payload.object();
    for (qsizetype i = 0; i < signers.size(); ++i) {
        if (!IssuedCredentialCheck::checkBinding(claims, record.subject, signers[i], configuration))
            continue;
        if (keysUsed.contains(i))
            break;
        keysUsed.insert(i);
        return {};
    }
    return Error{QStringLiteral("vci.batch_mismatch"),
                 tr("the issuer bound more than one credential to the same key, so they could "
                    "be linked when shown")};
}

Status IssuanceSession::notify(const QString &event, const QString &description)
{
    const CredentialClient client(m_offer.issuer, m_http, m_dpop.get());
    Status outcome;
    for (const QString &id : std::as_const(m_notificationIds))
        if (auto sent = client.notify(m_token, id, event, description); !sent)
            outcome = sent;
    m_notificationIds.clear();
    return outcome;
}

} // namespace vcdesk
