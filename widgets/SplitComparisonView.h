#pragma once

#include "ZoomPanTransform.h"

#include <QImage>
#include <QWidget>

// Input and result over each other at the same scale, with a vertical split line: the input
// is shown left of the line, the result right of it. Both are stretched over the result's
// pixel grid with nearest-neighbour magnification, so a 4× result and its input line up.
//
// Mouse: drag the line to move it; drag elsewhere to pan; the wheel zooms about the cursor;
// double-click fits. Keys: Left/Right move the line (Shift: finer), +/- zoom, 0 fit,
// 1 one result pixel per screen pixel, Ctrl+arrows pan.
class SplitComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit SplitComparisonView(QWidget *parent = nullptr);

    // Either image may be null (no result yet). The view is kept when the size is unchanged,
    // so results of several methods can be compared at the same spot.
    void setImages(const QImage &before, const QImage &after);
    const QImage &before() const;
    const QImage &after() const;

    // Where the line is, as a fraction 0..1 of the widget's width.
    double splitPosition() const;
    void setSplitPosition(double fraction);
    // x of the line in widget pixels.
    int splitX() const;

    double zoom() const; // screen pixels per result pixel
    QPointF imageToWidget(const QPointF &point) const;
    QPointF widgetToImage(const QPointF &point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void clear();
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToActualSize();

Q_SIGNALS:
    void splitPositionChanged(double fraction);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Drag { None, Split, Pan };

    QSizeF contentSize() const;
    bool nearSplit(const QPointF &point) const;
    void zoomAbout(double zoom, const QPointF &widgetPoint);
    void drawLabel(QPainter &painter, const QString &text, bool alignRight) const;

    QImage m_before;
    QImage m_after;
    ZoomPanTransform m_transform;
    bool m_fitOnResize = true;
    double m_split = 0.5;
    Drag m_drag = Drag::None;
    QPointF m_lastDragPoint;
};
