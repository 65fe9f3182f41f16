#include "ui/OutcomeLabel.h"

#include "models/StatusColour.h"

namespace vcdesk {

OutcomeLabel::OutcomeLabel(QWidget *parent, const QString &objectName, Empty empty)
    : PlainLabel(parent, objectName)
    , m_empty(empty)
{
    setAccessibleName(tr("What happened"));
    if (m_empty == HideWhenEmpty)
        hide();
}

void OutcomeLabel::say(const QString &text, bool problem)
{
    m_problem = problem && !text.isEmpty();
    setStyleSheet(m_problem ? StatusColour::textStyle(StatusColour::Tone::Problem, palette())
                            : QString());
    setText(text);
    if (m_empty == HideWhenEmpty)
        setVisible(!text.isEmpty()); // no empty row under the buttons
}

} // namespace vcdesk
