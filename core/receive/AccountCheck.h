#pragma once

#include "core/common/Result.h"
#include "core/net/NetworkPolicy.h"
#include "core/store/Account.h"

#include <QCoreApplication>

namespace vcdesk {

/// "Test" for an account: one harmless call its service must answer with the account's
/// secret: an issuer agent lists the offers, a hosted wallet its templates, a verifier the
/// status of a request that does not exist (its "not found" proves the token was taken). A
/// generation service has no call that generates nothing: said so, not called ok. Blocking:
/// a worker thread or the command line. The answer is a sentence: "connection ok: …" or why
/// not.
class AccountCheck
{
    Q_DECLARE_TR_FUNCTIONS(AccountCheck)
public:
    static Result<QString> run(const Account &account, const NetworkPolicy &policy);
};

} // namespace vcdesk
