#include "ui/LabelledForm.h"

#include <QLabel>

namespace vcdesk {

void LabelledForm::addField(const QString &label, QWidget *field)
{
    auto *text = new QLabel(label, field->parentWidget());
    text->setBuddy(field);
    addRow(text, field);
}

} // namespace vcdesk
