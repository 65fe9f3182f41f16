#pragma once

#include "core/net/HttpClient.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QUrl>

namespace vcdesk {

/// The hosted-wallet API of seed 003 (in the style of Dentity): templates, issue from a
/// template into a wallet, get, delete, and verify proofs with named validation results.
/// Blocking calls (worker threads, command line).
class HostedWalletClient
{
    Q_DECLARE_TR_FUNCTIONS(HostedWalletClient)
public:
    struct Template
    {
        QString id;
        QString name;
        QStringList customFields;
    };
    struct StoredCredential
    {
        QString credentialId;
        QString templateId;
        QString status;
        QJsonObject detail; // the W3C credential
        QJsonObject subjectData;
        QString templateName; // may be empty
    };
    struct Validation
    {
        bool isValid = false;
        QStringList messages;
    };
    struct ProofResult
    {
        bool isValid = false;
        QHash<QString, Validation> results; // SignatureVerification, IssuerIsSigner, ...
    };

    HostedWalletClient(QUrl baseUrl, QByteArray apiKey, NetworkPolicy policy = {});

    Result<QList<Template>> templates();
    /// `expiration` invalid: no expiry. Returns the credential id.
    Result<QString> issue(const QString &templateId, const QString &walletId,
                          const QDateTime &expiration, const QJsonObject &fields);
    Result<StoredCredential> get(const QString &credentialId);
    Status remove(const QString &credentialId);
    Result<QList<ProofResult>> verify(const QList<QJsonValue> &proofs);

private:
    Result<QJsonValue> call(HttpRequest request);
    QUrl endpoint(const QString &path) const;

    QUrl m_baseUrl;
    QByteArray m_apiKey;
    HttpClient m_http;
};

} // namespace vcdesk
