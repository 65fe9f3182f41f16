#include "ui/PlainLabel.h"

namespace vcdesk {

PlainLabel::PlainLabel(QWidget *parent, const QString &objectName, const QString &text)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        setObjectName(objectName);
    setText(text);
}

} // namespace vcdesk
