#include "ImageCanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 32.0;
constexpr double kZoomStep = 1.25;

} // namespace

ImageCanvas::ImageCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setAutoFillBackground(false);
    setCursor(Qt::CrossCursor);
}

void ImageCanvas::setImage(const QImage &image)
{
    m_image = image;
    m_region = QRect();
    m_drag = Drag::None;
    m_fitOnResize = true;
    zoomToFit();
    Q_EMIT regionChanged(m_region);
}

const QImage &ImageCanvas::image() const
{
    return m_image;
}

QRect ImageCanvas::region() const
{
    return m_region;
}

void ImageCanvas::setRegion(const QRect &region)
{
    const QRect clipped = region.normalized().intersected(m_image.rect());
    if (clipped == m_region)
        return;
    m_region = clipped;
    update();
    Q_EMIT regionChanged(m_region);
}

void ImageCanvas::clearRegion()
{
    setRegion(QRect());
}

double ImageCanvas::zoom() const
{
    return m_zoom;
}

void ImageCanvas::setZoom(double zoom)
{
    zoomAbout(zoom, QPointF(width() / 2.0, height() / 2.0));
}

QPointF ImageCanvas::imageToWidget(const QPointF &point) const
{
    return m_offset + point * m_zoom;
}

QPointF ImageCanvas::widgetToImage(const QPointF &point) const
{
    return (point - m_offset) / m_zoom;
}

QSize ImageCanvas::sizeHint() const
{
    return {800, 600};
}

void ImageCanvas::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void ImageCanvas::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void ImageCanvas::zoomToFit()
{
    m_fitOnResize = true;
    if (m_image.isNull() || width() <= 0 || height() <= 0) {
        update();
        return;
    }
    const double fit = std::min(double(width()) / m_image.width(), double(height()) / m_image.height());
    m_zoom = std::clamp(fit, kMinZoom, kMaxZoom);
    m_offset = QPointF((width() - m_image.width() * m_zoom) / 2.0,
                       (height() - m_image.height() * m_zoom) / 2.0);
    update();
    Q_EMIT zoomChanged(m_zoom);
}

void ImageCanvas::zoomToActualSize()
{
    setZoom(1.0);
}

void ImageCanvas::zoomAbout(double zoom, const QPointF &widgetPoint)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF anchor = widgetToImage(widgetPoint);
    m_zoom = zoom;
    m_offset = widgetPoint - anchor * m_zoom;
    m_fitOnResize = false;
    update();
    Q_EMIT zoomChanged(m_zoom);
}

QRect ImageCanvas::rectFromDrag(const QPointF &from, const QPointF &to) const
{
    const QPointF a = widgetToImage(from);
    const QPointF b = widgetToImage(to);
    const QPoint topLeft(int(std::floor(std::min(a.x(), b.x()))), int(std::floor(std::min(a.y(), b.y()))));
    const QPoint bottomRight(int(std::ceil(std::max(a.x(), b.x()))), int(std::ceil(std::max(a.y(), b.y()))));
    return QRect(topLeft, bottomRight - QPoint(1, 1)).intersected(m_image.rect());
}

void ImageCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Open a photo (File ▸ Open, or drop it here), then drag over the text "
                            "to mark a region."));
        return;
    }
    // Draw only the visible part of the image: a 24 MP photo stays cheap to repaint.
    const QRectF visibleInImage = QRectF(widgetToImage(QPointF(0, 0)), widgetToImage(QPointF(width(), height())))
                                      .intersected(QRectF(m_image.rect()));
    if (!visibleInImage.isEmpty()) {
        const QRectF source(std::floor(visibleInImage.left()), std::floor(visibleInImage.top()),
                            std::ceil(visibleInImage.right()) - std::floor(visibleInImage.left()),
                            std::ceil(visibleInImage.bottom()) - std::floor(visibleInImage.top()));
        const QRectF target(imageToWidget(source.topLeft()), source.size() * m_zoom);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 1.0);
        painter.drawImage(target, m_image, source);
    }

    const QRect shown = m_drag == Drag::Drawing ? rectFromDrag(m_dragStart, m_dragCurrent) : m_region;
    if (!shown.isEmpty()) {
        const QRectF box(imageToWidget(shown.topLeft()), QSizeF(shown.size()) * m_zoom);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(QColor(0, 0, 0, 160), 3));
        painter.drawRect(box);
        painter.setPen(QPen(QColor(255, 200, 0), 1.5, Qt::DashLine));
        painter.drawRect(box);
        painter.setPen(Qt::white);
        painter.drawText(box.bottomLeft() + QPointF(2, 14),
                         tr("%1×%2 px").arg(shown.width()).arg(shown.height()));
    }
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_image.isNull())
        return;
    const bool pan = event->button() == Qt::RightButton || event->button() == Qt::MiddleButton
                     || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (pan) {
        m_drag = Drag::Panning;
        m_offsetAtDragStart = m_offset;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Drawing;
    } else {
        return;
    }
    m_dragStart = m_dragCurrent = event->position();
    event->accept();
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return;
    m_dragCurrent = event->position();
    if (m_drag == Drag::Panning) {
        m_offset = m_offsetAtDragStart + (m_dragCurrent - m_dragStart);
        m_fitOnResize = false;
    }
    update();
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return;
    m_dragCurrent = event->position();
    const Drag finished = m_drag;
    m_drag = Drag::None;
    setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::CrossCursor);
    if (finished == Drag::Drawing) {
        // A click without a drag clears the region instead of making a 1-pixel one.
        const bool click = (m_dragCurrent - m_dragStart).manhattanLength() < 3;
        const QRect drawn = click ? QRect() : rectFromDrag(m_dragStart, m_dragCurrent);
        m_region = QRect(); // force the signal even if the same rectangle is drawn again
        setRegion(drawn);
        if (drawn.isEmpty())
            Q_EMIT regionChanged(m_region);
    }
    update();
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    if (m_image.isNull())
        return;
    const double steps = event->angleDelta().y() / 120.0;
    zoomAbout(m_zoom * std::pow(kZoomStep, steps), event->position());
    event->accept();
}

void ImageCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_region.isEmpty()) {
        clearRegion();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ImageCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        setCursor(Qt::CrossCursor);
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void ImageCanvas::resizeEvent(QResizeEvent *)
{
    if (m_fitOnResize)
        zoomToFit();
}
