#include "core/oid4vci/IssuedCredentialCheck.h"

#include "core/common/DisplayText.h"
#include "core/crypto/Jwk.h"

#include <QJsonObject>

namespace vcdesk {

Status IssuedCredentialCheck::check(const Inspection &inspection, const CredentialRecord &record,
                                    const CredentialConfiguration &configuration,
                                    const QList<HolderKeyring::Signer> &signers)
{
    if (record.verdict != Verdict::Valid)
        return Error{QStringLiteral("vci.credential_not_valid"),
                     tr("the credential does not verify: %1")
                         .arg(DisplayText::escape(inspection.report.firstProblem(), 300))};
    const QJsonObject claims = inspection.payload.object();
    if (auto matches = checkMatch(claims, record, configuration); !matches)
        return matches;
    Status bound = Error{QStringLiteral("vci.wrong_key"), tr("no key was chosen")};
    for (qsizetype i = 0; i < signers.size(); ++i) {
        Status attempt = checkBinding(claims, record.subject, signers[i], configuration);
        if (attempt)
            return attempt;
        if (i == 0)
            bound = attempt; // the first key's reason is the one shown
    }
    return bound;
}

Status IssuedCredentialCheck::checkMatch(const QJsonObject &claims, const CredentialRecord &record,
                                         const CredentialConfiguration &configuration)
{
    if (configuration.isSdJwt()) {
        const QString vct = claims.value(QStringLiteral("vct")).toString();
        if (vct == configuration.vct())
            return {};
        return Error{
            QStringLiteral("vci.credential_mismatch"),
            tr("the issuer sent a credential of type %1, not the %2 you agreed to")
                .arg(DisplayText::escape(vct, 120), DisplayText::escape(configuration.vct(), 120))};
    }
    for (const QString &type : configuration.types())
        if (!record.types.contains(type))
            return Error{QStringLiteral("vci.credential_mismatch"),
                         tr("the issuer sent a credential that is not a %1, which you agreed to")
                             .arg(DisplayText::escape(type, 120))};
    return {};
}

Status IssuedCredentialCheck::checkBinding(const QJsonObject &claims, const QString &subject,
                                           const HolderKeyring::Signer &signer,
                                           const CredentialConfiguration &configuration)
{
    const Error wrongKey{QStringLiteral("vci.wrong_key"),
                         tr("the credential is not bound to the key you chose")};
    const bool required = configuration.requiresKeyBinding();
    const QJsonValue cnfValue = claims.value(QStringLiteral("cnf"));
    if (!cnfValue.isUndefined() && !cnfValue.isObject())
        return wrongKey;
    const QJsonObject cnf = cnfValue.toObject();
    if (cnf.value(QStringLiteral("jwk")).isObject()) {
        auto thumbprint = Jwk::thumbprint(cnf.value(QStringLiteral("jwk")).toObject());
        return thumbprint && thumbprint.value() == Jwk::thumbprint(signer.key.publicKey())
                   ? Status()
                   : Status(wrongKey);
    }
    if (cnf.contains(QStringLiteral("kid"))) {
        const QString kid = cnf.value(QStringLiteral("kid")).toString();
        return !kid.isEmpty() && (kid == signer.kid || kid == signer.did) ? Status()
                                                                          : Status(wrongKey);
    }
    // An SD-JWT VC is bound only through cnf: without it, no key-binding JWT could ever show
    // that the holder presents it.
    if (configuration.isSdJwt())
        return required ? Status(wrongKey) : Status();
    if (!subject.isEmpty())
        return subject == signer.did
                   ? Status()
                   : Status(Error{QStringLiteral("vci.wrong_key"),
                                  tr("the credential is about %1, not about you (%2)")
                                      .arg(DisplayText::escape(subject, 200), signer.did)});
    return required ? Status(wrongKey) : Status();
}

} // namespace vcdesk
