#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace vcdesk {

class OperatorPinGate;

/// The operator's way out of the kiosk: the PIN, Leave and Cancel. Wrong PINs lock it for a
/// while (OperatorPinGate); it closes by itself after a minute untouched, so a prompt left
/// open does not stand in front of the next person.
class KioskExitPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KioskExitPanel(OperatorPinGate *gate, QWidget *parent = nullptr);

    /// Shows it empty, with the focus in the PIN field.
    void open();

signals:
    void leave();
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();

    OperatorPinGate *m_gate;
    QLineEdit *m_pin;
    QPushButton *m_leave;
    QLabel *m_message;
    QTimer *m_idle;
};

} // namespace vcdesk
