#include "ui/KioskExitPanel.h"

#include "models/OperatorPinGate.h"
#include "ui/PlainLabel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace vcdesk {

KioskExitPanel::KioskExitPanel(OperatorPinGate *gate, QWidget *parent)
    : QWidget(parent)
    , m_gate(gate)
    , m_pin(new QLineEdit(this))
    , m_leave(new QPushButton(tr("&Leave the kiosk"), this))
    , m_message(new PlainLabel(this, QStringLiteral("exitMessage")))
    , m_idle(new QTimer(this))
{
    setObjectName(QStringLiteral("kioskExitPanel"));
    auto *title = new QLabel(tr("Operator"), this);
    QFont big = title->font();
    big.setPixelSize(36);
    big.setBold(true);
    title->setFont(big);
    auto *prompt =
        new QLabel(gate->noPinConfigured() ? tr("No operator PIN is set for this kiosk (see "
                                                "operatorPinHash in its config).")
                                           : tr("Enter the operator PIN to leave the kiosk."),
                   this);
    prompt->setWordWrap(true);
    m_pin->setObjectName(QStringLiteral("operatorPin"));
    m_pin->setAccessibleName(tr("Operator PIN"));
    m_pin->setAccessibleDescription(tr("Type the PIN and press Enter; it stays hidden. After a "
                                       "minute without typing, this panel closes and the kiosk "
                                       "carries on."));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(64);
    m_pin->setHidden(gate->noPinConfigured());
    prompt->setBuddy(m_pin);
    m_leave->setObjectName(QStringLiteral("leaveKiosk"));
    m_leave->setAccessibleName(tr("Leave the kiosk"));
    m_leave->setToolTip(tr("If the PIN is right, the kiosk program closes. After %1 wrong PINs "
                           "in a row, every PIN is refused for %2 seconds.")
                            .arg(OperatorPinGate::kMaxFailures)
                            .arg(OperatorPinGate::kLockSeconds));
    auto *cancel = new QPushButton(tr("&Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelLeave"));
    cancel->setAccessibleName(tr("Cancel and go back to the kiosk"));
    cancel->setToolTip(tr("The kiosk carries on where it was. Esc does the same."));
    m_message->setObjectName(QStringLiteral("exitMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_leave);
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("exitBox"));
    box->setFixedWidth(640);
    // Read at arm's length on a large screen: bigger than the desktop's default type.
    QFont body = box->font();
    body.setPixelSize(22);
    for (QWidget *w : std::initializer_list<QWidget *>{prompt, m_pin, m_message, m_leave, cancel})
        w->setFont(body);
    auto *inner = new QVBoxLayout(box);
    inner->setContentsMargins(32, 24, 32, 24);
    inner->setSpacing(14);
    inner->addWidget(title);
    inner->addWidget(prompt);
    inner->addWidget(m_pin);
    inner->addWidget(m_message);
    inner->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch();

    m_idle->setSingleShot(true);
    m_idle->setInterval(60000);
    connect(m_idle, &QTimer::timeout, this, &KioskExitPanel::cancelled);
    connect(m_pin, &QLineEdit::textEdited, m_idle, qOverload<>(&QTimer::start));
    connect(m_pin, &QLineEdit::returnPressed, this, &KioskExitPanel::submit);
    connect(m_leave, &QPushButton::clicked, this, &KioskExitPanel::submit);
    connect(cancel, &QPushButton::clicked, this, &KioskExitPanel::cancelled);
    connect(m_gate, &OperatorPinGate::opened, this, &KioskExitPanel::leave);
    connect(m_gate, &OperatorPinGate::refused, this, [this](const QString &message) {
        m_leave->setEnabled(true);
        m_pin->clear();
        m_pin->setFocus();
        m_message->setText(message);
    });
}

void KioskExitPanel::open()
{
    m_pin->clear();
    m_message->clear();
    m_leave->setEnabled(true);
    m_idle->start();
    if (!m_gate->noPinConfigured())
        m_pin->setFocus();
    else
        m_leave->setFocus();
}

void KioskExitPanel::submit()
{
    m_idle->start();
    m_leave->setEnabled(false);
    m_message->setText(tr("Checking…"));
    m_gate->attempt(m_pin->text());
}

void KioskExitPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit cancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace vcdesk
