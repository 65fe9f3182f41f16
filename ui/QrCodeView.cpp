#include "ui/QrCodeView.h"

#include "core/common/Activity.h"
#include "models/QrCodeImage.h"

#include <QPixmap>

#include <algorithm>

namespace vcdesk {

QrCodeView::QrCodeView(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("qrCode"));
    setAccessibleName(tr("QR code"));
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setMinimumHeight(120);
}

void QrCodeView::showText(const QByteArray &utf8)
{
    clear();
    setText(tr("Drawing the QR code…"));
    auto *drawing = new Activity<QImage>(this);
    m_drawing = drawing;
    drawing->start([utf8](const ActivityBase::Context &) {
        // Low correction holds the most: a screen is read in good light.
        return QrCodeImage::render(utf8, 1, QrCodeImage::Ecc::Low);
    });
    connect(drawing, &ActivityBase::finished, this, [this, drawing] {
        drawing->deleteLater();
        if (drawing != m_drawing)
            return; // a newer text is being drawn
        if (!drawing->result()) {
            m_problem = drawing->result().error().message;
            setPixmap({});
            setText(m_problem);
        } else {
            m_code = drawing->result().value();
            setAccessibleDescription(tr("A QR code of %n module(s) a side", nullptr,
                                        m_code.width() - 2 * QrCodeImage::kQuietZone));
            place();
        }
        emit ready();
    });
}

void QrCodeView::clear()
{
    m_code = QImage();
    m_problem.clear();
    setPixmap({});
    QLabel::clear();
}

void QrCodeView::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (!m_code.isNull())
        place();
}

void QrCodeView::place()
{
    // Whole device pixels per module: a code scaled by a fraction blurs its edges.
    const qreal ratio = devicePixelRatioF();
    const int side = std::min(width(), height());
    const int modules = std::max(1, m_code.width());
    const int scale = std::max(1, int(side * ratio) / modules);
    QPixmap pixmap = QPixmap::fromImage(m_code.scaled(
        modules * scale, modules * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation));
    pixmap.setDevicePixelRatio(ratio);
    setPixmap(pixmap);
}

} // namespace vcdesk
