#pragma once

#include <QFormLayout>

namespace vcdesk {

/// A form whose rows are a label with a mnemonic and the field it leads to (its buddy), so
/// Alt+letter reaches every field.
class LabelledForm : public QFormLayout
{
public:
    using QFormLayout::QFormLayout;

    /// `label` carries its mnemonic ("&Name:"); the label is made with the field's parent.
    void addField(const QString &label, QWidget *field);
};

} // namespace vcdesk
