#include "ui/MessageBox.h"

#include <QPushButton>

#include <optional>

namespace vcdesk {

namespace {
std::optional<bool> g_nextAnswer; // GUI thread only
} // namespace

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &question,
                         const QString &confirm)
{
    if (g_nextAnswer)
        return *std::exchange(g_nextAnswer, std::nullopt);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *yes = box.addButton(confirm, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void MessageBox::setNextAnswer(bool answer)
{
    g_nextAnswer = answer;
}

} // namespace vcdesk
