#pragma once

#include "core/common/Result.h"
#include "core/oid4vp/AuthorizationResponse.h"
#include "core/oid4vp/Consent.h"
#include "core/oid4vp/HeldCredential.h"
#include "core/oid4vp/PresentationBuilder.h"
#include "core/oid4vp/RequestResolver.h"
#include "core/oid4vp/ResponseSender.h"

#include <QCoreApplication>

namespace vcdesk {

class Wallet;

/// One presentation from scan to answer, in the order a holder lives it:
/// open(uri) resolves and authenticates the request and matches it against the profile's
/// credentials (nothing is sent); the caller shows ConsentSummary and asks; then either
/// present(selection) builds and posts the answer, or decline() tells the verifier no
/// (access_denied). Both keep what happened in the wallet's presentation history
/// (PresentationReceipt). Blocking: run it on a worker thread or from the command line.
class PresentationSession
{
    Q_DECLARE_TR_FUNCTIONS(PresentationSession)
public:
    static constexpr int kMaxCredentials = 10000;

    PresentationSession(const Wallet &wallet, qint64 profileId, RequestResolver::Options options)
        : m_wallet(&wallet)
        , m_profileId(profileId)
        , m_options(std::move(options))
    {
    }

    Status open(const QString &uri);
    /// The wallet object to read from now (the same file, opened again on the same thread).
    void useWallet(const Wallet &wallet) { m_wallet = &wallet; }
    const AuthorizationRequest &request() const { return m_request; }
    const PresentationMatch &match() const { return m_match; }
    const QList<HeldCredential> &credentials() const { return m_credentials; }
    Consent consent() const;

    /// `withheld`: optional claims the holder keeps back (SD-JWT).
    Result<ResponseSender::VerifierAnswer>
    present(const PresentationBuilder::Selection &selection,
            const PresentationBuilder::Withheld &withheld = {});
    Result<ResponseSender::VerifierAnswer> decline(const QString &why);
    /// After present() or decline(): why the answer is not in the presentation history (the
    /// wallet is read-only, or the write failed), or empty when it was kept.
    const QString &historyProblem() const { return m_historyProblem; }

    /// The profile's credentials, opened; unreadable ones, and any beyond kMaxCredentials, are
    /// skipped and named in `skipped` (the consent data shows them: never matched silently).
    static Result<QList<HeldCredential>> loadCredentials(const Wallet &wallet, qint64 profileId,
                                                         QStringList *skipped = nullptr);

private:
    void keep(const PresentationBuilder::Selection &selection,
              const PresentationBuilder::Withheld &withheld, bool declined,
              const Result<ResponseSender::VerifierAnswer> &answer);

    const Wallet *m_wallet;
    qint64 m_profileId;
    RequestResolver::Options m_options;
    AuthorizationRequest m_request;
    PresentationMatch m_match;
    QList<HeldCredential> m_credentials;
    QStringList m_notSearched; // unreadable credentials, or those beyond kMaxCredentials
    bool m_opened = false;
    QString m_historyProblem;
};

} // namespace vcdesk
