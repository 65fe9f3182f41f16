#include "ui/PageTitle.h"

namespace vcdesk {

PageTitle::PageTitle(const QString &text, QWidget *parent, qreal scale)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setAccessibleName(text);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * scale);
    big.setBold(true);
    setFont(big);
}

} // namespace vcdesk
