#pragma once

#include "core/common/Result.h"
#include "core/oid4vci/CredentialConfiguration.h"
#include "core/oid4vp/HolderKeyring.h"
#include "core/store/CredentialRecord.h"
#include "core/verify/Inspection.h"

#include <QCoreApplication>

namespace vcdesk {

/// Whether a credential an issuer sent may be kept, after the engine inspected it: it verifies
/// (vci.credential_not_valid, with the first failed check), it is what the person agreed to
/// receive (the configuration's vct for SD-JWT VC, its types for JWT-VC:
/// vci.credential_mismatch), and it is bound to a key the wallet proved (vci.wrong_key): an
/// SD-JWT VC by its cnf (jwk thumbprint or kid), a JWT-VC by its subject's DID. A credential
/// bound to nothing passes only when the configuration asked for no key. With several keys (a
/// batch), being bound to any one of them is enough.
class IssuedCredentialCheck
{
    Q_DECLARE_TR_FUNCTIONS(IssuedCredentialCheck)
public:
    static Status check(const Inspection &inspection, const CredentialRecord &record,
                        const CredentialConfiguration &configuration,
                        const QList<HolderKeyring::Signer> &signers);
    static Status checkBinding(const QJsonObject &claims, const QString &subject,
                               const HolderKeyring::Signer &signer,
                               const CredentialConfiguration &configuration);
    static Status checkMatch(const QJsonObject &claims, const CredentialRecord &record,
                             const CredentialConfiguration &configuration);
};

} // namespace vcdesk
