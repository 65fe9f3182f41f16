#include "ui/PassphraseMeter.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace vcdesk {

PassphraseMeter::PassphraseMeter(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 4);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("strengthText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    setPassphrase({});
}

void PassphraseMeter::setPassphrase(const QString &passphrase)
{
    m_assessment = PassphraseStrength::assess(passphrase);
    m_bar->setValue(m_assessment.score());
    static const char *const kColours[] = {"#9e9e9e", "#c62828", "#ef6c00", "#2e7d32", "#1b5e20"};
    m_bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }")
                             .arg(QLatin1String(kColours[m_assessment.score()])));
    m_label->setText(advice());
    m_bar->setAccessibleDescription(PassphraseStrength::levelName(m_assessment.level));
}

QString PassphraseMeter::advice() const
{
    return tr("%1. %2").arg(PassphraseStrength::levelName(m_assessment.level), m_assessment.advice);
}

} // namespace vcdesk
