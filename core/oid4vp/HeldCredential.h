#pragma once

#include "core/common/Result.h"
#include "core/credential/Credential.h"
#include "core/oid4vp/PresentationMatch.h"
#include "core/store/CredentialRecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace vcdesk {

/// A wallet credential as the query matchers and the presentation builder see it:
/// - `matchDocument`: what Presentation Exchange JSONPaths apply to (the JWT claims of a
///   JWT-VC, so "$.vc.type" and "$.type" both work; the disclosed claims of an SD-JWT VC; the
///   JSON-LD document);
/// - `claimsDocument`: what DCQL claims paths apply to (the VC itself, "vc" of a 1.1 JWT-VC;
///   the claims of an SD-JWT VC);
/// - for an SD-JWT, where in the claims each disclosure sits, so that exactly the disclosures
///   a set of claims needs can be chosen.
class HeldCredential
{
    Q_DECLARE_TR_FUNCTIONS(HeldCredential)
public:
    struct DisclosureSite
    {
        int index = 0;   // into sdJwt()->disclosures()
        QJsonArray path; // concrete path of the disclosed claim or array element
    };

    static Result<HeldCredential> fromRecord(const CredentialRecord &record);
    /// A credential a holder presented to us: only whether it fits a query matters, so every
    /// format it came in counts as presentable.
    static Result<HeldCredential> presented(const CredentialRecord &record);

    const CredentialRecord &record() const { return m_record; }
    qint64 id() const { return m_record.id; }
    /// jwt_vc_json, vc+jwt, dc+sd-jwt or ldp_vc.
    const QString &format() const { return m_record.format; }
    bool isSdJwt() const { return m_credential.sdJwt.has_value(); }
    const Credential &credential() const { return m_credential; }
    const QJsonObject &matchDocument() const { return m_matchDocument; }
    const QJsonObject &claimsDocument() const { return m_claimsDocument; }
    QString vct() const { return m_claimsDocument.value(QStringLiteral("vct")).toString(); }
    const QList<DisclosureSite> &disclosureSites() const { return m_sites; }
    /// Whether vcdesk can build a presentation of it: JWT-VC in a JWT-VP, SD-JWT VC with key
    /// binding, VC-JWT 2.0 in a vp+jwt, JSON-LD in a VP with a Data Integrity proof. Any other
    /// format is matched by no query.
    bool canBePresented() const
    {
        static const QStringList kPresentable{QStringLiteral("jwt_vc_json"),
                                              QStringLiteral("vc+jwt"), QStringLiteral("ldp_vc")};
        return m_presented || isSdJwt() || kPresentable.contains(format());
    }

    /// The disclosures that reveal these concrete paths: those on the way to each (parents)
    /// and everything under each (a requested object is shown whole).
    QList<int> disclosuresFor(const QList<QJsonArray> &paths) const;
    /// This credential as an answer revealing `claims` (concrete paths); the optional ones
    /// can be kept back only when it discloses selectively (SD-JWT).
    MatchCandidate candidate(const FoundClaims &claims) const;
    /// Why the wallet does not hold it as valid at `now` (its stored verdict, or its expiry);
    /// empty when it does.
    QString notValidReason(const QDateTime &now) const;
    /// Concrete paths of the claims that are always shown (not selectively disclosable).
    QList<QJsonArray> alwaysDisclosed() const;

private:
    void mapDisclosures(const QJsonValue &value, const QJsonArray &path, int depth);

    CredentialRecord m_record;
    Credential m_credential;
    QJsonObject m_matchDocument;
    QJsonObject m_claimsDocument;
    QList<DisclosureSite> m_sites;
    QHash<QByteArray, int> m_byDigest;
    bool m_presented = false;
};

} // namespace vcdesk
