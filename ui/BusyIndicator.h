#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace vcdesk {

class ActivityBase;

/// The status-bar corner that says what the application is doing: the step of the newest
/// running activity, a busy bar, and Cancel (Esc works too). Hidden when nothing runs. Tracks
/// one activity at a time: a newer one replaces the display, an older one still finishes.
class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    /// Shows `activity` until it finishes; `what` says what it is until its first step.
    void track(ActivityBase *activity, const QString &what);
    QString text() const;

private:
    void finish();

    QPointer<ActivityBase> m_activity;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace vcdesk
