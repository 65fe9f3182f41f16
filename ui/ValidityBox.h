#pragma once

#include <QSpinBox>

namespace vcdesk {

/// How long an offered credential is valid, in seconds, within what the issuer agent takes
/// (a minute to ten years); an hour by default, in steps of an hour.
class ValidityBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit ValidityBox(const QString &objectName, QWidget *parent = nullptr);
};

} // namespace vcdesk
