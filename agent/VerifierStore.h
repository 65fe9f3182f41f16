#pragma once

#include "agent/AuthRequestRecord.h"
#include "core/common/Result.h"

#include <QJsonArray>
#include <QSqlDatabase>

#include <optional>

namespace vcdesk {

/// The verifier's part of agent.db: the definitions (which credential types and claims a
/// definitionId asks for) and the auth requests with their status.
class VerifierStore
{
public:
    struct Definition
    {
        static inline const QString kPresentationExchange = QStringLiteral("presentation_exchange");
        static inline const QString kDcql = QStringLiteral("dcql");

        QString id;
        QStringList types;                     // the credential must have one of these types
        QStringList claims;                    // and disclose these claims
        QStringList optionalClaims;            // and may disclose these (the holder decides)
        QString query = kPresentationExchange; // how the request asks: PE or DCQL
        /// The issuer DIDs or patterns accepted; none: whoever the agent's trust list names.
        std::optional<QStringList> issuers;
    };

    explicit VerifierStore(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    /// Validates (id starts lowercase, camelCase, at most 64 characters; 1 to 10 types; at most
    /// 20 claims; query presentation_exchange or dcql; up to 50 issuers, each a DID or a DID
    /// pattern) and stores or replaces the definition.
    Status saveDefinition(const Definition &definition);
    std::optional<Definition> definition(const QString &id) const;
    Result<QList<Definition>> definitions() const;

    Status saveRequest(const AuthRequestRecord &request);
    std::optional<AuthRequestRecord> request(const QString &correlationId) const;

private:
    QSqlDatabase m_db;
};

} // namespace vcdesk
