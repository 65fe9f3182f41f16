#pragma once

#include <QPushButton>

namespace vcdesk {

/// A push button with the names tests and assistive technology find it by: its object name
/// and its accessible name (the text says what it does; the accessible name says it whole).
inline QPushButton *namedButton(const QString &text, const QString &objectName,
                                const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

} // namespace vcdesk
