#pragma once

// An OpenID4VCI issuer for tests of the engine (tst_vci_flow) and the window's controller
// (tst_receive_controller).

#include "support/TestHttpServer.h"
#include "support/TokenFactory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace vcdesk::test {

inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// A local OpenID4VCI issuer on loopback that is its own authorization server, with one
/// jwt_vc_json configuration ("Membership", bound to a did:jwk, did:key or jwk key): fixed
/// answers a test changes route by route (TestHttpServer), and real credentials signed by
/// its own did:key.
struct LocalVciIssuer
{
    TestHttpServer server;
    Issuer signingKey = Issuer::make(KeyType::Ed25519);
    QJsonObject metadata;
    QJsonObject serverMetadata;
    QString txDescription = QStringLiteral("By SMS");

    LocalVciIssuer()
    {
        const QString base = identifier();
        metadata = QJsonObject{
            {"credential_issuer", base},
            {"credential_endpoint", base + "/credential"},
            {"nonce_endpoint", base + "/nonce"},
            {"deferred_credential_endpoint", base + "/deferred"},
            {"notification_endpoint", base + "/notification"},
            {"display", QJsonArray{QJsonObject{{"name", "Local issuer"}, {"locale", "en"}}}},
            {"credential_configurations_supported",
             QJsonObject{
                 {"Membership",
                  QJsonObject{
                      {"format", "jwt_vc_json"},
                      {"credential_definition",
                       QJsonObject{
                           {"type", QJsonArray{"VerifiableCredential", "MembershipCredential"}}}},
                      {"cryptographic_binding_methods_supported",
                       QJsonArray{"did:jwk", "did:key", "jwk"}},
                      {"proof_types_supported",
                       QJsonObject{{"jwt", QJsonObject{{"proof_signing_alg_values_supported",
                                                        QJsonArray{"ES256"}}}}}}}}}}};
        serverMetadata = QJsonObject{{"issuer", base}, {"token_endpoint", base + "/token"}};
        publish();
        server.route("/token",
                     TestHttpServer::Response{200, compactJson({{"access_token", "token-1"},
                                                                {"token_type", "Bearer"},
                                                                {"expires_in", 300}})});
        server.route("/nonce",
                     TestHttpServer::Response{200, compactJson({{"c_nonce", "nonce-1"}})});
        server.route("/notification", TestHttpServer::Response{204, {}});
    }

    QString identifier() const { return server.url(QString()).toString(); }

    void publish()
    {
        server.route("/.well-known/openid-credential-issuer",
                     TestHttpServer::Response{200, compactJson(metadata)});
        server.route("/.well-known/oauth-authorization-server",
                     TestHttpServer::Response{200, compactJson(serverMetadata)});
    }

    /// An offer link by value: the pre-authorized code, with a numeric tx_code when `txLength`.
    QString offer(int txLength = 0, const QStringList &ids = {"Membership"}) const
    {
        QJsonObject grant{{"pre-authorized_code", "code-1"}};
        if (txLength)
            grant.insert("tx_code",
                         QJsonObject{{"length", txLength}, {"description", txDescription}});
        const QJsonObject offer{
            {"credential_issuer", identifier()},
            {"credential_configuration_ids", QJsonArray::fromStringList(ids)},
            {"grants",
             QJsonObject{{"urn:ietf:params:oauth:grant-type:pre-authorized_code", grant}}}};
        return "openid-credential-offer://?credential_offer=" +
               QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(compactJson(offer))));
    }

    /// An offer link by value with the authorization code grant only (the person signs in).
    QString signInOffer(const QString &issuerState) const
    {
        const QJsonObject offer{
            {"credential_issuer", identifier()},
            {"credential_configuration_ids", QJsonArray{"Membership"}},
            {"grants",
             QJsonObject{{"authorization_code", QJsonObject{{"issuer_state", issuerState}}}}}};
        return "openid-credential-offer://?credential_offer=" +
               QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(compactJson(offer))));
    }

    /// A JWT-VC about `subject`, signed by this issuer's key.
    QByteArray credentialFor(const QString &subject) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims{
            {"iss", signingKey.did},
            {"sub", subject},
            {"nbf", now - 60},
            {"exp", now + 3600},
            {"vc", QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                               {"type", QJsonArray{"VerifiableCredential", "MembershipCredential"}},
                               {"credentialSubject",
                                QJsonObject{{"id", subject}, {"name", "Ada Lovelace"}}}}}};
        return sign(signingKey.key, claims, QJsonObject{{"kid", signingKey.kid}});
    }

    /// From now on, each credential request gets one credential per key proof, each about the
    /// DID its proof names (the holder's keys, whichever the wallet picked).
    void issueToTheProvenKey()
    {
        server.handle("/credential", [this](const TestHttpServer::Request &request) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QJsonArray credentials;
            for (const QJsonValue &proof : body.value("proofs").toObject().value("jwt").toArray()) {
                const QJsonObject header =
                    QJsonDocument::fromJson(
                        QByteArray::fromBase64(proof.toString().toLatin1().split('.').value(0),
                                               QByteArray::Base64UrlEncoding))
                        .object();
                const QString did = header.value("kid").toString().section('#', 0, 0);
                if (!did.startsWith("did:"))
                    return TestHttpServer::Response{
                        400,
                        compactJson({{"error", "invalid_proof"}, {"error_description", "no kid"}})};
                credentials.append(
                    QJsonObject{{"credential", QString::fromLatin1(credentialFor(did))}});
            }
            if (credentials.isEmpty())
                return TestHttpServer::Response{
                    400,
                    compactJson({{"error", "invalid_proof"}, {"error_description", "no proof"}})};
            return TestHttpServer::Response{
                200, compactJson({{"credentials", credentials}, {"notification_id", "note-1"}})};
        });
    }

    /// The issuer takes up to `size` key proofs in one credential request.
    void issueBatches(int size)
    {
        metadata.insert("batch_credential_issuance", QJsonObject{{"batch_size", size}});
        publish();
        issueToTheProvenKey();
    }

    static TestHttpServer::Response issued(const QByteArray &credential)
    {
        return TestHttpServer::Response{
            200,
            compactJson({{"credentials",
                          QJsonArray{QJsonObject{{"credential", QString::fromLatin1(credential)}}}},
                         {"notification_id", "note-1"}})};
    }
};

} // namespace vcdesk::test
