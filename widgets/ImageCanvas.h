#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QRect>
#include <QString>
#include <QWidget>

// Shows a photo with zoom and pan and edits rectangular regions on it, in image pixels.
// Left drag on empty photo draws a new region (Shift: draw even over a region); left drag
// inside a region moves it, on one of its eight handles resizes it; a click selects
// (Ctrl+click adds to the selection), a click on empty photo clears the selection. Right or
// middle drag (or Space + left drag) pans; the wheel zooms about the cursor.
// Large photos stay smooth: only the visible part is drawn, and when zoomed out it is drawn
// from a cached, box-filtered half/quarter/... level instead of the full-size image.
class ImageCanvas : public QWidget
{
    Q_OBJECT

public:
    struct Region
    {
        int id = 0;
        QRect rect;
        QString label;
        QColor color;   // outline; invalid: the default yellow
    };

    explicit ImageCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const;

    // All regions (replaces the current ones; the selection keeps the ids that still exist).
    void setRegions(const QList<Region> &regions);
    QList<Region> regions() const;
    // The id a region drawn next gets (so that ids can follow a document's numbering).
    void setNextRegionId(int id);

    QList<int> selectedIds() const;
    int currentId() const;  // the region last clicked or drawn; 0 if none
    void setSelection(const QList<int> &ids, int currentId);

    // The current region's rectangle; setRegion() replaces it (making one if there is none)
    // and an empty or off-image rectangle removes it. The one-region view of the canvas.
    QRect region() const;
    void setRegion(const QRect &region);
    void clearRegion();

    double zoom() const;
    void setZoom(double zoom);
    QPointF imageToWidget(const QPointF &point) const;
    QPointF widgetToImage(const QPointF &point) const;
    // Shows the rectangle (image pixels) in the middle of the view without changing the zoom.
    void centerOn(const QRect &rect);
    // Zooms so that the rectangle fills the view (with a small margin), centred.
    void zoomToRect(const QRect &rect);

    // The pyramid level the last paint used (0: full size, 1: half, ...), for tests.
    int lastPaintedLevel() const;
    // The part of that level the last paint drew, in the level's pixels (empty: none), for tests.
    QRectF lastPaintedSource() const;

    QSize sizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToActualSize();
    void zoomToRegion(); // the current region; nothing without one

Q_SIGNALS:
    // The current region's rectangle changed, or another region became current.
    void regionChanged(const QRect &region);
    void regionAdded(int id, const QRect &rect);
    void regionEdited(int id, const QRect &rect);   // moved or resized, on release
    void regionRemoved(int id);
    void selectionChanged(const QList<int> &ids);
    void regionDoubleClicked(int id);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Drag { None, Drawing, Panning, Moving, Resizing };
    // Bit flags of the edges a handle moves.
    enum Edge { Left = 1, Top = 2, Right = 4, Bottom = 8 };

    void zoomAbout(double zoom, const QPointF &widgetPoint);
    QRect rectFromDrag(const QPointF &from, const QPointF &to) const;
    int indexOf(int id) const;
    int regionAt(const QPointF &widgetPoint) const;           // topmost index, -1 if none
    int handleAt(const QPointF &widgetPoint, int *index) const; // edge flags, 0 if none
    QRectF widgetRect(const QRect &imageRect) const;
    QRect draggedRect() const;
    void updateHoverCursor(const QPointF &widgetPoint);
    const QImage &pyramidLevel(int level);
    void emitSelection();

    QImage m_image;
    QList<QImage> m_pyramid; // [0] unused (the image itself); built on first use
    int m_lastPaintedLevel = 0;
    QRectF m_lastPaintedSource;
    QList<Region> m_regions;
    QList<int> m_selected;
    int m_currentId = 0;
    int m_nextId = 1;
    double m_zoom = 1.0;
    QPointF m_offset; // widget position of the image's top-left corner
    bool m_fitOnResize = true;
    Drag m_drag = Drag::None;
    bool m_spaceHeld = false;
    QPointF m_dragStart;
    QPointF m_dragCurrent;
    QPointF m_offsetAtDragStart;
    int m_dragIndex = -1;
    int m_dragEdges = 0;
    QRect m_rectAtDragStart;
};
