#pragma once

#include <QMessageBox>

namespace vcdesk {

/// The one way pages ask a person to confirm (KeePassXC's gui/MessageBox pattern): the system
/// dialog for a person; for a test, the answer set with setNextAnswer(), without showing
/// anything. Texts are plain text, never markup.
class MessageBox
{
public:
    /// Asks `question` with `confirm` as the button that does it (and Cancel, the default).
    /// True when the person confirmed.
    static bool confirm(QWidget *parent, const QString &title, const QString &question,
                        const QString &confirm);
    /// Tests: the next confirm() returns `answer` at once.
    static void setNextAnswer(bool answer);
};

} // namespace vcdesk
