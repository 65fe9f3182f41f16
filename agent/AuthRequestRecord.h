#pragma once

#include <QJsonObject>
#include <QString>

namespace vcdesk {

/// One verification at the agent's verifier (seed 002): what was asked, its nonce, where it
/// stands (created, sent, verified, error), and what the holder presented.
struct AuthRequestRecord
{
    QString correlationId;
    QString definitionId;
    QString nonce;
    QString status = QStringLiteral("created");
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 expiresMs = 0;
    QJsonObject payload;      // the holder's response, once verified
    QJsonObject verifiedData; // the disclosed claims
    /// While the request is open: the last refused answer, and how many there were. Refused
    /// answers never close a request (anyone who saw its QR code could send one); only a
    /// verified presentation or expiry does.
    QString error;
    int attempts = 0;
};

} // namespace vcdesk
