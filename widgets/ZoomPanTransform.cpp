#include "ZoomPanTransform.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

void ZoomPanTransform::setZoomAndOffset(double zoom, const QPointF &offset)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_offset = offset;
}

void ZoomPanTransform::fit(const QSizeF &content, const QRectF &view)
{
    if (content.isEmpty() || view.isEmpty()) {
        m_zoom = 1.0;
        m_offset = view.topLeft();
        return;
    }
    m_zoom = std::clamp(std::min(view.width() / content.width(), view.height() / content.height()),
                        kMinZoom, kMaxZoom);
    m_offset = view.center() - QPointF(content.width(), content.height()) * (m_zoom / 2.0);
}

void ZoomPanTransform::zoomAbout(double zoom, const QPointF &widgetPoint)
{
    const QPointF anchor = widgetToImage(widgetPoint);
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_offset = widgetPoint - anchor * m_zoom;
}

void ZoomPanTransform::panBy(const QPointF &widgetDelta)
{
    m_offset += widgetDelta;
}

QPointF ZoomPanTransform::imageToWidget(const QPointF &point) const
{
    return m_offset + point * m_zoom;
}

QPointF ZoomPanTransform::widgetToImage(const QPointF &point) const
{
    return (point - m_offset) / m_zoom;
}

QRectF ZoomPanTransform::imageToWidget(const QRectF &rect) const
{
    return QRectF(imageToWidget(rect.topLeft()), rect.size() * m_zoom);
}

QRectF ZoomPanTransform::widgetToImage(const QRectF &rect) const
{
    return QRectF(widgetToImage(rect.topLeft()), rect.size() / m_zoom);
}

void ZoomPanTransform::drawImage(QPainter &painter, const QImage &image, const QRectF &viewport,
                                 const QSizeF &contentSize) const
{
    if (image.isNull() || viewport.isEmpty())
        return;
    const QSizeF content = contentSize.isEmpty() ? QSizeF(image.size()) : contentSize;
    const double sx = image.width() / content.width();  // image pixels per content unit
    const double sy = image.height() / content.height();
    const QRectF visible = widgetToImage(viewport).intersected(QRectF(QPointF(0, 0), content));
    if (visible.isEmpty())
        return;
    // Whole source pixels, so a magnified pixel is never cut into a sliver of another size.
    const double left = std::floor(visible.left() * sx);
    const double top = std::floor(visible.top() * sy);
    const double right = std::min(double(image.width()), std::ceil(visible.right() * sx));
    const double bottom = std::min(double(image.height()), std::ceil(visible.bottom() * sy));
    const QRectF source(left, top, right - left, bottom - top);
    const QRectF target = imageToWidget(QRectF(left / sx, top / sy, source.width() / sx, source.height() / sy));
    painter.save();
    painter.setClipRect(viewport, Qt::IntersectClip);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, target.width() < source.width());
    painter.drawImage(target, image, source);
    painter.restore();
}
