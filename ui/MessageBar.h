#pragma once

#include "models/WalletSession.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace vcdesk {

/// A banner at the top of the window for what a person must read (a failed unlock, a network
/// error): a title, a sentence, a colour for its kind, and a close button. It stays until
/// closed or replaced; it never takes the focus away from what the person was typing. The text
/// is shown as plain text, never as markup.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void show(const QString &title, const QString &text, WalletSession::MessageKind kind);
    QString text() const;

private:
    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace vcdesk
