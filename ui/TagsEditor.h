#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vcdesk {

/// Edits a credential's tags in place, inside the page (no dialog, no nested event loop): one
/// line of comma-separated tags, Save (Enter) and Cancel (Esc), and what went wrong as a
/// sentence under it. What was typed stays until it is saved or cancelled. Hidden until
/// start(); the page saves (saveRequested) and says how that went (finish, showProblem).
class TagsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TagsEditor(QWidget *parent = nullptr);

    /// Shows the editor with `line` in it, selected, and the keyboard in it.
    void start(const QString &line);
    /// Saving: the editor waits (its controls off) until finish() or showProblem().
    void setSaving(bool saving);
    /// Why it was not saved; the editor stays open with what was typed.
    void showProblem(const QString &sentence);
    /// Hides and empties it.
    void finish();
    QString text() const;
    QString problem() const;

signals:
    void saveRequested(const QString &line);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void cancel();

    QLineEdit *m_line = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace vcdesk
