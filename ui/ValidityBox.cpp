#include "ui/ValidityBox.h"

namespace vcdesk {

ValidityBox::ValidityBox(const QString &objectName, QWidget *parent)
    : QSpinBox(parent)
{
    setObjectName(objectName);
    setRange(60, 10 * 365 * 86400);
    setValue(3600);
    setSingleStep(3600);
    setSuffix(tr(" s"));
    setAccessibleName(tr("Valid for, in seconds"));
}

} // namespace vcdesk
