#pragma once

#include <QLabel>

namespace vcdesk {

/// A label for sentences that may carry someone else's words (a verifier's name, a claim, a
/// server's message): plain text, never markup, wrapped, selectable for copying.
class PlainLabel : public QLabel
{
    Q_OBJECT
public:
    explicit PlainLabel(QWidget *parent, const QString &objectName = {}, const QString &text = {});
};

} // namespace vcdesk
