#include "core/oid4vp/DataIntegrityPresentation.h"

#include "core/verify/DataIntegritySigner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace vcdesk {

namespace {

const QString kCredentialsV1 = QStringLiteral("https://www.w3.org/2018/credentials/v1");
const QString kCredentialsV2 = QStringLiteral("https://www.w3.org/ns/credentials/v2");
const QString kDataIntegrityV2 = QStringLiteral("https://w3id.org/security/data-integrity/v2");

QString dateTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

Result<QJsonArray> DataIntegrityPresentation::contextFor(const QJsonObject &credential)
{
    const QJsonValue context = credential.value(QStringLiteral("@context"));
    const QString first =
        context.isArray() ? context.toArray().first().toString() : context.toString();
    if (first == kCredentialsV2)
        return QJsonArray{kCredentialsV2};
    if (first == kCredentialsV1)
        return QJsonArray{kCredentialsV1, kDataIntegrityV2};
    return Error{QStringLiteral("oid4vp.unsupported_format"),
                 tr("the credential names no W3C credentials context first, so vcdesk cannot "
                    "put it in a presentation")};
}

Result<QJsonObject> DataIntegrityPresentation::build(const HeldCredential &credential,
                                                     const HolderKeyring::Signer &signer,
                                                     const AuthorizationRequest &request,
                                                     qint64 now)
{
    const QString suite = DataIntegritySigner::rdfcSuiteFor(signer.key.type());
    if (suite.isEmpty())
        return Error{QStringLiteral("oid4vp.no_binding_key"),
                     tr("a JSON-LD presentation is signed with an Ed25519 or P-256 key, and the "
                        "key for %1 is neither")
                         .arg(signer.did.left(80))};
    const QJsonObject document = credential.credential().document;
    auto context = contextFor(document);
    if (!context)
        return context.error();
    const QJsonObject presentation{
        {QStringLiteral("@context"), context.value()},
        {QStringLiteral("id"),
         QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiablePresentation")}},
        {QStringLiteral("holder"), signer.did},
        {QStringLiteral("verifiableCredential"), QJsonArray{document}}};
    const QJsonObject options{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
                              {QStringLiteral("cryptosuite"), suite},
                              {QStringLiteral("created"), dateTime(now)},
                              {QStringLiteral("expires"), dateTime(now + kLifetimeSeconds)},
                              {QStringLiteral("verificationMethod"), signer.kid},
                              {QStringLiteral("proofPurpose"), QStringLiteral("authentication")},
                              {QStringLiteral("challenge"), request.nonce},
                              {QStringLiteral("domain"), request.client.clientId()}};
    auto proof = DataIntegritySigner::proof(presentation, options, signer.key);
    if (!proof)
        return Error{proof.error().code,
                     tr("the presentation could not be signed: %1").arg(proof.error().message)};
    QJsonObject secured = presentation;
    secured.insert(QStringLiteral("proof"), proof.value());
    return secured;
}

} // namespace vcdesk
