#pragma once

#include "core/common/Result.h"
#include "core/net/NetworkPolicy.h"
#include "core/store/Account.h"

#include <QCoreApplication>
#include <QString>

namespace vcdesk {

/// What the local sandbox (vcdesk-agent, started by scripts/run.sh) says of itself in its
/// owner-only agent.json: its base URL, the API keys of its parties (issuer, holder, verifier,
/// hosted wallet), their DIDs and the issuer-holder connection. Read strictly and only from
/// this computer: a base URL that is not loopback is refused, so a planted file cannot point
/// the wallet elsewhere.
struct SandboxDescription
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDescription)
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024;

    QString baseUrl;
    QString connectionId;
    QByteArray issuerApiKey;
    QString issuerDid;
    QByteArray holderApiKey;
    QByteArray verifierApiKey;
    QByteArray hostedWalletApiKey;
    /// The Verifier_User Bearer token it wrote on start (it expires: an hour by default).
    QByteArray verifierToken;

    /// The wallet accounts that reach it: its issuer agent as the holder, its verifier and its
    /// hosted wallet (those it names), secrets set.
    QList<Account> accounts() const;
    /// The name of the first of accounts().
    static QString issuerAccountName();
    /// Asks the sandbox's issuer to offer its holder a sample credential (blocking: a worker
    /// thread or the command line).
    Status requestSampleOffer(const NetworkPolicy &policy) const;

    /// $VCDESK_AGENT_DESCRIPTION, which scripts/run.sh exports; empty when not set.
    static QString defaultPath();
    /// Errors: "sandbox.unreadable", "sandbox.invalid" (with what is wrong).
    static Result<SandboxDescription> load(const QString &path);
    static Result<SandboxDescription> fromJson(QByteArrayView json);
};

} // namespace vcdesk
