#pragma once

#include <QStyledItemDelegate>

namespace vcdesk {

class CredentialListModel;

/// Draws a credential of the wallet list as a card: its title, its issuer (the trust-list
/// name, else the DID), until when it is valid, and a badge with its verdict (or "Expired"
/// once its validity has ended). Text from credentials is drawn as plain text, elided.
class CredentialCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CredentialCardDelegate(const CredentialListModel &model, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The badge's words and colour for a row: what a person reads first.
    static std::pair<QString, QColor> badge(const CredentialListModel &model, int row);

private:
    const CredentialListModel &m_model;
};

} // namespace vcdesk
