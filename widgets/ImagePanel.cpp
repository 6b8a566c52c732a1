#include "ImagePanel.h"

#include "ZoomPanTransform.h"

#include <QPainter>

ImagePanel::ImagePanel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImagePanel::setImage(const QImage &image)
{
    m_image = image;
    update();
}

const QImage &ImagePanel::image() const
{
    return m_image;
}

void ImagePanel::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

QString ImagePanel::placeholderText() const
{
    return m_placeholder;
}

QRectF ImagePanel::imageRect() const
{
    if (m_image.isNull())
        return {};
    ZoomPanTransform transform;
    transform.fit(m_image.size(), QRectF(rect()).adjusted(2, 2, -2, -2));
    return transform.imageToWidget(QRectF(QPointF(0, 0), QSizeF(m_image.size())));
}

QSize ImagePanel::sizeHint() const
{
    return {400, 140};
}

QSize ImagePanel::minimumSizeHint() const
{
    return {120, 40};
}

void ImagePanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    ZoomPanTransform transform;
    transform.fit(m_image.size(), QRectF(rect()).adjusted(2, 2, -2, -2));
    transform.drawImage(painter, m_image, rect());
}
