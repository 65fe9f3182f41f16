#pragma once

#include "core/api/IssuerAgentClient.h"

#include <QComboBox>

#include <optional>

namespace vcdesk {

/// The connection an offer goes over: the agent's connections as "issuer → holder (id)", or
/// an id typed in (an agent that does not list them). chosen() gives the listed connection,
/// so a form can fill in the DIDs it knows.
class ConnectionPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit ConnectionPicker(const QString &objectName, QWidget *parent = nullptr);

    void setConnections(const QList<IssuerAgentClient::Connection> &connections);
    /// Forgets the listed connections and what was typed (another account, another agent).
    void forget();
    /// The id: the listed connection's, or what was typed.
    QString connectionId() const;
    std::optional<IssuerAgentClient::Connection> connection() const;

signals:
    void chosen(const vcdesk::IssuerAgentClient::Connection &connection);

private:
    QList<IssuerAgentClient::Connection> m_connections;
};

} // namespace vcdesk
