#pragma once

#include "models/PassphraseStrength.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace vcdesk {

/// A strength meter under a new-passphrase field: a bar in five steps, the level in words and
/// what to do about it (PassphraseStrength).
class PassphraseMeter : public QWidget
{
    Q_OBJECT
public:
    explicit PassphraseMeter(QWidget *parent = nullptr);

    void setPassphrase(const QString &passphrase);
    const PassphraseStrength::Assessment &assessment() const { return m_assessment; }
    QString advice() const;

private:
    PassphraseStrength::Assessment m_assessment;
    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace vcdesk
