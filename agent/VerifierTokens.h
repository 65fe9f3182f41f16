#pragma once

#include "agent/AgentParty.h"
#include "agent/AgentStore.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QStringList>

#include <optional>

namespace vcdesk {

/// The verifier's Bearer tokens (seed 002): JWTs signed by the verifier party's key, naming
/// their roles, with iat and exp. POST /private/webapp/token hands them to the verifier party's
/// apikey; every /private/webapp call shows one.
class VerifierTokens
{
    Q_DECLARE_TR_FUNCTIONS(VerifierTokens)
public:
    static constexpr const char *kAdmin = "Verifier_Admin";
    static constexpr const char *kUser = "Verifier_User";
    /// The party whose key signs the tokens and whose apikey may ask for them.
    static constexpr const char *kVerifier = "verifier";

    VerifierTokens(AgentStore &store, qint64 lifetimeSeconds);

    /// A token for `roles`, expiring after `lifetimeSeconds` (lifetimeSeconds() when not given).
    Result<QByteArray> mint(const QStringList &roles,
                            std::optional<qint64> lifetimeSeconds = std::nullopt) const;
    /// A valid, unexpired token of ours naming one of `roles` (401 otherwise; 403 for a token
    /// of ours without such a role).
    Status check(const QHttpServerRequest &request, const QStringList &roles) const;
    /// POST /private/webapp/token: {"role"} in, {"access_token", "token_type", "expires_in",
    /// "role"} out.
    QHttpServerResponse issue(const QHttpServerRequest &request) const;

    qint64 lifetimeSeconds() const { return m_lifetimeSeconds; }
    /// The verifier party (a null key when the store has none).
    AgentParty party() const;
    /// Either verifier role, and the admin's alone.
    static QStringList anyRole();
    static QStringList adminOnly();

private:
    AgentStore &m_store;
    qint64 m_lifetimeSeconds;
};

} // namespace vcdesk
