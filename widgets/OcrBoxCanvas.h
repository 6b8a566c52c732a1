#pragma once

#include "OcrTextBox.h"
#include "ZoomPanTransform.h"

#include <QImage>
#include <QList>
#include <QWidget>

// An image with OCR boxes over it, each outlined and labelled with its text and confidence
// in a colour from red (unsure) to green (sure). Click a box (or Tab/Backtab, or N/P) to
// select it. Wheel zooms about the cursor, drag pans, +/- zoom, 0 fits, Escape deselects.
class OcrBoxCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit OcrBoxCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const;
    void setBoxes(const QList<OcrTextBox> &boxes);
    const QList<OcrTextBox> &boxes() const;

    int selectedBox() const; // -1 when none
    void setSelectedBox(int index);
    int boxAt(const QPointF &widgetPoint) const; // topmost (smallest) box there, or -1

    double zoom() const;
    QPointF imageToWidget(const QPointF &point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomToFit();

Q_SIGNALS:
    void boxSelected(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;

private:
    QPolygonF boxPolygon(int index) const; // quad, or bounds when the quad is incomplete
    QString boxLabel(int index) const;
    void zoomAbout(double zoom, const QPointF &widgetPoint);
    void selectRelative(int step);

    QImage m_image;
    QList<OcrTextBox> m_boxes;
    int m_selected = -1;
    ZoomPanTransform m_transform;
    bool m_fitOnResize = true;
    bool m_pressed = false;
    bool m_panned = false;
    QPointF m_pressPoint;
    QPointF m_lastDragPoint;
};
