#pragma once

#include <QImage>
#include <QPointF>
#include <QRect>
#include <QWidget>

// Shows a photo with zoom and pan, and lets the user draw one rectangular region on it.
// Left drag draws; right or middle drag (or Space + left drag) pans; the wheel zooms about
// the cursor. Regions are kept in image pixels and clipped to the image.
class ImageCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit ImageCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const;

    QRect region() const;
    void setRegion(const QRect &region);
    void clearRegion();

    double zoom() const;
    void setZoom(double zoom);
    QPointF imageToWidget(const QPointF &point) const;
    QPointF widgetToImage(const QPointF &point) const;

    QSize sizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToActualSize();

Q_SIGNALS:
    void regionChanged(const QRect &region);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Drag { None, Drawing, Panning };

    void zoomAbout(double zoom, const QPointF &widgetPoint);
    QRect rectFromDrag(const QPointF &from, const QPointF &to) const;

    QImage m_image;
    QRect m_region;
    double m_zoom = 1.0;
    QPointF m_offset; // widget position of the image's top-left corner
    bool m_fitOnResize = true;
    Drag m_drag = Drag::None;
    bool m_spaceHeld = false;
    QPointF m_dragStart;
    QPointF m_dragCurrent;
    QPointF m_offsetAtDragStart;
};
