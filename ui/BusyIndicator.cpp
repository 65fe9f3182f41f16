#include "ui/BusyIndicator.h"

#include "core/common/ActivityBase.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace vcdesk {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("busyIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("busyText"));
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0); // busy, no percentage: the steps say how far it is
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Working"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("busyCancel"));
    m_cancel->setAccessibleName(tr("Cancel what is running"));
    m_cancel->setToolTip(tr("Asks the work named beside it to stop. Steps it has already "
                            "finished may have taken effect."));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_activity)
            m_activity->cancel();
    });
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void BusyIndicator::track(ActivityBase *activity, const QString &what)
{
    if (!activity || !activity->isRunning())
        return;
    if (m_activity)
        disconnect(m_activity, nullptr, this, nullptr);
    m_activity = activity;
    m_label->setText(what);
    connect(activity, &ActivityBase::progress, this,
            [this](const QString &step) { m_label->setText(step); });
    connect(activity, &ActivityBase::finished, this, &BusyIndicator::finish);
    connect(activity, &QObject::destroyed, this, [this] {
        m_activity = nullptr;
        hide();
    });
    show();
}

void BusyIndicator::finish()
{
    if (m_activity && m_activity->isRunning())
        return;
    m_activity = nullptr;
    hide();
}

QString BusyIndicator::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace vcdesk
