#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace vcdesk {

/// The "working" step of a page whose work runs elsewhere (PresentPage, ReceivePage): what is
/// being done, in a sentence, a busy bar, and Cancel (Esc).
class WorkingStep : public QWidget
{
    Q_OBJECT
public:
    explicit WorkingStep(QWidget *parent = nullptr);

    /// "Reading the issuer's offer" is shown as "Reading the issuer's offer…".
    void setStep(const QString &step);
    /// Off while what runs must not be stopped (a write to the wallet).
    void setCancellable(bool cancellable);
    /// More about the work, under Cancel (owned by this step; shown and hidden by its owner).
    void addDetail(QWidget *detail);

signals:
    void cancelRequested();

private:
    QLabel *m_step = nullptr;
    QPushButton *m_cancel = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace vcdesk
