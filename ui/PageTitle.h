#pragma once

#include <QLabel>

namespace vcdesk {

/// The heading of a page: larger, bold, plain text (it may name a credential).
class PageTitle : public QLabel
{
    Q_OBJECT
public:
    explicit PageTitle(const QString &text, QWidget *parent = nullptr, qreal scale = 1.4);
};

} // namespace vcdesk
