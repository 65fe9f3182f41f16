#include "ui/MessageBox.h"

#include <QPushButton>

#include <optional>

namespace vcdesk {

namespace {
std::optional<bool> g_nextAnswer; // GUI thread only
} // namespace

void MessageBox::confirm(QWidget *parent, const QString &title, const QString &question,
                         const QString &confirm, std::function<void()> onConfirmed)
{
    if (g_nextAnswer) {
        if (*std::exchange(g_nextAnswer, std::nullopt))
            onConfirmed();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *yes = box->addButton(confirm, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, parent, [box, yes, onConfirmed] {
        if (box->clickedButton() == yes)
            onConfirmed();
    });
    box->open();
}

void MessageBox::setNextAnswer(bool answer)
{
    g_nextAnswer = answer;
}

} // namespace vcdesk
