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
    if (!connections.isEmpty()) {
        setCurrentIndex(keep < connections.size() ? keep : 0);
        emit chosen(connections.at(currentIndex()));
    } else {
        setEditText(typed);
    }
}

QString ConnectionPicker::connectionId() const
{
    if (const auto listed = connection())
        return listed->id;
    return currentText().trimmed();
}

std::optional<IssuerAgentClient::Connection> ConnectionPicker::connection() const
{
    const int index = currentIndex();
    // The text may have been edited after a listed one was chosen: listed only if unchanged.
    if (index >= 0 && index < m_connections.size() && currentText() == itemText(index))
        return m_connections.at(index);
    return std::nullopt;
}

} // namespace vcdesk
