#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QWidget>

class QPlainTextEdit;

namespace vcdesk {

class PlainLabel;

/// Claims typed as JSON (models/ClaimsInput) with what is wrong said under them as the person
/// types; validityChanged() lets a form enable its button only for claims the agent will take.
class ClaimsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimsEditor(const QString &objectName, QWidget *parent = nullptr);

    Result<QJsonObject> claims() const;
    bool isValid() const { return m_valid; }
    void setText(const QString &json);
    QPlainTextEdit *edit() const { return m_edit; }

signals:
    void validityChanged(bool valid);

private:
    void check();

    QPlainTextEdit *m_edit = nullptr;
    PlainLabel *m_problem = nullptr;
    bool m_valid = false;
};

} // namespace vcdesk
