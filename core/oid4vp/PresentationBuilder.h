#pragma once

#include "core/common/Result.h"
#include "core/oid4vp/AuthorizationRequest.h"
#include "core/oid4vp/AuthorizationResponse.h"
#include "core/oid4vp/HeldCredential.h"
#include "core/oid4vp/HolderKeyring.h"
#include "core/oid4vp/PresentationMatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace vcdesk {

/// Builds the answer the holder agreed to:
/// - JWT-VC -> a JWT-VP signed by the key of the credential's subject (the default key when
///   the subject is no DID of this wallet), with nonce, aud = client_id, iat, exp, jti;
/// - SD-JWT VC -> issuer JWT, only the chosen disclosures, and a KB-JWT (kb+jwt; iat, aud,
///   nonce, sd_hash) signed by the key its cnf names (no such key: an error, never unbound);
/// - JSON-LD credential (ldp_vc) -> a VP with a Data Integrity proof by the holder's key
///   (DataIntegrityPresentation: authentication, challenge = nonce, domain = client_id);
/// - VC-JWT 2.0 (vc+jwt) -> a vp+jwt (VC-JOSE-COSE): the VP itself is the payload, the
///   credential in it enveloped (EnvelopedVerifiableCredential), with iss, aud, nonce, iat,
///   exp, jti;
/// - DCQL -> vp_token as a JSON object keyed by query id, each an array of presentations;
///   Presentation Exchange -> one VP for the JWT-VCs plus one presentation per other
///   credential, and a presentation_submission whose descriptor_map points into it;
/// - id_token (SIOPv2) when asked, signed by the default key, iss = sub = its DID.
class PresentationBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PresentationBuilder)
public:
    /// Request part id -> the credential ids the holder chose for it. Required parts need
    /// one; optional parts without an entry are left out.
    using Selection = QHash<QString, QList<qint64>>;
    /// Credential id -> the optional claims (display paths) the holder keeps back. Claims the
    /// request requires are never kept back, whatever this says.
    using Withheld = QHash<qint64, QStringList>;

    static constexpr qint64 kLifetimeSeconds = 300;

    static Result<AuthorizationResponse>
    build(const AuthorizationRequest &request, const PresentationMatch &match,
          const Selection &selection, const QList<HeldCredential> &wallet,
          const HolderKeyring &keys, const Withheld &withheld = {});
    /// The first valid candidate of every required part: what a holder gets without choosing
    /// (a part whose candidates are all not valid gets none: the person must choose).
    static Selection defaultSelection(const PresentationMatch &match);

    static Result<QByteArray> jwtPresentation(const QList<const HeldCredential *> &credentials,
                                              const HolderKeyring::Signer &signer,
                                              const AuthorizationRequest &request, qint64 now);
    static Result<QByteArray> envelopedPresentation(const HeldCredential &credential,
                                                    const HolderKeyring::Signer &signer,
                                                    const AuthorizationRequest &request,
                                                    qint64 now);
    static Result<QByteArray> sdJwtPresentation(const HeldCredential &credential,
                                                const QList<int> &disclosures,
                                                const HolderKeyring &keys,
                                                const AuthorizationRequest &request, qint64 now);
    static Result<QByteArray> idToken(const HolderKeyring::Signer &signer,
                                      const AuthorizationRequest &request, qint64 now);

private:
    struct Chosen
    {
        const RequestedPart *part;
        const HeldCredential *held;
        const MatchCandidate *candidate;
        QList<int> disclosures; // SD-JWT: what goes, after what the holder keeps back
    };
    static Result<QList<Chosen>> resolveSelection(const PresentationMatch &match,
                                                  const Selection &selection,
                                                  const Withheld &withheld,
                                                  const QList<HeldCredential> &wallet);
    static QList<int> disclosuresKept(const HeldCredential &held, const MatchCandidate &candidate,
                                      const QStringList &withheld);
    static const HolderKeyring::Signer *signerFor(const HeldCredential &held,
                                                  const HolderKeyring &keys);
    /// The presentation of one credential that goes alone (all but JWT-VC 1.1): a string
    /// (SD-JWT, vp+jwt) or a JSON object (a Data Integrity VP).
    static Result<QJsonValue> presentationOf(const Chosen &chosen, const HolderKeyring &keys,
                                             const AuthorizationRequest &request, qint64 now);
    /// The PE formats of such a presentation and of its credential (path_nested), in the
    /// names the descriptor uses; an empty nested format when the presentation is the
    /// credential itself (SD-JWT).
    static QPair<QString, QString> submissionFormats(const Chosen &chosen,
                                                     const QJsonObject &definition);
    static Result<QString> dcqlToken(const QList<Chosen> &chosen, const HolderKeyring &keys,
                                     const AuthorizationRequest &request, qint64 now);
    static Status presentationExchange(const QList<Chosen> &chosen, const HolderKeyring &keys,
                                       const AuthorizationRequest &request, qint64 now,
                                       const QString &definitionId,
                                       AuthorizationResponse &response);
};

} // namespace vcdesk
