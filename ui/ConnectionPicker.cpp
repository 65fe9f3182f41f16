#include "ui/ConnectionPicker.h"

#include "core/common/DisplayText.h"

#include <QLineEdit>

namespace vcdesk {

ConnectionPicker::ConnectionPicker(const QString &objectName, QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(objectName);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setAccessibleName(tr("Connection"));
    setAccessibleDescription(tr("The DIDComm connection between the issuer and the holder"));
    lineEdit()->setPlaceholderText(tr("connection id"));
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_connections.size())
            emit chosen(m_connections.at(index));
    });
}

void ConnectionPicker::setConnections(const QList<IssuerAgentClient::Connection> &connections)
{
    const QString typed = connectionId();
    m_connections = connections;
    clear();
    for (const auto &c : connections)
        addItem(tr("%1 → %2 (%3)")
                    .arg(DisplayText::escape(c.issuerName, 40),
                         DisplayText::escape(c.holderName, 40), DisplayText::escape(c.id, 40)));
    const int keep = int(std::find_if(connections.cbegin(), connections.cend(),
                                      [&](const auto &c) { return c.id == typed; }) -
                         connections.cbegin());
    if (!connections.isEmpty() && (keep < connections.size() || typed.isEmpty())) {
        setCurrentIndex(keep < connections.size() ? keep : 0);
        // Only a new choice fills the form's DIDs: the same one again leaves what was typed.
        if (keep >= connections.size())
            emit chosen(connections.at(currentIndex()));
    } else {
        setEditText(typed); // an id typed by hand stays
    }
}

void ConnectionPicker::forget()
{
    m_connections.clear();
    clear();
    setEditText({});
    setToolTip({});
}

QString ConnectionPicker::connectionId() const
{
    if (const auto listed = connection())
        return listed->id;
    return currentText().trimmed();
}

std::optional<IssuerAgentClient::Connection> ConnectionPicker::connection() const
{
    // What is in the field decides (typing or completion may not move the current index).
    const int index = findText(currentText(), Qt::MatchExactly);
    if (index >= 0 && index < m_connections.size())
        return m_connections.at(index);
    return std::nullopt;
}

} // namespace vcdesk
