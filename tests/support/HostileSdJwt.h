#pragma once

// The SD-JWT VCs of the hostile corpus (HostileCorpus.h): each signed for real by the fixed
// issuer, each wrong in one way that a verifier must catch (a session's hostile-input hunt,
// issue 13, found them all called valid).

#include "core/crypto/Digest.h"
#include "core/crypto/Jwk.h"
#include "core/jose/SdJwt.h"
#include "support/HostileIssuer.h"

namespace vcdesk::test {

class HostileSdJwt : public HostileIssuer
{
public:
    static void add(QList<HostileToken> &out)
    {
        addRegisteredClaimsInDisclosures(out);
        addMalformedDigests(out);
        addPublishedHolderKey(out);
        addStrangersPresentation(out);
    }

    /// base64url of the JSON array [salt, name, value] (or [salt, value] for an array element).
    static QByteArray disclosure(const QJsonArray &parts)
    {
        return Base64Url::encode(compact(parts));
    }
    static QString digestOf(const QByteArray &disclosure)
    {
        return QString::fromLatin1(SdJwt::digest(disclosure));
    }

    /// An issuer payload of type "https://credentials.example/email", valid 2025-2099, whose
    /// only selectively disclosable claim is the e-mail address.
    static QJsonObject payload(QJsonArray digests)
    {
        return QJsonObject{{"iss", issuerDid()}, {"vct", "https://credentials.example/email"},
                           {"iat", kNbf},        {"nbf", kNbf},
                           {"exp", kExp},        {"_sd_alg", "sha-256"},
                           {"_sd", digests}};
    }
    static QByteArray emailDisclosure()
    {
        return disclosure({"salt-email", "email", "alice@example.com"});
    }

    /// The issuer-signed JWT followed by each disclosure and a '~' (no key-binding JWT).
    static QByteArray sdJwt(const QJsonObject &claims, const QList<QByteArray> &disclosures)
    {
        QByteArray out = CompactJws::sign(QJsonObject{{"kid", issuerKid()}, {"typ", "dc+sd-jwt"}},
                                          compact(claims), issuerKey())
                             .value() +
                         '~';
        for (const QByteArray &one : disclosures)
            out += one + '~';
        return out;
    }

private:
    static QByteArray compact(const QJsonArray &array)
    {
        return QJsonDocument(array).toJson(QJsonDocument::Compact);
    }
    using HostileIssuer::compact;

    static void addRegisteredClaimsInDisclosures(QList<HostileToken> &out)
    {
        // SD-JWT VC forbids making these selectively disclosable: a holder could leave out an
        // expiry or a status, or choose the validity a verifier sees.
        const QByteArray exp = disclosure({"salt-exp", "exp", kExp});
        QJsonObject noExp = payload({digestOf(emailDisclosure()), digestOf(exp)});
        noExp.remove("exp");
        out << HostileToken{"sd-jwt-exp-in-disclosure.sd-jwt",
                            sdJwt(noExp, {emailDisclosure(), exp}), "invalid", "Disclosures",
                            "an SD-JWT VC whose exp is selectively disclosable"};
        const QByteArray status = disclosure(
            {"salt-status", "status",
             QJsonObject{{"status_list",
                          QJsonObject{{"idx", 7}, {"uri", "https://issuer.example/status/1"}}}}});
        out << HostileToken{"sd-jwt-status-in-disclosure.sd-jwt",
                            sdJwt(payload({digestOf(emailDisclosure()), digestOf(status)}),
                                  {emailDisclosure(), status}),
                            "invalid", "Disclosures",
                            "an SD-JWT VC whose status is selectively disclosable"};
    }

    static void addMalformedDigests(QList<HostileToken> &out)
    {
        QJsonObject numberAlg = payload({digestOf(emailDisclosure())});
        numberAlg.insert("_sd_alg", 5);
        out << HostileToken{"sd-jwt-sd-alg-not-a-string.sd-jwt",
                            sdJwt(numberAlg, {emailDisclosure()}), "invalid", "Disclosures",
                            "an _sd_alg that is a number, once taken for sha-256"};
        QJsonObject numberDigest = payload({digestOf(emailDisclosure())});
        numberDigest.insert("nationalities", QJsonArray{QJsonObject{{"...", 5}}, "DE"});
        out << HostileToken{"sd-jwt-array-digest-not-a-string.sd-jwt",
                            sdJwt(numberDigest, {emailDisclosure()}), "invalid", "Disclosures",
                            "an array element whose digest is a number, once dropped silently"};
    }

    static PrivateKey holderKey()
    {
        return PrivateKey::fromSecret(KeyType::Ed25519, QByteArray(32, '\x22')).value();
    }

    static void addStrangersPresentation(QList<HostileToken> &out)
    {
        // An SD-JWT VC bound (cnf) to the holder key, without its key-binding JWT, inside a
        // presentation signed by another key.
        QJsonObject claims = payload({digestOf(emailDisclosure())});
        claims.insert("cnf", QJsonObject{{"jwk", Jwk::fromPublicKey(holderKey().publicKey())}});
        const QByteArray credential = sdJwt(claims, {emailDisclosure()});
        out << HostileToken{
            "presentation-of-someone-elses-sd-jwt.jwt",
            issuersPresentation(QString::fromLatin1(credential)), "invalid", "HolderBinding",
            "a holder-bound SD-JWT VC without its key binding, in a stranger's presentation"};
    }

    static void addPublishedHolderKey(QList<HostileToken> &out)
    {
        // The holder key in cnf carries its private part: anyone who has seen the credential
        // can make the key-binding JWT, so it proves nothing about who presents it.
        const PrivateKey holder = holderKey();
        QJsonObject claims = payload({digestOf(emailDisclosure())});
        claims.insert("cnf", QJsonObject{{"jwk", Jwk::fromPrivateKey(holder)}});
        const QByteArray presented = sdJwt(claims, {emailDisclosure()});
        const QJsonObject kb{
            {"iat", kCheckedAt - 60},
            {"aud", "https://verifier.example"},
            {"nonce", "n-0001"},
            {"sd_hash", QString::fromLatin1(Base64Url::encode(Digest::sha256(presented)))}};
        out << HostileToken{
            "sd-jwt-holder-key-with-private-part.sd-jwt",
            presented +
                CompactJws::sign(QJsonObject{{"typ", "kb+jwt"}}, compact(kb), holder).value(),
            "invalid", "KeyBinding",
            "an SD-JWT VC whose holder key (cnf.jwk) includes its private part"};
    }
};

} // namespace vcdesk::test
