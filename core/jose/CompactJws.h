#pragma once

#include "core/codec/StrictJson.h"
#include "core/common/Result.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

struct JwsLimits
{
    qsizetype maxTokenBytes = 1024 * 1024;
    JsonLimits json;
};

struct JwsParsedHeader; // CompactJws.cpp

/// A JWS in compact serialization (RFC 7515 section 7.1), parsed strictly: exactly three
/// canonical base64url parts, a protected header that is a strict JSON object with a string
/// "alg", and a size limit. Parsing says nothing about trust; see JwsVerifier.
class CompactJws
{
    Q_DECLARE_TR_FUNCTIONS(CompactJws)
public:
    static Result<CompactJws> parse(QByteArrayView token, const JwsLimits &limits = {});

    /// Signs `payload` with `key`; "alg" is set from the key type, other header members are
    /// taken from `header`. Returns the compact serialization.
    static Result<QByteArray> sign(QJsonObject header, QByteArrayView payload,
                                   const PrivateKey &key);

    const QJsonObject &header() const { return m_header; }
    const QByteArray &payload() const { return m_payload; }
    const QByteArray &signature() const { return m_signature; }
    /// ASCII(BASE64URL(header) || '.' || BASE64URL(payload)), the bytes that are signed.
    const QByteArray &signingInput() const { return m_signingInput; }

    const QString &algorithm() const { return m_algorithm; }
    /// The header's "kid" and "typ" strings (empty when absent or not strings).
    const QString &keyId() const { return m_keyId; }
    const QString &type() const { return m_type; }
    bool isUnsigned() const { return m_signature.isEmpty(); }

    /// The payload as a strict JSON object (JWT claims).
    Result<QJsonObject> payloadObject(const JsonLimits &limits = {}) const;

private:
    void setHeader(const JwsParsedHeader &header);

    QJsonObject m_header;
    // Read from the header once, not on every verification (each read allocated a string).
    QString m_algorithm;
    QString m_type;
    QString m_keyId;
    QByteArray m_payload;
    QByteArray m_signature;
    QByteArray m_signingInput;
};

} // namespace vcdesk
