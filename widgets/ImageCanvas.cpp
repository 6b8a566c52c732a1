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
constexpr double kHandleRadius = 5.0; // widget pixels
constexpr int kMaxPyramidLevels = 8;

// Half size by averaging 2×2 blocks: a cheap, alias-free downscale (Qt's smooth scaling of a
// 24 MP image takes several times longer).
QImage halve(const QImage &source)
{
    if (source.format() == QImage::Format_RGB888) {
        // Straight from the loader's format: no full-size conversion first.
        const int width = std::max(1, source.width() / 2);
        const int height = std::max(1, source.height() / 2);
        QImage out(width, height, QImage::Format_RGB32);
        for (int y = 0; y < height; ++y) {
            const uchar *row0 = source.constScanLine(std::min(2 * y, source.height() - 1));
            const uchar *row1 = source.constScanLine(std::min(2 * y + 1, source.height() - 1));
            auto *target = reinterpret_cast<QRgb *>(out.scanLine(y));
            for (int x = 0; x < width; ++x) {
                const int a = 6 * x;
                const int b = std::min(6 * x + 3, 3 * (source.width() - 1));
                target[x] = qRgb((row0[a] + row0[b] + row1[a] + row1[b] + 2) >> 2,
                                 (row0[a + 1] + row0[b + 1] + row1[a + 1] + row1[b + 1] + 2) >> 2,
                                 (row0[a + 2] + row0[b + 2] + row1[a + 2] + row1[b + 2] + 2) >> 2);
            }
        }
        return out;
    }
    const QImage in = source.format() == QImage::Format_RGB32 ? source : source.convertToFormat(QImage::Format_RGB32);
    const int width = std::max(1, in.width() / 2);
    const int height = std::max(1, in.height() / 2);
    QImage out(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        const auto *row0 = reinterpret_cast<const QRgb *>(in.constScanLine(std::min(2 * y, in.height() - 1)));
        const auto *row1 = reinterpret_cast<const QRgb *>(in.constScanLine(std::min(2 * y + 1, in.height() - 1)));
        auto *target = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int x0 = std::min(2 * x, in.width() - 1);
            const int x1 = std::min(2 * x + 1, in.width() - 1);
            const QRgb a = row0[x0], b = row0[x1], c = row1[x0], d = row1[x1];
            target[x] = qRgb((qRed(a) + qRed(b) + qRed(c) + qRed(d) + 2) / 4,
                             (qGreen(a) + qGreen(b) + qGreen(c) + qGreen(d) + 2) / 4,
                             (qBlue(a) + qBlue(b) + qBlue(c) + qBlue(d) + 2) / 4);
        }
    }
    return out;
}

} // namespace

ImageCanvas::ImageCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::CrossCursor);
}

void ImageCanvas::setImage(const QImage &image)
{
    m_image = image;
    m_pyramid.clear();
    m_regions.clear();
    m_selected.clear();
    m_currentId = 0;
    m_nextId = 1;
    m_drag = Drag::None;
    m_fitOnResize = true;
    zoomToFit();
    Q_EMIT regionChanged(QRect());
}

const QImage &ImageCanvas::image() const
{
    return m_image;
}

void ImageCanvas::setRegions(const QList<Region> &regions)
{
    const QRect before = region();
    m_regions = regions;
    for (const Region &item : regions)
        m_nextId = std::max(m_nextId, item.id + 1);
    m_selected.erase(std::remove_if(m_selected.begin(), m_selected.end(), [this](int id) { return indexOf(id) < 0; }),
                     m_selected.end());
    if (indexOf(m_currentId) < 0)
        m_currentId = 0;
    if (m_drag == Drag::Moving || m_drag == Drag::Resizing)
        m_drag = Drag::None;
    update();
    if (region() != before)
        Q_EMIT regionChanged(region());
}

QList<ImageCanvas::Region> ImageCanvas::regions() const
{
    return m_regions;
}

void ImageCanvas::setNextRegionId(int id)
{
    m_nextId = std::max(1, id);
}

QList<int> ImageCanvas::selectedIds() const
{
    return m_selected;
}

int ImageCanvas::currentId() const
{
    return m_currentId;
}

void ImageCanvas::setSelection(const QList<int> &ids, int currentId)
{
    const QRect before = region();
    const int previousCurrent = m_currentId;
    m_selected.clear();
    for (int id : ids) {
        if (indexOf(id) >= 0 && !m_selected.contains(id))
            m_selected.append(id);
    }
    m_currentId = indexOf(currentId) >= 0 ? currentId : (m_selected.isEmpty() ? 0 : m_selected.last());
    if (m_currentId && !m_selected.contains(m_currentId))
        m_selected.append(m_currentId);
    update();
    if (region() != before || m_currentId != previousCurrent)
        Q_EMIT regionChanged(region());
}

QRect ImageCanvas::region() const
{
    const int index = indexOf(m_currentId);
    return index < 0 ? QRect() : m_regions.at(index).rect;
}

void ImageCanvas::setRegion(const QRect &rect)
{
    const QRect clipped = rect.normalized().intersected(m_image.rect());
    const int index = indexOf(m_currentId);
    if (index >= 0) {
        if (clipped == m_regions.at(index).rect)
            return;
        const int id = m_currentId;
        if (clipped.isEmpty()) {
            m_regions.removeAt(index);
            m_selected.removeAll(id);
            m_currentId = 0;
            update();
            Q_EMIT regionRemoved(id);
            Q_EMIT regionChanged(QRect());
            return;
        }
        m_regions[index].rect = clipped;
        update();
        Q_EMIT regionEdited(id, clipped);
        Q_EMIT regionChanged(clipped);
        return;
    }
    if (clipped.isEmpty())
        return;
    Region added;
    added.id = m_nextId++;
    added.rect = clipped;
    m_regions.append(added);
    m_selected = {added.id};
    m_currentId = added.id;
    update();
    Q_EMIT regionAdded(added.id, clipped);
    Q_EMIT regionChanged(clipped);
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

void ImageCanvas::centerOn(const QRect &rect)
{
    if (rect.isEmpty())
        return;
    m_offset = QPointF(width() / 2.0, height() / 2.0) - QRectF(rect).center() * m_zoom;
    m_fitOnResize = false;
    update();
}

void ImageCanvas::zoomToRect(const QRect &rect)
{
    if (rect.isEmpty() || width() <= 0 || height() <= 0)
        return;
    constexpr double kMargin = 0.9; // the rectangle fills 90 % of the view
    const double fit = kMargin * std::min(double(width()) / rect.width(), double(height()) / rect.height());
    m_zoom = std::clamp(fit, kMinZoom, kMaxZoom);
    m_fitOnResize = false;
    centerOn(rect);
    Q_EMIT zoomChanged(m_zoom);
}

void ImageCanvas::zoomToRegion()
{
    zoomToRect(region());
}

int ImageCanvas::lastPaintedLevel() const
{
    return m_lastPaintedLevel;
}

QRectF ImageCanvas::lastPaintedSource() const
{
    return m_lastPaintedSource;
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

int ImageCanvas::indexOf(int id) const
{
    if (id == 0)
        return -1;
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions.at(i).id == id)
            return i;
    }
    return -1;
}

QRectF ImageCanvas::widgetRect(const QRect &imageRect) const
{
    return QRectF(imageToWidget(imageRect.topLeft()), QSizeF(imageRect.size()) * m_zoom);
}

int ImageCanvas::regionAt(const QPointF &widgetPoint) const
{
    // The current region first (it is drawn on top), then the others from the top down.
    const int current = indexOf(m_currentId);
    if (current >= 0 && widgetRect(m_regions.at(current).rect).contains(widgetPoint))
        return current;
    for (int i = m_regions.size() - 1; i >= 0; --i) {
        if (widgetRect(m_regions.at(i).rect).contains(widgetPoint))
            return i;
    }
    return -1;
}

int ImageCanvas::handleAt(const QPointF &widgetPoint, int *index) const
{
    // Only the selected regions have handles.
    for (int id : m_selected) {
        const int i = indexOf(id);
        if (i < 0)
            continue;
        const QRectF box = widgetRect(m_regions.at(i).rect);
        const double r = kHandleRadius; // strictly inside: a click just beside a region is not a grab
        int edges = 0;
        const bool withinY = widgetPoint.y() > box.top() - r && widgetPoint.y() < box.bottom() + r;
        const bool withinX = widgetPoint.x() > box.left() - r && widgetPoint.x() < box.right() + r;
        if (withinY && std::abs(widgetPoint.x() - box.left()) < r)
            edges |= Left;
        else if (withinY && std::abs(widgetPoint.x() - box.right()) < r)
            edges |= Right;
        if (withinX && std::abs(widgetPoint.y() - box.top()) < r)
            edges |= Top;
        else if (withinX && std::abs(widgetPoint.y() - box.bottom()) < r)
            edges |= Bottom;
        // Corners and edge midpoints are the handles; a small region makes every edge one.
        const bool corner = (edges & (Left | Right)) && (edges & (Top | Bottom));
        const bool midX = std::abs(widgetPoint.x() - box.center().x()) < r;
        const bool midY = std::abs(widgetPoint.y() - box.center().y()) < r;
        const bool small = box.width() < 6 * r || box.height() < 6 * r;
        if (edges && (corner || ((edges & (Left | Right)) && (midY || small)) || ((edges & (Top | Bottom)) && (midX || small)))) {
            *index = i;
            return edges;
        }
    }
    return 0;
}

QRect ImageCanvas::draggedRect() const
{
    if (m_dragIndex < 0)
        return QRect();
    const QPointF delta = (m_dragCurrent - m_dragStart) / m_zoom;
    const int dx = int(std::lround(delta.x()));
    const int dy = int(std::lround(delta.y()));
    QRect rect = m_rectAtDragStart;
    if (m_drag == Drag::Moving) {
        rect.translate(dx, dy);
        // Kept whole on the image: a move never changes the size.
        rect.moveLeft(std::clamp(rect.left(), 0, std::max(0, m_image.width() - rect.width())));
        rect.moveTop(std::clamp(rect.top(), 0, std::max(0, m_image.height() - rect.height())));
        return rect;
    }
    int left = rect.left(), top = rect.top(), right = rect.right() + 1, bottom = rect.bottom() + 1;
    if (m_dragEdges & Left)
        left += dx;
    if (m_dragEdges & Right)
        right += dx;
    if (m_dragEdges & Top)
        top += dy;
    if (m_dragEdges & Bottom)
        bottom += dy;
    QRect resized(QPoint(std::min(left, right), std::min(top, bottom)),
                  QPoint(std::max(left, right) - 1, std::max(top, bottom) - 1));
    resized = resized.intersected(m_image.rect());
    return resized.isEmpty() ? m_rectAtDragStart : resized;
}

const QImage &ImageCanvas::pyramidLevel(int level)
{
    if (level <= 0)
        return m_image;
    if (m_pyramid.isEmpty())
        m_pyramid.append(QImage()); // level 0 is m_image itself
    while (m_pyramid.size() <= level)
        m_pyramid.append(halve(m_pyramid.size() == 1 ? m_image : m_pyramid.last()));
    return m_pyramid.at(level);
}

void ImageCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Dark));
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Open a photo (File ▸ Open, or drop it here), then drag over the text "
                            "to mark a region."));
        return;
    }
    // Draw only the visible part of the image, from the smallest pyramid level that still
    // has at least one pixel per screen pixel: a 24 MP photo stays cheap to repaint.
    int level = 0;
    while (level < kMaxPyramidLevels && m_zoom * (1 << (level + 1)) <= 1.0
           && (m_image.width() >> (level + 1)) >= 16 && (m_image.height() >> (level + 1)) >= 16)
        ++level;
    const QImage &source = pyramidLevel(level);
    m_lastPaintedLevel = level;
    m_lastPaintedSource = QRectF();
    const double levelScale = double(source.width()) / m_image.width(); // ≈ 2^-level
    const QRectF visibleInImage = QRectF(widgetToImage(event->rect().topLeft()),
                                         widgetToImage(QPointF(event->rect().right() + 1, event->rect().bottom() + 1)))
                                      .intersected(QRectF(m_image.rect()));
    if (!visibleInImage.isEmpty()) {
        const QRectF inLevel(visibleInImage.topLeft() * levelScale, visibleInImage.size() * levelScale);
        const QRectF sourceRect(std::floor(inLevel.left()), std::floor(inLevel.top()),
                                std::ceil(inLevel.right()) - std::floor(inLevel.left()),
                                std::ceil(inLevel.bottom()) - std::floor(inLevel.top()));
        const QRectF target(imageToWidget(sourceRect.topLeft() / levelScale), sourceRect.size() / levelScale * m_zoom);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom / levelScale < 1.0);
        painter.drawImage(target, source, sourceRect);
        m_lastPaintedSource = sourceRect;
    }

    painter.setRenderHint(QPainter::Antialiasing, false);
    const QColor defaultColor(255, 200, 0);
    auto drawBox = [&](const QRect &rect, const QString &label, QColor color, bool selected, bool current) {
        const QRectF box = widgetRect(rect);
        if (!box.intersects(QRectF(event->rect()).adjusted(-40, -40, 40, 40)))
            return;
        if (!color.isValid())
            color = defaultColor;
        painter.setPen(QPen(QColor(0, 0, 0, 160), current ? 4 : 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        painter.setPen(QPen(color, current ? 2.0 : 1.5, selected ? Qt::SolidLine : Qt::DashLine));
        painter.drawRect(box);
        const QString text = label.isEmpty() ? tr("%1×%2 px").arg(rect.width()).arg(rect.height())
                                             : tr("%1 · %2×%3 px").arg(label).arg(rect.width()).arg(rect.height());
        const QRectF textBox(box.left(), box.bottom() + 2, std::max(120.0, box.width() + 80), 16);
        painter.setPen(QColor(0, 0, 0, 200));
        painter.drawText(textBox.translated(1, 1), Qt::AlignLeft | Qt::AlignTop, text);
        painter.setPen(Qt::white);
        painter.drawText(textBox, Qt::AlignLeft | Qt::AlignTop, text);
        if (selected) {
            painter.setPen(QPen(Qt::black, 1));
            painter.setBrush(color);
            const QPointF c = box.center();
            for (const QPointF &p : {box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight(),
                                     QPointF(c.x(), box.top()), QPointF(c.x(), box.bottom()),
                                     QPointF(box.left(), c.y()), QPointF(box.right(), c.y())})
                painter.drawRect(QRectF(p - QPointF(kHandleRadius - 1, kHandleRadius - 1),
                                        QSizeF(2 * kHandleRadius - 2, 2 * kHandleRadius - 2)));
        }
    };
    const QRect dragged = (m_drag == Drag::Moving || m_drag == Drag::Resizing) ? draggedRect() : QRect();
    for (int i = 0; i < m_regions.size(); ++i) {
        const Region &item = m_regions.at(i);
        if (item.id == m_currentId)
            continue; // on top, below
        const QRect rect = i == m_dragIndex && !dragged.isEmpty() ? dragged : item.rect;
        drawBox(rect, item.label, item.color, m_selected.contains(item.id), false);
    }
    const int current = indexOf(m_currentId);
    if (current >= 0) {
        const Region &item = m_regions.at(current);
        drawBox(current == m_dragIndex && !dragged.isEmpty() ? dragged : item.rect, item.label, item.color, true, true);
    }
    if (m_drag == Drag::Drawing) {
        const QRect drawn = rectFromDrag(m_dragStart, m_dragCurrent);
        if (!drawn.isEmpty())
            drawBox(drawn, QString(), QColor(), false, true);
    }
}

void ImageCanvas::emitSelection()
{
    Q_EMIT selectionChanged(m_selected);
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_image.isNull())
        return;
    const bool pan = event->button() == Qt::RightButton || event->button() == Qt::MiddleButton
                     || (event->button() == Qt::LeftButton && m_spaceHeld);
    m_dragStart = m_dragCurrent = event->position();
    m_dragIndex = -1;
    if (pan) {
        m_drag = Drag::Panning;
        m_offsetAtDragStart = m_offset;
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    event->accept();
    const bool forceDraw = event->modifiers() & Qt::ShiftModifier;
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    int index = -1;
    const int edges = forceDraw || toggle ? 0 : handleAt(event->position(), &index);
    if (edges) {
        m_drag = Drag::Resizing;
        m_dragEdges = edges;
        m_dragIndex = index;
        m_rectAtDragStart = m_regions.at(index).rect;
        return;
    }
    index = forceDraw ? -1 : regionAt(event->position());
    if (index < 0) {
        m_drag = Drag::Drawing;
        return;
    }
    const int id = m_regions.at(index).id;
    if (toggle) {
        if (m_selected.contains(id)) {
            m_selected.removeAll(id);
            if (m_currentId == id)
                m_currentId = m_selected.isEmpty() ? 0 : m_selected.last();
        } else {
            m_selected.append(id);
            m_currentId = id;
        }
        m_drag = Drag::None;
    } else {
        if (!m_selected.contains(id))
            m_selected = {id};
        m_currentId = id;
        m_drag = Drag::Moving;
        m_dragIndex = index;
        m_rectAtDragStart = m_regions.at(index).rect;
        setCursor(Qt::SizeAllCursor);
    }
    update();
    emitSelection();
    Q_EMIT regionChanged(region());
}

void ImageCanvas::updateHoverCursor(const QPointF &point)
{
    if (m_spaceHeld)
        return;
    int index = -1;
    const int edges = handleAt(point, &index);
    if ((edges == (Left | Top)) || (edges == (Right | Bottom)))
        setCursor(Qt::SizeFDiagCursor);
    else if ((edges == (Right | Top)) || (edges == (Left | Bottom)))
        setCursor(Qt::SizeBDiagCursor);
    else if (edges & (Left | Right))
        setCursor(Qt::SizeHorCursor);
    else if (edges & (Top | Bottom))
        setCursor(Qt::SizeVerCursor);
    else if (regionAt(point) >= 0)
        setCursor(Qt::SizeAllCursor);
    else
        setCursor(Qt::CrossCursor);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        updateHoverCursor(event->position());
        return;
    }
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
        // A click without a drag clears the selection instead of making a 1-pixel region.
        const bool click = (m_dragCurrent - m_dragStart).manhattanLength() < 3;
        const QRect drawn = click ? QRect() : rectFromDrag(m_dragStart, m_dragCurrent);
        if (drawn.isEmpty()) {
            const bool hadSelection = !m_selected.isEmpty() || m_currentId != 0;
            m_selected.clear();
            m_currentId = 0;
            if (hadSelection)
                emitSelection();
            Q_EMIT regionChanged(QRect());
        } else {
            Region added;
            added.id = m_nextId++;
            added.rect = drawn;
            m_regions.append(added);
            m_selected = {added.id};
            m_currentId = added.id;
            Q_EMIT regionAdded(added.id, drawn);
            emitSelection();
            Q_EMIT regionChanged(drawn);
        }
    } else if ((finished == Drag::Moving || finished == Drag::Resizing) && m_dragIndex >= 0
               && m_dragIndex < m_regions.size()) {
        m_drag = finished; // draggedRect() reads which kind of drag it was
        const QRect edited = draggedRect();
        m_drag = Drag::None;
        Region &item = m_regions[m_dragIndex];
        if (edited != item.rect && !edited.isEmpty()) {
            item.rect = edited;
            Q_EMIT regionEdited(item.id, edited);
            if (item.id == m_currentId)
                Q_EMIT regionChanged(edited);
        }
    }
    m_dragIndex = -1;
    update();
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = event->button() == Qt::LeftButton ? regionAt(event->position()) : -1;
    if (index >= 0)
        Q_EMIT regionDoubleClicked(m_regions.at(index).id);
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
    if (event->key() == Qt::Key_Escape && m_drag != Drag::None && m_drag != Drag::Panning) {
        m_drag = Drag::None; // abandon the edit in progress
        m_dragIndex = -1;
        update();
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_selected.isEmpty()) {
        m_selected.clear();
        m_currentId = 0;
        update();
        emitSelection();
        Q_EMIT regionChanged(QRect());
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
