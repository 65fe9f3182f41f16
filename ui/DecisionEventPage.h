#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace vcdesk {

class ActivityBase;
class MandateDataModel;
class PlainLabel;

/// Console ▸ Decision events: a credential decision event (seed 004) pasted or opened from a
/// file: the decision (accepted / rejected, by whom, when, for which request), what the
/// event's checks say (the action against the proof's actionType, the hashes), the mandate
/// data with each item's hash checked, and the embedded credential inspected in the
/// inspector (with the event's own checks). Anything else is said to be not a decision event.
class DecisionEventPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024;

    explicit DecisionEventPage(QWidget *parent = nullptr);

    MandateDataModel *mandateData() const { return m_model; }
    QPlainTextEdit *input() const { return m_input; }
    void setText(const QString &text);
    /// Reads the file off the GUI thread; the page shows it when read.
    void openFile(const QString &path);

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);
    void inspectRequested(const QString &token);

private:
    void read();
    void showProblem(const QString &sentence);

    QPlainTextEdit *m_input = nullptr;
    PlainLabel *m_decision = nullptr;
    PlainLabel *m_checks = nullptr;
    QTableView *m_table = nullptr;
    MandateDataModel *m_model = nullptr;
    QPushButton *m_inspect = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace vcdesk
