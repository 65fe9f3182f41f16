#pragma once

#include "ui/PlainLabel.h"

namespace vcdesk {

/// The sentence under a page's or a group's actions saying how the last one ended: plain text
/// (PlainLabel), red when it is a problem, its accessible name "What happened". With
/// HideWhenEmpty it takes no room while it has nothing to say (a group box in Settings).
class OutcomeLabel : public PlainLabel
{
    Q_OBJECT
public:
    enum Empty { KeepRoom, HideWhenEmpty };

    explicit OutcomeLabel(QWidget *parent, const QString &objectName, Empty empty = KeepRoom);

    void say(const QString &text, bool problem = false);
    bool isProblem() const { return m_problem; }

private:
    Empty m_empty;
    bool m_problem = false;
};

} // namespace vcdesk
