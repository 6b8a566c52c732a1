#pragma once

#include "ComparisonEntry.h"
#include "ZoomPanTransform.h"

#include <QList>
#include <QWidget>

// The same region from several methods (and the input) in a grid of 1..9 labelled cells,
// all with one zoom and pan: zooming or panning in one cell does the same in every cell.
// Images of different sizes (a 32×128 input, 128×512 results) are stretched over a common
// frame — the largest image's grid — so the cells show the same part of the scene.
// Rows and columns are chosen to show the images as large as the widget allows.
//
// Mouse: wheel zooms about the cursor, drag pans, double-click fits. Keys: +/- zoom,
// 0 fit, arrows pan.
class ComparisonGrid : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 9;

    explicit ComparisonGrid(QWidget *parent = nullptr);

    // More than kMaxEntries: the first nine are shown and a note says so.
    void setEntries(const QList<ComparisonEntry> &entries);
    const QList<ComparisonEntry> &entries() const;

    QSize gridShape() const; // columns × rows; empty when there are no entries
    QRect cellRect(int index) const;  // whole cell, label included
    QRect imageArea(int index) const; // where the cell's image is drawn (clip)
    int cellAt(const QPoint &point) const; // -1 outside every cell

    // Zoom relative to "fit" (1 = the common frame fits a cell), and the frame point shown
    // at the centre of every cell.
    double relativeZoom() const;
    QPointF viewCentre() const;
    void setView(double relativeZoom, const QPointF &centre);
    // The mapping used in one cell (frame coordinates to widget pixels).
    ZoomPanTransform cellTransform(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void clear();
    void zoomIn();
    void zoomOut();
    void resetView();

Q_SIGNALS:
    void viewChanged(double relativeZoom, const QPointF &centre);
    void cellActivated(int index); // double-click on a cell (the view is fitted again too)

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QSizeF frameSize() const;
    QRect gridArea() const;
    int headerHeight() const;
    double fitZoom(int index) const;
    void zoomAbout(double relativeZoom, int cell, const QPointF &widgetPoint);
    void panBy(const QPointF &widgetDelta, int cell);

    QList<ComparisonEntry> m_entries;
    int m_dropped = 0;
    double m_zoom = 1.0;
    QPointF m_centre;
    bool m_panning = false;
    int m_dragCell = -1;
    QPointF m_lastDragPoint;
};
