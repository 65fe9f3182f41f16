#include "core/receive/AccountCheck.h"

#include "core/api/HostedWalletClient.h"
#include "core/api/IssuerAgentClient.h"
#include "core/api/VerifierApiClient.h"

namespace vcdesk {

Result<QString> AccountCheck::run(const Account &account, const NetworkPolicy &policy)
{
    const QUrl base(account.baseUrl);
    if (account.kind == QLatin1String("issuer-agent")) {
        auto offers = IssuerAgentClient(base, account.secret, policy).offers();
        if (!offers)
            return offers.error();
        return tr("Connection ok: the issuer agent answered (%n offer(s) for this account).",
                  nullptr, int(offers->size()));
    }
    if (account.kind == QLatin1String("hosted-wallet")) {
        auto templates = HostedWalletClient(base, account.secret, policy).templates();
        if (!templates)
            return templates.error();
        return tr("Connection ok: the hosted wallet answered (%n template(s)).", nullptr,
                  int(templates->size()));
    }
    if (account.kind == QLatin1String("verifier")) {
        // Nothing is created: the status of a request nobody made. A verifier that took the
        // token says "not found"; a refused token is 401 or 403.
        auto status = VerifierApiClient(base, account.secret, policy)
                          .authStatus(QStringLiteral("vcdesk-connection-check"),
                                      QStringLiteral("vcdesk-connection-check"));
        if (status || status.error().httpStatus == 404)
            return tr("Connection ok: the verifier answered and took the token.");
        return status.error();
    }
    return Error{QStringLiteral("account.untestable"),
                 tr("a %1 account cannot be tested without making something; it is kept as "
                    "entered")
                     .arg(account.kind)};
}

} // namespace vcdesk
