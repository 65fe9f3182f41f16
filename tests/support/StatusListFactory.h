#pragma once

// Revocation for tests: a status list credential (StatusList2021, gzip + base64url) with some
// bits set, signed by an issuer, and a credential of that issuer pointing at one of its bits.
// Serve the list from a TestHttpServer and check with loopback HTTP allowed.

#include "core/codec/Base64Url.h"
#include "core/codec/Gzip.h"
#include "support/TokenFactory.h"

#include <QDateTime>

#include <initializer_list>

namespace vcdesk::test {

/// A list of `bytes` * 8 entries with the bits of `setBits` set (index 0: the first byte's
/// most significant bit).
inline QByteArray statusListCredential(const Issuer &issuer, std::initializer_list<int> setBits,
                                       const QString &purpose = "revocation", int bytes = 16384)
{
    QByteArray bits(bytes, '\0');
    for (int index : setBits)
        bits[index / 8] = char(quint8(bits[index / 8]) | (0x80 >> (index % 8)));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims{
        {"iss", issuer.did},
        {"nbf", now - 3600},
        {"exp", now + 86400},
        {"vc", QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                           {"type", QJsonArray{"VerifiableCredential", "StatusList2021Credential"}},
                           {"credentialSubject",
                            QJsonObject{{"type", "StatusList2021"},
                                        {"statusPurpose", purpose},
                                        {"encodedList", QString::fromLatin1(Base64Url::encode(
                                                            Gzip::compress(bits)))}}}}}};
    return sign(issuer.key, claims, QJsonObject{{"kid", issuer.kid}});
}

/// `claims` (a JWT-VC's, as credentialClaims makes them) with a status entry at `index` of the
/// list at `listUrl`.
inline QJsonObject withStatus(QJsonObject claims, const QString &listUrl, int index,
                              const QString &purpose = "revocation")
{
    QJsonObject vc = claims.value("vc").toObject();
    vc.insert("credentialStatus", QJsonObject{{"id", listUrl + "#" + QString::number(index)},
                                              {"type", "StatusList2021Entry"},
                                              {"statusPurpose", purpose},
                                              {"statusListIndex", QString::number(index)},
                                              {"statusListCredential", listUrl}});
    claims.insert("vc", vc);
    return claims;
}

} // namespace vcdesk::test
