#include "ui/ClaimsEditor.h"

#include "models/ClaimsInput.h"
#include "models/StatusColour.h"
#include "ui/PlainLabel.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace vcdesk {

ClaimsEditor::ClaimsEditor(const QString &objectName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(objectName + QStringLiteral("Text"));
    m_edit->setAccessibleName(tr("Claims as JSON"));
    m_edit->setAccessibleDescription(
        tr("One JSON object: each member is a claim, e.g. {\"claim_type\": \"email\"}"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true); // Tab leaves the editor: the form stays keyboard-usable
    m_edit->setPlaceholderText(QStringLiteral("{\"claim_type\": \"email\", \"email\": \"…\"}"));
    m_edit->setMinimumHeight(90);
    m_problem = new PlainLabel(this, objectName + QStringLiteral("Problem"));
    m_problem->setAccessibleName(tr("What is wrong with the claims"));
    m_problem->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    // A label's mnemonic (its buddy is this editor) leads into the text.
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_problem);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ClaimsEditor::check);
    check();
}

Result<QJsonObject> ClaimsEditor::claims() const
{
    return ClaimsInput::read(m_edit->toPlainText());
}

void ClaimsEditor::setText(const QString &json)
{
    m_edit->setPlainText(json);
}

void ClaimsEditor::check()
{
    const auto read = claims();
    // Nothing typed yet is not an error worth red text; the button stays off all the same.
    const bool empty = m_edit->toPlainText().trimmed().isEmpty();
    m_problem->setText(read || empty ? QString() : read.error().message);
    m_problem->setVisible(!read && !empty);
    if (bool(read) != m_valid) {
        m_valid = bool(read);
        emit validityChanged(m_valid);
    }
}

} // namespace vcdesk
