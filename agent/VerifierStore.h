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
        QString id;
        QStringList types;  // the credential must have one of these types
        QStringList claims; // and disclose these claims
    };

    explicit VerifierStore(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    /// Validates (id starts lowercase, camelCase, at most 64 characters; 1 to 10 types; at most
    /// 20 claims) and stores or replaces the definition.
    Status saveDefinition(const Definition &definition);
    std::optional<Definition> definition(const QString &id) const;
    Result<QList<Definition>> definitions() const;

    Status saveRequest(const AuthRequestRecord &request);
    std::optional<AuthRequestRecord> request(const QString &correlationId) const;

private:
    QSqlDatabase m_db;
};

} // namespace vcdesk
