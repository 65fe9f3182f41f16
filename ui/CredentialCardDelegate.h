#pragma once

#include <QStyledItemDelegate>

namespace vcdesk {

class CredentialListModel;

/// Draws a credential of the wallet list as a card: its title and its badge (CredentialBadge:
/// "Revoked" when a status list says so, "Expired" once its validity has ended); two or three
/// of its claims; its issuer (the trust-list name, else the DID) and until when it is valid.
/// Three lines sized by the font, so every card is one height. Text from credentials is drawn
/// as plain text (QPainter::drawText: never markup), escaped and elided.
class CredentialCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CredentialCardDelegate(const CredentialListModel &model, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const CredentialListModel &m_model;
};

} // namespace vcdesk
