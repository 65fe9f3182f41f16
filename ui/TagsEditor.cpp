#include "ui/TagsEditor.h"

#include "ui/PlainLabel.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

namespace vcdesk {

TagsEditor::TagsEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tagsEditor"));
    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("tagsLine"));
    m_line->setAccessibleName(tr("Tags, separated by commas"));
    m_line->setPlaceholderText(tr("Tags, separated by commas: work, travel"));
    m_save = new QPushButton(tr("&Save tags"), this);
    m_save->setObjectName(QStringLiteral("saveTags"));
    m_save->setAccessibleName(tr("Save the tags"));
    m_save->setToolTip(tr("The credential's tags become the ones in the field, replacing those "
                          "it had. If they cannot be saved, the reason shows below."));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTags"));
    m_cancel->setAccessibleName(tr("Keep the tags as they were"));
    m_cancel->setToolTip(tr("Closes the tag editor without saving what you typed. Esc does the "
                            "same."));
    m_problem = new PlainLabel(this, QStringLiteral("tagsProblem"));
    m_problem->setAccessibleName(tr("Why the tags were not saved"));
    m_problem->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line, 0, 0);
    layout->addWidget(m_save, 0, 1);
    layout->addWidget(m_cancel, 0, 2);
    layout->addWidget(m_problem, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_line, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(m_line->text()); });
    connect(m_cancel, &QPushButton::clicked, this, &TagsEditor::cancel);
    hide();
}

void TagsEditor::start(const QString &line)
{
    m_line->setText(line);
    m_problem->clear();
    m_problem->hide();
    setSaving(false);
    show();
    m_line->selectAll();
    m_line->setFocus();
}

void TagsEditor::setSaving(bool saving)
{
    for (QWidget *control : {static_cast<QWidget *>(m_line), static_cast<QWidget *>(m_save),
                             static_cast<QWidget *>(m_cancel)})
        control->setEnabled(!saving);
}

void TagsEditor::showProblem(const QString &sentence)
{
    setSaving(false);
    m_problem->setText(sentence);
    m_problem->show();
    m_line->setFocus();
}

void TagsEditor::finish()
{
    hide();
    m_line->clear();
    m_problem->clear();
    m_problem->hide();
    setSaving(false);
}

QString TagsEditor::text() const
{
    return m_line->text();
}

QString TagsEditor::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void TagsEditor::keyPressEvent(QKeyEvent *event)
{
    // Esc in the line (it passes it on) cancels, unless a save is on its way.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier &&
        m_cancel->isEnabled()) {
        cancel();
        return;
    }
    QWidget::keyPressEvent(event);
}

void TagsEditor::cancel()
{
    finish();
    emit cancelled();
}

} // namespace vcdesk
