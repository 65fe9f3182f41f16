#include "ui/MessageBar.h"

#include "models/StatusColour.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace vcdesk {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setTextFormat(Qt::PlainText); // errors may quote what a server or file said
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::show(const QString &title, const QString &text, WalletSession::MessageKind kind)
{
    m_label->setText(title.isEmpty() ? text : tr("%1: %2").arg(title, text));
    // A tinted background the window's own text reads on, light or dark.
    const StatusColour::Tone tone =
        kind == WalletSession::MessageKind::Error     ? StatusColour::Tone::Problem
        : kind == WalletSession::MessageKind::Warning ? StatusColour::Tone::Warning
                                                      : StatusColour::Tone::Information;
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border: 1px solid palette(mid); }")
                      .arg(StatusColour::background(tone, palette()).name()));
    QFrame::show();
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace vcdesk
