#include "ui/WorkingStep.h"

#include "ui/PlainLabel.h"

#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace vcdesk {

WorkingStep::WorkingStep(QWidget *parent)
    : QWidget(parent)
{
    m_step = new PlainLabel(this, QStringLiteral("working"));
    auto *bar = new QProgressBar(this);
    bar->setRange(0, 0);
    bar->setAccessibleName(tr("Working"));
    bar->setMaximumWidth(320);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelWork"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setToolTip(tr("Stops the exchange with the issuer or verifier that is under way. "
                            "Esc does the same."));
    m_cancel->setShortcut(QKeySequence::Cancel);
    m_layout = new QVBoxLayout(this);
    m_layout->addStretch();
    // The whole width, the text centred: a label aligned in the layout instead is given only
    // its first line's width, and a long step is cut off.
    m_step->setAlignment(Qt::AlignHCenter);
    m_layout->addWidget(m_step);
    m_layout->addWidget(bar, 0, Qt::AlignHCenter);
    m_layout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    m_layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, &WorkingStep::cancelRequested);
}

void WorkingStep::setStep(const QString &step)
{
    m_step->setText(step + QStringLiteral("…"));
}

void WorkingStep::addDetail(QWidget *detail)
{
    detail->setParent(this);
    m_layout->insertWidget(m_layout->count() - 1, detail);
}

void WorkingStep::setCancellable(bool cancellable)
{
    m_cancel->setEnabled(cancellable);
}

} // namespace vcdesk
