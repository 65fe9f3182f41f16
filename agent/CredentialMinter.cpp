#include "agent/CredentialMinter.h"

#include "core/codec/Base64Url.h"
#include "core/codec/Gzip.h"
#include "core/jose/CompactJws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace vcdesk {

namespace {

const QString kContext = QStringLiteral("https://www.w3.org/2018/credentials/v1");

Result<QByteArray> sign(const AgentParty &issuer, const QJsonObject &payload)
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), issuer.kid}};
    return CompactJws::sign(header, QJsonDocument(payload).toJson(QJsonDocument::Compact),
                            issuer.key);
}

} // namespace

Result<QByteArray> CredentialMinter::credential(const AgentParty &issuer, const QString &subjectDid,
                                                const QJsonObject &claims, qint64 validitySeconds,
                                                const StatusEntry &status, const QDateTime &now)
{
    QJsonObject subject = claims;
    subject.insert(QStringLiteral("id"), subjectDid);
    // The offer's claim_type names the kind of credential ("emailCredential"): it becomes its
    // type, PascalCase as types are written ("EmailCredential"), so that a verifier definition
    // can ask for it.
    QJsonArray types{QStringLiteral("VerifiableCredential")};
    static const QRegularExpression kTypeName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
    const QString claimType = claims.value(QStringLiteral("claim_type")).toString();
    if (kTypeName.match(claimType).hasMatch()) {
        const QString type = claimType.at(0).toUpper() + claimType.mid(1);
        if (type != QLatin1String("VerifiableCredential"))
            types.append(type);
    }
    const QString statusId = status.listUrl + QLatin1Char('#') + QString::number(status.index);
    const QJsonObject vc{
        {QStringLiteral("@context"), QJsonArray{kContext}},
        {QStringLiteral("type"), types},
        {QStringLiteral("credentialSubject"), subject},
        {QStringLiteral("credentialStatus"),
         QJsonObject{{QStringLiteral("id"), statusId},
                     {QStringLiteral("type"), QStringLiteral("StatusList2021Entry")},
                     {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                     {QStringLiteral("statusListIndex"), QString::number(status.index)},
                     {QStringLiteral("statusListCredential"), status.listUrl}}}};
    const qint64 issued = now.toSecsSinceEpoch();
    const QJsonObject payload{
        {QStringLiteral("iss"), issuer.did},
        {QStringLiteral("sub"), subjectDid},
        {QStringLiteral("nbf"), issued},
        {QStringLiteral("exp"), issued + qMax<qint64>(60, validitySeconds)},
        {QStringLiteral("jti"),
         QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("vc"), vc}};
    return sign(issuer, payload);
}

Result<QByteArray> CredentialMinter::statusList(const AgentParty &issuer, const QString &listUrl,
                                                const QByteArray &bits, const QDateTime &now)
{
    const QJsonObject vc{
        {QStringLiteral("@context"),
         QJsonArray{kContext, QStringLiteral("https://w3id.org/vc/status-list/2021/v1")}},
        {QStringLiteral("id"), listUrl},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"),
                                            QStringLiteral("StatusList2021Credential")}},
        {QStringLiteral("credentialSubject"),
         QJsonObject{{QStringLiteral("id"), listUrl + QStringLiteral("#list")},
                     {QStringLiteral("type"), QStringLiteral("StatusList2021")},
                     {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                     {QStringLiteral("encodedList"),
                      QString::fromLatin1(Base64Url::encode(Gzip::compress(bits)))}}}};
    const qint64 issued = now.toSecsSinceEpoch();
    const QJsonObject payload{{QStringLiteral("iss"), issuer.did},
                              {QStringLiteral("sub"), listUrl + QStringLiteral("#list")},
                              {QStringLiteral("nbf"), issued - 60},
                              {QStringLiteral("exp"), issued + 86400},
                              {QStringLiteral("jti"), listUrl},
                              {QStringLiteral("vc"), vc}};
    return sign(issuer, payload);
}

} // namespace vcdesk
