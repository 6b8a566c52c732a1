#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QImage;
class QPainter;

// Maps image coordinates to widget coordinates for a zoomed and panned view (widget =
// offset + image * zoom), and draws the visible part of an image through that mapping.
// A value type, so several views (or several cells of one view) can share or copy it.
class ZoomPanTransform
{
public:
    static constexpr double kMinZoom = 0.02;
    static constexpr double kMaxZoom = 64.0;

    double zoom() const { return m_zoom; }
    QPointF offset() const { return m_offset; }
    void setZoomAndOffset(double zoom, const QPointF &offset);

    // Largest zoom at which `content` fits in `view`, centred there.
    void fit(const QSizeF &content, const QRectF &view);
    // Changes the zoom while the image point under `widgetPoint` stays where it is.
    void zoomAbout(double zoom, const QPointF &widgetPoint);
    void panBy(const QPointF &widgetDelta);

    QPointF imageToWidget(const QPointF &point) const;
    QPointF widgetToImage(const QPointF &point) const;
    QRectF imageToWidget(const QRectF &rect) const;
    QRectF widgetToImage(const QRectF &rect) const;

    // Draws `image` stretched over the image-coordinate rectangle (0,0,contentSize) — the
    // image's own size when contentSize is empty — clipped to `viewport`. Magnified pixels
    // stay crisp blocks (nearest neighbour) so what is judged are the image's own pixels;
    // only minification is smoothed. Only the visible source pixels are read.
    void drawImage(QPainter &painter, const QImage &image, const QRectF &viewport,
                   const QSizeF &contentSize = QSizeF()) const;

private:
    double m_zoom = 1.0;
    QPointF m_offset; // widget position of image point (0,0)
};
