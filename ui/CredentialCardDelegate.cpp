#include "ui/CredentialCardDelegate.h"

#include "core/common/DisplayText.h"
#include "models/CredentialBadge.h"
#include "models/CredentialListModel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace vcdesk {

CredentialCardDelegate::CredentialCardDelegate(const CredentialListModel &model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

QSize CredentialCardDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return QSize(320, line * 3 + 28);
}

void CredentialCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const CredentialRecord *record = m_model.recordAt(index.row());
    if (!record)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(6, 4, -6, -4);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    QPainterPath shape;
    shape.addRoundedRect(card, 8, 8);
    painter->fillPath(shape,
                      selected ? palette.highlight().color().lighter(185) : palette.base().color());
    painter->setPen(QPen(selected ? palette.highlight().color() : palette.mid().color(),
                         (option.state & QStyle::State_HasFocus) ? 2 : 1));
    painter->drawPath(shape);

    const CredentialBadge badge = CredentialBadge::of(*record);
    const QString badgeText = badge.symbol + QLatin1Char(' ') + badge.text;
    const QColor badgeColour = badge.colour;
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    const int badgeWidth = smallMetrics.horizontalAdvance(badgeText) + 16;
    const QRectF badgeRect(card.right() - badgeWidth - 10, card.top() + 10, badgeWidth,
                           smallMetrics.height() + 6);
    QPainterPath pill;
    pill.addRoundedRect(badgeRect, badgeRect.height() / 2, badgeRect.height() / 2);
    painter->fillPath(pill, badgeColour);
    painter->setPen(Qt::white);
    painter->setFont(small);
    painter->drawText(badgeRect, Qt::AlignCenter, badgeText);

    const int line = option.fontMetrics.height();
    const qreal left = card.left() + 14;
    const qreal textWidth = badgeRect.left() - left - 10;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.text().color());
    // Issuer-chosen text: control, bidi and invisible characters shown as escapes.
    const QString title = CredentialListModel::titleText(*record);
    painter->drawText(QRectF(left, card.top() + 10, textWidth, line), Qt::TextSingleLine,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, int(textWidth)));
    // Under the title, two or three of its claims; last, the issuer and (at the right, whole)
    // until when it is valid.
    // (Beside the badge, which reaches into the second line.) A credential stored before cards
    // showed claims has none until it is checked again: its subject stands in.
    painter->setFont(option.font);
    const qreal wide = card.width() - 28;
    const QString highlights = CredentialListModel::highlightsText(*record);
    if (highlights.isEmpty())
        painter->setPen(palette.placeholderText().color());
    const QString about = highlights.isEmpty() && !record->subject.isEmpty()
                              ? tr("About %1").arg(DisplayText::escape(record->subject, 300))
                              : highlights;
    painter->drawText(QRectF(left, card.top() + 12 + line, textWidth, line), Qt::TextSingleLine,
                      option.fontMetrics.elidedText(about, Qt::ElideRight, int(textWidth)));
    painter->setPen(palette.placeholderText().color());
    const QString until = CredentialListModel::validityText(*record);
    const int untilWidth = option.fontMetrics.horizontalAdvance(until);
    const QRectF bottom(left, card.top() + 14 + 2 * line, wide, line);
    painter->drawText(bottom, Qt::TextSingleLine | Qt::AlignRight, until);
    const QString issuer = CredentialListModel::issuerText(*record);
    const int issuerWidth = std::max(0, int(wide) - untilWidth - 16);
    painter->drawText(bottom, Qt::TextSingleLine,
                      option.fontMetrics.elidedText(tr("Issued by %1").arg(issuer), Qt::ElideMiddle,
                                                    issuerWidth));
    painter->restore();
}

} // namespace vcdesk
