#pragma once

#include <QMessageBox>

#include <functional>

namespace vcdesk {

/// The one way pages ask a person to confirm (KeePassXC's gui/MessageBox pattern): a window-
/// modal dialog for a person, opened without a nested event loop (the answer arrives later, so
/// nothing re-enters the page while the question is open: a lock in between is seen); for a
/// test, the answer set with setNextAnswer(), at once. Texts are plain text, never markup.
class MessageBox
{
public:
    /// Asks `question` with `confirm` as the button that does it (and Cancel, the default);
    /// calls `onConfirmed` only if the person confirmed, and only while `parent` exists.
    static void confirm(QWidget *parent, const QString &title, const QString &question,
                        const QString &confirm, std::function<void()> onConfirmed);
    /// Tests: the next confirm() answers `answer` at once.
    static void setNextAnswer(bool answer);
};

} // namespace vcdesk
