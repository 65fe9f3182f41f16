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
    m_cancel->setShortcut(QKeySequence::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_step, 0, Qt::AlignHCenter);
    layout->addWidget(bar, 0, Qt::AlignHCenter);
    layout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, &WorkingStep::cancelRequested);
}

void WorkingStep::setStep(const QString &step)
{
    m_step->setText(step + QStringLiteral("…"));
}

void WorkingStep::setCancellable(bool cancellable)
{
    m_cancel->setEnabled(cancellable);
}

} // namespace vcdesk
