#pragma once

// The hostile tokens of tests/data/hostile/: one per class of input that an outside probe
// found called "valid" (issue 11), each signed for real by a fixed did:key so that only the
// hostile part is wrong. Built here, deterministically (Ed25519, fixed times, sorted JSON), so
// the committed files can be checked against this code and regenerated with
// `make_hostile_corpus DIR`. Checked at kCheckedAt: before every honest expiry (2099).

#include "support/HostileForms.h"
#include "support/HostileIssuer.h"
#include "support/HostileSdJwt.h"

namespace vcdesk::test {

class HostileCorpus : public HostileIssuer
{
public:
    static QList<HostileToken> tokens()
    {
        QList<HostileToken> out;
        addNumbers(out);
        addWrappers(out);
        addTimes(out);
        addPayloads(out);
        addIssuers(out);
        addProofTimes(out);
        addTerminal(out);
        addDisguises(out);
        addDocumentDates(out);
        addStrangersPresentation(out);
        HostileSdJwt::add(out);
        HostileForms::add(out);
        return out;
    }

private:
    static void addNumbers(QList<HostileToken> &out)
    {
        const QByteArray signedBig = signLdp(ldpCredential({{"n", qint64(9007199254740992)}}));
        out << HostileToken{"jcs-integer-beyond-2-53.json",
                            replaced(signedBig, "9007199254740992", "9007199254740993"), "invalid",
                            "SignatureVerification",
                            "an integer beyond 2^53 edited by one: a double rounds it back"};
        const QByteArray signedOne = signLdp(ldpCredential({{"x", 1}}));
        out << HostileToken{"jcs-decimal-beyond-double.json",
                            replaced(signedOne, "\"x\":1", "\"x\":1.00000000000000000001"),
                            "unreadable", "json.number_precision",
                            "a decimal with more precision than a double"};
    }

    static void addWrappers(QList<HostileToken> &out)
    {
        out << HostileToken{"auth-status-verified-without-vp-token.json",
                            compact({{"correlationId", "3fa85f64-5717-4562-b3fc-2c963f66afa6"},
                                     {"status", "verified"}}),
                            "unverifiable", "NestedCredentials",
                            "a verifier's answer that says verified but carries nothing signed"};
        out << HostileToken{"auth-status-verified-empty-payload.json",
                            compact({{"correlationId", "c"},
                                     {"status", "verified"},
                                     {"payload", QJsonObject{{"presentation_submission", "{}"}}}}),
                            "unverifiable", "NestedCredentials", "a payload without vp_token"};
        out << HostileToken{
            "generation-event-without-credential.json",
            compact({{"key", "k"},
                     {"value", QJsonObject{{"messageLabel", "verifiableCredentialGenerated"},
                                           {"messagePayload", QJsonObject{}}}}}),
            "invalid", "GenerationResult", "a generation event whose credential is missing"};
        // A wrapper whose content is signed, by anyone, but is not a credential.
        out << HostileToken{
            "auth-status-self-signed-nothing.json",
            compact({{"correlationId", "c"},
                     {"status", "verified"},
                     {"payload", QJsonObject{{"vp_token", QString::fromLatin1(signJson({}))}}}}),
            "invalid", "NestedCredentials",
            "a verifier's answer whose vp_token is a signed token that is no credential"};
        out << HostileToken{
            "presentation-of-nothing.jwt",
            signJson({{"iss", issuerDid()},
                      {"nonce", "n"},
                      {"vp", QJsonObject{{"type", QJsonArray{"VerifiablePresentation"}}}}}),
            "unverifiable", "NestedCredentials",
            "a signed presentation that carries no credential"};
    }

    static void addTimes(QList<HostileToken> &out)
    {
        const QList<std::tuple<const char *, const char *, QJsonValue>> cases{
            {"time-exp-minus-1e16.jwt", "exp", -1e16}, {"time-exp-minus-1e300.jwt", "exp", -1e300},
            {"time-nbf-1e16.jwt", "nbf", 1e16},        {"time-nbf-1e300.jwt", "nbf", 1e300},
            {"time-iat-1e17.jwt", "iat", 1e17},        {"time-exp-string.jwt", "exp", "4070908800"},
            {"time-exp-negative.jwt", "exp", -1},
        };
        for (const auto &[file, member, value] : cases) {
            QJsonObject claims = vcClaims();
            claims.insert(member, value);
            out << HostileToken{file, signJson(claims), "invalid", "ValidityPeriod",
                                "a time member that is present but not a usable NumericDate"};
        }
    }

    static void addPayloads(QList<HostileToken> &out)
    {
        const QByteArray good = QJsonDocument(vcClaims()).toJson(QJsonDocument::Compact);
        out << HostileToken{"payload-duplicate-member.jwt",
                            signRaw(replaced(good, "{\"exp\"", "{\"exp\":1,\"exp\"")), "unreadable",
                            "json.duplicate_member", "a payload with a duplicate member"};
        out << HostileToken{"payload-lone-surrogate.jwt",
                            signRaw(replaced(good, "alice@", "alice\\ud800@")), "unreadable",
                            "json.surrogate", "a payload with a lone surrogate"};
        out << HostileToken{"payload-invalid-utf8.jwt",
                            signRaw(replaced(good, "alice@", "alice\xc3\x28@")), "unreadable",
                            "json.utf8", "a payload with invalid UTF-8"};
        out << HostileToken{"payload-not-json.jwt", signRaw("exp=never; iss=anyone"), "unreadable",
                            "json.syntax", "a payload that is not JSON"};
        // A JWT-VC with '~' appended must not be read as an SD-JWT (which would skip its own
        // status, validity and schema members).
        QJsonObject revocable = vcClaims();
        QJsonObject vc = revocable.value("vc").toObject();
        vc.insert("credentialStatus",
                  QJsonObject{{"type", "StatusList2021Entry"},
                              {"statusPurpose", "revocation"},
                              {"statusListIndex", "7"},
                              {"statusListCredential", "https://issuer.example/status/1"}});
        revocable.insert("vc", vc);
        out << HostileToken{"jwt-vc-with-sd-jwt-tilde.jwt", signJson(revocable) + "~", "unreadable",
                            "credential.malformed",
                            "a JWT-VC with '~' appended, to pass as an SD-JWT without its status"};
        QJsonObject vcString = vcClaims();
        vcString.insert("vc", "VerifiableCredential");
        out << HostileToken{"payload-vc-not-object.jwt", signJson(vcString), "unreadable",
                            "credential.malformed", "a credential claim that is not an object"};
    }

    static void addIssuers(QList<HostileToken> &out)
    {
        QJsonObject none = vcClaims();
        none.remove("iss");
        out << HostileToken{"issuer-missing.jwt", signJson(none), "invalid", "IssuerIsSigner",
                            "a credential that names no issuer"};
        QJsonObject number = vcClaims();
        number.insert("iss", 42);
        out << HostileToken{"issuer-not-a-string.jwt", signJson(number), "invalid",
                            "IssuerIsSigner", "an issuer that is not a string"};
    }

    static void addProofTimes(QList<HostileToken> &out)
    {
        const QJsonObject document = ldpCredential({{"email", "alice@example.com"}});
        out << HostileToken{"di-proof-expired.json",
                            signLdp(document, {{"expires", "2025-06-01T00:00:00Z"}}), "invalid",
                            "SignatureVerification", "a Data Integrity proof past its expires"};
        out << HostileToken{"di-proof-created-in-future.json",
                            signLdp(document, {{"created", "2098-01-01T00:00:00Z"}}), "invalid",
                            "SignatureVerification",
                            "a Data Integrity proof created in the future"};
    }

    static void addDisguises(QList<HostileToken> &out)
    {
        // An unsigned credential that also carries a verifier's answer (correlationId, status,
        // a genuine vp_token): read as that message, it borrowed the wrapped token's verdict.
        QJsonObject disguised = ldpCredential({{"role", "administrator"}});
        disguised.insert("type", QJsonArray{"VerifiableCredential", "AdminCredential"});
        disguised.insert("correlationId", "3fa85f64-5717-4562-b3fc-2c963f66afa6");
        disguised.insert("status", "verified");
        disguised.insert("payload",
                         QJsonObject{{"vp_token", QString::fromLatin1(signJson(vcClaims()))}});
        out << HostileToken{"credential-disguised-as-auth-status.json", compact(disguised),
                            "invalid", "SignatureVerification",
                            "an unsigned credential that carries a verifier answer's members"};
        out << HostileToken{"presentation-of-disguised-credential.jwt",
                            issuersPresentation(disguised), "invalid", "NestedCredentials",
                            "a signed presentation of that unsigned, disguised credential"};
    }

    static void addStrangersPresentation(QList<HostileToken> &out)
    {
        // A credential issued to did:example:holder, in a presentation the issuer's key
        // signed: well signed throughout, but not by the one it was issued to.
        out << HostileToken{"presentation-of-someone-elses-credential.jwt",
                            issuersPresentation(QString::fromLatin1(signJson(vcClaims()))),
                            "invalid", "HolderBinding",
                            "a presentation signed by someone other than its credential's subject"};
    }

    static void addDocumentDates(QList<HostileToken> &out)
    {
        // VC 2.0 and 1.1 name the same dates differently; a document with both of a pair is
        // held to the stricter, and an unreadable one is never ignored.
        const QJsonObject document = ldpCredential({{"email", "alice@example.com"}});
        const QList<std::tuple<const char *, const char *, const char *, const char *>> cases{
            {"document-expired-behind-valid-until.json", "expirationDate", "2020-01-01T00:00:00Z",
             "a far validUntil beside a past expirationDate"},
            {"document-not-yet-valid-behind-valid-from.json", "issuanceDate",
             "2098-01-01T00:00:00Z", "a past validFrom beside a future issuanceDate"},
            {"document-expiration-date-unreadable.json", "expirationDate", "next Tuesday",
             "an expirationDate that is not a date, beside a far validUntil"},
        };
        for (const auto &[file, member, value, why] : cases) {
            QJsonObject dated = document;
            dated.insert(member, value);
            out << HostileToken{file, signLdp(dated), "invalid", "ValidityPeriod", why};
        }
        // The same in a JWT-VC without exp or nbf, where only the document's dates count.
        QJsonObject claims = vcClaims();
        claims.remove("exp");
        claims.remove("nbf");
        QJsonObject vc = claims.value("vc").toObject();
        vc.insert("validUntil", "2099-01-01T00:00:00Z");
        vc.insert("expirationDate", "2020-01-01T00:00:00Z");
        claims.insert("vc", vc);
        out << HostileToken{"jwt-vc-expired-behind-valid-until.jwt", signJson(claims), "invalid",
                            "ValidityPeriod",
                            "a JWT-VC with no exp whose validUntil hides a past expirationDate"};
    }

    static void addTerminal(QList<HostileToken> &out)
    {
        // Signed, but expired; its type tries to print a forged report and hide the real one.
        QJsonObject claims = vcClaims();
        claims.insert("exp", kNbf + 86400);
        QJsonObject vc = claims.value("vc").toObject();
        vc.insert("type", QJsonArray{"VerifiableCredential",
                                     "X\nChecks:\n  [PASS] ValidityPeriod: fine\nVerdict:    "
                                     "VALID\n\x1b[8m"});
        claims.insert("vc", vc);
        out << HostileToken{"terminal-escapes-in-type.jwt", signJson(claims), "invalid",
                            "ValidityPeriod",
                            "a type with newlines and ANSI escapes that fakes a VALID verdict"};
    }
};

} // namespace vcdesk::test
