#pragma once

// The hostile corpus's second hunt (HostileCorpus.h): Data Integrity documents whose members
// are written in JSON-LD forms that mean the same to an RDF-canonicalized proof but hide a
// signed expiry, status, holder or proof expiry from what vcdesk reads; proof sets with
// entries that are not proofs, or proofs vcdesk cannot check; did:jwk keys not meant for
// signatures; and VC 1.1 JWTs whose status or expiry sits beside "vc", not in it (now read
// as the credential's, so the status is looked up and the expiry disagrees with "exp").

#include "core/crypto/Jwk.h"
#include "support/HostileIssuer.h"

namespace vcdesk::test {

class HostileForms : public HostileIssuer
{
public:
    static void add(QList<HostileToken> &out)
    {
        addRewrittenMembers(out);
        addHiddenSubjects(out);
        addReorderedSubjects(out);
        addProofSets(out);
        addJwkUsage(out);
        addMembersBesideVc(out);
    }

    /// `document` with an eddsa-rdfc-2022 proof by the fixed issuer: what it signs is the
    /// RDF, so renaming a member to the same statement keeps the signature good.
    static QJsonObject signRdfc(QJsonObject document, QJsonObject options = {})
    {
        // In safe mode every term needs a definition: the examples context gives "email" one.
        document.insert("@context", QJsonArray{"https://www.w3.org/ns/credentials/v2",
                                               "https://www.w3.org/ns/credentials/examples/v2"});
        options.insert("type", "DataIntegrityProof");
        options.insert("cryptosuite", "eddsa-rdfc-2022");
        options.insert("verificationMethod", issuerKid());
        options.insert("proofPurpose", "assertionMethod");
        options.insert("created", "2025-01-01T00:00:00Z");
        auto proof = DataIntegritySigner::proof(document, options, issuerKey());
        Q_ASSERT_X(proof.ok(), "signRdfc",
                   qPrintable(proof ? QString() : proof.error().toString()));
        document.insert("proof", proof.value());
        return document;
    }

private:
    static void addRewrittenMembers(QList<HostileToken> &out)
    {
        // Signed with an expiry already past (2026-01-01) and a status entry; each rewrite
        // keeps the signed graph and hides one of them from a reader of the JSON names.
        QJsonObject document = ldpCredential({{"email", "alice@example.com"}});
        document.insert("validUntil", "2026-01-01T00:00:00Z");
        const QJsonObject expired = signRdfc(document);

        QJsonObject asIri = expired;
        asIri.insert("https://www.w3.org/2018/credentials#validUntil", asIri.take("validUntil"));
        out << HostileToken{"rdfc-valid-until-as-full-iri.json", compact(asIri), "unverifiable",
                            "SignatureVerification",
                            "an rdfc credential whose past validUntil is renamed to its full IRI"};

        QJsonObject nested = expired;
        nested.insert("@nest", QJsonObject{{"validUntil", nested.take("validUntil")}});
        out << HostileToken{"rdfc-valid-until-under-nest.json", compact(nested), "unverifiable",
                            "SignatureVerification",
                            "an rdfc credential whose past validUntil is moved under @nest"};

        QJsonObject withStatus = ldpCredential({{"email", "alice@example.com"}});
        withStatus.insert("credentialStatus",
                          QJsonObject{{"type", "BitstringStatusListEntry"},
                                      {"statusPurpose", "revocation"},
                                      {"statusListIndex", "7"},
                                      {"statusListCredential", "https://status.example/list"}});
        QJsonObject statusHidden = signRdfc(withStatus);
        statusHidden.insert(
            "@nest", QJsonObject{{"credentialStatus", statusHidden.take("credentialStatus")}});
        out << HostileToken{"rdfc-status-under-nest.json", compact(statusHidden), "unverifiable",
                            "SignatureVerification",
                            "an rdfc credential whose status entry is moved under @nest"};

        QJsonObject subjectHidden = signRdfc(ldpCredential({{"email", "alice@example.com"}}));
        QJsonObject subject = subjectHidden.value("credentialSubject").toObject();
        subject.insert("@id", subject.take("id"));
        subjectHidden.insert("credentialSubject", subject);
        out << HostileToken{"rdfc-subject-id-as-keyword.json", compact(subjectHidden),
                            "unverifiable", "SignatureVerification",
                            "an rdfc credential whose holder's id is written @id (a stranger's "
                            "presentation then took it for a bearer credential)"};

        QJsonObject proofHidden = signRdfc(ldpCredential({{"email", "alice@example.com"}}),
                                           {{"expires", "2026-01-01T00:00:00Z"}});
        QJsonObject proof = proofHidden.value("proof").toObject();
        proof.insert("https://w3id.org/security#expiration",
                     QJsonObject{{"@value", proof.take("expires")},
                                 {"@type", "http://www.w3.org/2001/XMLSchema#dateTime"}});
        proofHidden.insert("proof", proof);
        out << HostileToken{"rdfc-proof-expires-as-full-iri.json", compact(proofHidden),
                            "unverifiable", "SignatureVerification",
                            "an rdfc proof whose past expires is renamed to its full IRI"};

        out << HostileToken{"di-proof-expired-by-its-other-name.json",
                            signLdp(ldpCredential({{"email", "alice@example.com"}}),
                                    {{"expiration", "2026-01-01T00:00:00Z"}}),
                            "invalid", "SignatureVerification",
                            "a proof past its expiration, the older name of expires"};
    }

    static void addHiddenSubjects(QList<HostileToken> &out)
    {
        // The same subject in shapes JSON-LD reads as {"id": D}: the proof still verifies,
        // and a reader of the first entry's "id" found no holder (a bearer credential).
        const QJsonObject credential = signRdfc(ldpCredential({{"email", "alice@example.com"}}));
        const QJsonObject subject = credential.value("credentialSubject").toObject();
        const auto reshaped = [&credential](const QJsonValue &subjects) {
            QJsonObject out = credential;
            out.insert("credentialSubject", subjects);
            return out;
        };
        out << HostileToken{"rdfc-subject-behind-a-null.json",
                            compact(reshaped(QJsonArray{QJsonValue::Null, subject})),
                            "unverifiable", "SignatureVerification",
                            "an rdfc credential whose subject follows a null JSON-LD drops"};
        out << HostileToken{"rdfc-subject-in-an-array-in-an-array.json",
                            compact(reshaped(QJsonArray{QJsonArray{subject}})), "unverifiable",
                            "SignatureVerification",
                            "an rdfc credential whose subject is in an array JSON-LD flattens"};
        // Naming the subject first as a plain IRI is a proper form, read as such: the
        // credential stays valid, and a stranger's presentation of it is still a stranger's.
        const QJsonObject iriFirst = reshaped(QJsonArray{subject.value("id"), subject});
        out << HostileToken{
            "presentation-of-credential-naming-its-holder-by-iri.jwt",
            issuersPresentation(iriFirst), "invalid", "HolderBinding",
            "a stranger's presentation of a credential whose subject is first named by IRI"};
    }

    static void addReorderedSubjects(QList<HostileToken> &out)
    {
        // Issued about the holder and a thing (a urn): the proof does not sign their order,
        // and a first id that is no DID made the credential read as a bearer's.
        QJsonObject document = ldpCredential({{"email", "alice@example.com"}});
        const QJsonObject holder = document.value("credentialSubject").toObject();
        const QJsonObject thing{{"id", "urn:uuid:0b1e0000-0000-4000-8000-000000000001"},
                                {"color", "green"}};
        document.insert("credentialSubject", QJsonArray{holder, thing});
        QJsonObject reordered = signRdfc(document);
        reordered.insert("credentialSubject", QJsonArray{thing, holder});
        out << HostileToken{
            "presentation-of-credential-with-its-holder-second.jwt", issuersPresentation(reordered),
            "invalid", "HolderBinding",
            "a stranger's presentation of an rdfc credential whose subjects were reordered so "
            "that a non-DID id comes first"};
    }

    static void addProofSets(QList<HostileToken> &out)
    {
        const QJsonObject good =
            QJsonDocument::fromJson(signLdp(ldpCredential({{"email", "alice@example.com"}})))
                .object();
        const auto withSecond = [&good](const QJsonValue &second) {
            QJsonObject set = good;
            set.insert("proof", QJsonArray{good.value("proof"), second});
            return compact(set);
        };
        out << HostileToken{"proof-set-with-a-string.json", withSecond("not a proof"), "invalid",
                            "SignatureVerification",
                            "a good proof with a string appended to the proof set"};
        out << HostileToken{
            "proof-set-with-an-unchecked-suite.json",
            withSecond(QJsonObject{{"type", "DataIntegrityProof"},
                                   {"cryptosuite", "bbs-2023"},
                                   {"verificationMethod", issuerKid()},
                                   {"proofPurpose", "assertionMethod"},
                                   {"proofValue", "u2V0ChVhA"}}),
            "unverifiable", "SignatureVerification",
            "a good proof beside one vcdesk cannot check: every proof of a set must verify"};
    }

    static void addJwkUsage(QList<HostileToken> &out)
    {
        // The fixed issuer's key as a did:jwk that says it is not for signatures.
        const QList<std::tuple<const char *, const char *, QJsonValue, const char *>> cases{
            {"did-jwk-key-ops-encrypt.jwt", "key_ops", QJsonArray{"encrypt"},
             "a did:jwk whose key_ops do not include verify"},
            {"did-jwk-use-not-a-string.jwt", "use", QJsonArray{"enc"},
             "a did:jwk whose use is not a string"},
            {"did-jwk-alg-of-another-key-type.jwt", "alg", "ES256",
             "a did:jwk of an Ed25519 key that names ES256"},
        };
        for (const auto &[file, member, value, why] : cases) {
            QJsonObject jwk = Jwk::fromPublicKey(issuerKey().publicKey());
            jwk.insert(member, value);
            const QString did = "did:jwk:" + QString::fromLatin1(Base64Url::encode(compact(jwk)));
            QJsonObject claims = vcClaims();
            claims.insert("iss", did);
            const QByteArray token =
                CompactJws::sign(QJsonObject{{"kid", did + "#0"}, {"typ", "JWT"}}, compact(claims),
                                 issuerKey())
                    .value();
            out << HostileToken{file, token, "invalid", "SignatureVerification", why};
        }
    }

    static void addMembersBesideVc(QList<HostileToken> &out)
    {
        QJsonObject status = vcClaims();
        status.insert("credentialStatus",
                      QJsonObject{{"type", "BitstringStatusListEntry"},
                                  {"statusPurpose", "revocation"},
                                  {"statusListIndex", "7"},
                                  {"statusListCredential", "https://status.example/list"}});
        out << HostileToken{"jwt-vc-status-beside-vc.jwt", signJson(status), "unverifiable",
                            "CredentialStatus",
                            "a VC 1.1 JWT whose status entry is beside vc, not in it (it was "
                            "never looked up)"};
        QJsonObject expiry = vcClaims();
        expiry.insert("expirationDate", "2026-01-01T00:00:00Z");
        out << HostileToken{"jwt-vc-expiration-beside-vc.jwt", signJson(expiry), "invalid",
                            "ClaimsConsistency",
                            "a VC 1.1 JWT whose past expirationDate is beside vc, not in it"};
        QJsonObject empty = vcClaims();
        QJsonObject vc = empty.value("vc").toObject();
        vc.insert("credentialStatus", QJsonArray{});
        empty.insert("vc", vc);
        out << HostileToken{"credential-status-empty-list.jwt", signJson(empty), "unverifiable",
                            "CredentialStatus", "a credentialStatus that lists no entry"};
    }
};

} // namespace vcdesk::test
