#include "core/oid4vp/PresentationSession.h"

#include "core/oid4vp/PresentationReceipt.h"

#include "core/oid4vp/ConsentSummary.h"
#include "core/oid4vp/DcqlMatcher.h"
#include "core/oid4vp/PresentationExchangeMatcher.h"
#include "core/store/Wallet.h"

#include <QJsonArray>

#include <algorithm>

namespace vcdesk {

Result<QList<HeldCredential>>
PresentationSession::loadCredentials(const Wallet &wallet, qint64 profileId, QStringList *skipped)
{
    QList<HeldCredential> held;
    CredentialQuery query;
    query.profileId = profileId;
    query.limit = CredentialSearch::kMaxPage;
    const CredentialSearch search = wallet.search();
    const CredentialStore store = wallet.credentials();
    while (held.size() < kMaxCredentials) {
        auto page = search.page(query);
        if (!page)
            return page.error();
        for (const CredentialRecord &row : std::as_const(page->rows)) {
            auto opened = store.open(row.id);
            if (!opened)
                return opened.error(); // locked or damaged: say so, never match on less
            auto credential = HeldCredential::fromRecord(opened.value());
            if (credential)
                held.append(credential.value());
            else if (skipped)
                skipped->append(tr("%1: %2").arg(row.title, credential.error().message));
        }
        if (!page->next)
            break;
        query.after = page->next;
    }
    if (held.size() >= kMaxCredentials && skipped)
        skipped->append(tr("only the first %1 credentials were searched").arg(kMaxCredentials));
    return held;
}

Status PresentationSession::open(const QString &uri)
{
    auto parsed = AuthorizationRequestUri::parse(uri);
    if (!parsed)
        return parsed.error();
    auto request = RequestResolver::resolve(parsed.value(), m_options);
    if (!request)
        return request.error();
    m_request = request.value();
    m_notSearched.clear();
    auto credentials = loadCredentials(*m_wallet, m_profileId, &m_notSearched);
    if (!credentials)
        return credentials.error();
    m_credentials = credentials.value();
    if (m_request.queryLanguage == AuthorizationRequest::QueryLanguage::Dcql) {
        auto match = DcqlMatcher::match(m_request.dcqlQuery, m_credentials);
        if (!match)
            return match.error();
        m_match = match.value();
    } else if (m_request.queryLanguage ==
               AuthorizationRequest::QueryLanguage::PresentationExchange) {
        auto match =
            PresentationExchangeMatcher::match(m_request.presentationDefinition, m_credentials);
        if (!match)
            return match.error();
        m_match = match.value();
    } else {
        m_match.satisfiable = true; // an id_token alone asks for no credential
    }
    // Valid credentials first, in the matcher's order; the others after them, never first.
    for (RequestedPart &part : m_match.parts)
        std::stable_partition(part.candidates.begin(), part.candidates.end(),
                              [](const MatchCandidate &c) { return c.valid; });
    m_opened = true;
    return {};
}

Consent PresentationSession::consent() const
{
    Consent consent = ConsentSummary::of(m_request, m_match, m_credentials);
    consent.notSearched = m_notSearched;
    return consent;
}

Result<ResponseSender::VerifierAnswer>
PresentationSession::present(const PresentationBuilder::Selection &selection,
                             const PresentationBuilder::Withheld &withheld)
{
    if (!m_opened)
        return Error{QStringLiteral("oid4vp.not_open"), tr("no request is open")};
    auto answer = [&]() -> Result<ResponseSender::VerifierAnswer> {
        auto keys = HolderKeyring::load(m_wallet->keys(), m_profileId);
        if (!keys)
            return keys.error();
        auto response = PresentationBuilder::build(m_request, m_match, selection, m_credentials,
                                                   keys.value(), withheld);
        if (!response)
            return response.error();
        return ResponseSender::send(response.value(), m_options.policy);
    }();
    keep(selection, withheld, false, answer);
    return answer;
}

Result<ResponseSender::VerifierAnswer> PresentationSession::decline(const QString &why)
{
    if (!m_opened)
        return Error{QStringLiteral("oid4vp.not_open"), tr("no request is open")};
    auto answer = ResponseSender::send(
        AuthorizationResponse::error(m_request, QStringLiteral("access_denied"), why),
        m_options.policy);
    keep({}, {}, true, answer);
    return answer;
}

void PresentationSession::keep(const PresentationBuilder::Selection &selection,
                               const PresentationBuilder::Withheld &withheld, bool declined,
                               const Result<ResponseSender::VerifierAnswer> &answer)
{
    // Whatever happened is kept, a failure too: the holder may need to know what left.
    m_historyProblem.clear();
    if (m_wallet->isReadOnly()) {
        m_historyProblem = tr("the wallet is open read-only");
        return;
    }
    const PresentationRecord record =
        PresentationReceipt::of(consent(), selection, declined, answer, withheld);
    if (auto kept = m_wallet->presentations().append(m_profileId, record); !kept)
        m_historyProblem = kept.error().message;
}

} // namespace vcdesk
