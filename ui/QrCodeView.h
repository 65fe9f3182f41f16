#pragma once

#include <QImage>
#include <QLabel>
#include <QPointer>

namespace vcdesk {

class ActivityBase;

/// Text shown as a QR code for a camera to read (a credential on its detail page, and the
/// kiosk's request link to come): drawn off the GUI thread (models/QrCodeImage), scaled by a
/// whole number so every module stays sharp, with its quiet zone. Text too large for a QR
/// code is said in a sentence (how large it is, and the most a code holds) instead.
class QrCodeView : public QLabel
{
    Q_OBJECT
public:
    explicit QrCodeView(QWidget *parent = nullptr);

    void showText(const QByteArray &utf8);
    void clear();
    /// The code as drawn (one pixel a module), null when none is shown.
    const QImage &code() const { return m_code; }
    /// Why no code is shown, empty when one is.
    const QString &problem() const { return m_problem; }

signals:
    /// The code, or the sentence why not, is on screen.
    void ready();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void place();

    QImage m_code;
    QString m_problem;
    QPointer<ActivityBase> m_drawing;
};

} // namespace vcdesk
