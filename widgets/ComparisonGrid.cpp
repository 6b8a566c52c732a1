#include "ComparisonGrid.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kZoomStep = 1.25;
constexpr double kMinRelativeZoom = 0.25;
constexpr double kMaxRelativeZoom = 64.0;
constexpr int kGap = 6;

} // namespace

ComparisonGrid::ComparisonGrid(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Comparison of methods"));
}

void ComparisonGrid::setEntries(const QList<ComparisonEntry> &entries)
{
    const QSizeF previous = frameSize();
    m_entries = entries.mid(0, kMaxEntries);
    m_dropped = int(entries.size()) - int(m_entries.size());
    if (m_dropped > 0)
        qWarning("ComparisonGrid: %d entries given, showing the first %d", int(entries.size()), kMaxEntries);
    // Same frame as before (e.g. another run on the same region): keep the user's view.
    if (frameSize() != previous)
        resetView();
    else
        update();
}

const QList<ComparisonEntry> &ComparisonGrid::entries() const
{
    return m_entries;
}

QSizeF ComparisonGrid::frameSize() const
{
    QSizeF frame;
    for (const ComparisonEntry &entry : m_entries)
        if (double(entry.image.width()) * entry.image.height() > frame.width() * frame.height())
            frame = entry.image.size();
    return frame;
}

int ComparisonGrid::headerHeight() const
{
    return 2 * fontMetrics().height() + 6;
}

QRect ComparisonGrid::gridArea() const
{
    QRect area = rect().adjusted(kGap, kGap, -kGap, -kGap);
    if (m_dropped > 0)
        area.setBottom(area.bottom() - fontMetrics().height() - 4);
    return area;
}

QSize ComparisonGrid::gridShape() const
{
    const int n = int(m_entries.size());
    if (n == 0)
        return {};
    const QSizeF frame = frameSize().isEmpty() ? QSizeF(4, 1) : frameSize();
    const QRect area = gridArea();
    // Try every column count; keep the one whose cells show the frame largest.
    int bestColumns = 1;
    double bestScale = -1;
    for (int columns = 1; columns <= n; ++columns) {
        const int rows = (n + columns - 1) / columns;
        const double cellWidth = (area.width() - (columns - 1) * kGap) / double(columns);
        const double cellHeight = (area.height() - (rows - 1) * kGap) / double(rows) - headerHeight();
        const double scale = std::min(cellWidth / frame.width(), cellHeight / frame.height());
        if (scale > bestScale + 1e-9) {
            bestScale = scale;
            bestColumns = columns;
        }
    }
    return {bestColumns, (n + bestColumns - 1) / bestColumns};
}

QRect ComparisonGrid::cellRect(int index) const
{
    if (index < 0 || index >= m_entries.size())
        return {};
    const QSize shape = gridShape();
    const QRect area = gridArea();
    const int column = index % shape.width();
    const int row = index / shape.width();
    const double cellWidth = (area.width() - (shape.width() - 1) * kGap) / double(shape.width());
    const double cellHeight = (area.height() - (shape.height() - 1) * kGap) / double(shape.height());
    const int left = area.left() + int(std::lround(column * (cellWidth + kGap)));
    const int top = area.top() + int(std::lround(row * (cellHeight + kGap)));
    return QRect(left, top, int(cellWidth), int(cellHeight));
}

QRect ComparisonGrid::imageArea(int index) const
{
    const QRect cell = cellRect(index);
    return cell.isNull() ? QRect() : cell.adjusted(0, headerHeight(), 0, 0);
}

int ComparisonGrid::cellAt(const QPoint &point) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (cellRect(i).contains(point))
            return i;
    return -1;
}

double ComparisonGrid::relativeZoom() const
{
    return m_zoom;
}

QPointF ComparisonGrid::viewCentre() const
{
    return m_centre;
}

void ComparisonGrid::setView(double relativeZoom, const QPointF &centre)
{
    if (!std::isfinite(relativeZoom) || !std::isfinite(centre.x()) || !std::isfinite(centre.y()))
        return;
    m_zoom = std::clamp(relativeZoom, kMinRelativeZoom, kMaxRelativeZoom);
    // Keep the centre on the frame, so the images cannot be panned out of sight.
    const QSizeF frame = frameSize();
    m_centre = QPointF(std::clamp(centre.x(), 0.0, frame.width()), std::clamp(centre.y(), 0.0, frame.height()));
    update();
    Q_EMIT viewChanged(m_zoom, m_centre);
}

double ComparisonGrid::fitZoom(int index) const
{
    const QSizeF frame = frameSize();
    const QRect area = imageArea(index);
    if (frame.isEmpty() || area.isEmpty())
        return 1.0;
    return std::min(area.width() / frame.width(), area.height() / frame.height());
}

ZoomPanTransform ComparisonGrid::cellTransform(int index) const
{
    ZoomPanTransform transform;
    const QRectF area = imageArea(index);
    const double zoom = fitZoom(index) * m_zoom;
    transform.setZoomAndOffset(zoom, area.center() - m_centre * zoom);
    return transform;
}

QSize ComparisonGrid::sizeHint() const
{
    return {640, 420};
}

QSize ComparisonGrid::minimumSizeHint() const
{
    return {200, 120};
}

void ComparisonGrid::clear()
{
    setEntries({});
}

void ComparisonGrid::zoomIn()
{
    setView(m_zoom * kZoomStep, m_centre);
}

void ComparisonGrid::zoomOut()
{
    setView(m_zoom / kZoomStep, m_centre);
}

void ComparisonGrid::resetView()
{
    const QSizeF frame = frameSize();
    setView(1.0, QPointF(frame.width() / 2.0, frame.height() / 2.0));
}

void ComparisonGrid::zoomAbout(double relativeZoom, int cell, const QPointF &widgetPoint)
{
    relativeZoom = std::clamp(relativeZoom, kMinRelativeZoom, kMaxRelativeZoom);
    const ZoomPanTransform before = cellTransform(cell);
    const QPointF anchor = before.widgetToImage(widgetPoint);
    // New centre so that `anchor` stays under the cursor in this cell (and so in every cell).
    const double zoom = fitZoom(cell) * relativeZoom;
    const QPointF centre = anchor - (widgetPoint - QRectF(imageArea(cell)).center()) / zoom;
    setView(relativeZoom, centre);
}

void ComparisonGrid::panBy(const QPointF &widgetDelta, int cell)
{
    const double zoom = fitZoom(std::max(cell, 0)) * m_zoom;
    setView(m_zoom, m_centre - widgetDelta / zoom);
}

void ComparisonGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    if (m_entries.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No run yet: results of several methods appear here side by side."));
        return;
    }
    const QSizeF frame = frameSize();
    const QFontMetrics metrics = fontMetrics();
    for (int i = 0; i < m_entries.size(); ++i) {
        const ComparisonEntry &entry = m_entries.at(i);
        const QRect cell = cellRect(i);
        const QRect area = imageArea(i);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect labelLine(cell.left() + 2, cell.top() + 1, cell.width() - 4, metrics.height() + 2);
        painter.drawText(labelLine, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(entry.label, Qt::ElideRight, labelLine.width()));
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const QRect subtitleLine = labelLine.translated(0, labelLine.height());
        painter.drawText(subtitleLine, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(entry.subtitle, Qt::ElideRight, subtitleLine.width()));
        painter.fillRect(area, palette().color(QPalette::Dark));
        if (entry.image.isNull()) {
            painter.setPen(palette().color(QPalette::BrightText));
            painter.drawText(area, Qt::AlignCenter, tr("No image"));
        } else {
            cellTransform(i).drawImage(painter, entry.image, area, frame);
        }
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
    if (m_dropped > 0) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(kGap, 0, -kGap, -2), Qt::AlignBottom | Qt::AlignLeft,
                         tr("Showing the first %1 of %2 images").arg(kMaxEntries).arg(m_entries.size() + m_dropped));
    }
}

void ComparisonGrid::mousePressEvent(QMouseEvent *event)
{
    const int cell = cellAt(event->position().toPoint());
    if (cell < 0 || event->button() == Qt::NoButton)
        return;
    m_panning = true;
    m_dragCell = cell;
    m_lastDragPoint = event->position();
    setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void ComparisonGrid::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_panning)
        return;
    panBy(event->position() - m_lastDragPoint, m_dragCell);
    m_lastDragPoint = event->position();
}

void ComparisonGrid::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_panning)
        return;
    mouseMoveEvent(event);
    m_panning = false;
    unsetCursor();
}

void ComparisonGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int cell = cellAt(event->position().toPoint());
    if (cell < 0)
        return;
    resetView();
    Q_EMIT cellActivated(cell);
}

void ComparisonGrid::wheelEvent(QWheelEvent *event)
{
    const int cell = cellAt(event->position().toPoint());
    if (cell < 0 || frameSize().isEmpty())
        return;
    zoomAbout(m_zoom * std::pow(kZoomStep, event->angleDelta().y() / 120.0), cell, event->position());
    event->accept();
}

void ComparisonGrid::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        resetView();
        return;
    case Qt::Key_Left:
        panBy(QPointF(32, 0), 0);
        return;
    case Qt::Key_Right:
        panBy(QPointF(-32, 0), 0);
        return;
    case Qt::Key_Up:
        panBy(QPointF(0, 32), 0);
        return;
    case Qt::Key_Down:
        panBy(QPointF(0, -32), 0);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool ComparisonGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int cell = cellAt(help->pos());
        if (cell < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const ComparisonEntry &entry = m_entries.at(cell);
        QString text = entry.label;
        if (!entry.subtitle.isEmpty())
            text += QLatin1Char('\n') + entry.subtitle;
        if (!entry.image.isNull())
            text += QLatin1Char('\n') + tr("%1×%2 px").arg(entry.image.width()).arg(entry.image.height());
        text += QLatin1Char('\n') + tr("Wheel: zoom all cells · drag: pan all cells · double-click: fit");
        QToolTip::showText(help->globalPos(), text, this, cellRect(cell));
        return true;
    }
    return QWidget::event(event);
}
