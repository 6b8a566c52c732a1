#include "SplitComparisonView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kZoomStep = 1.25;
constexpr int kSplitGrab = 8; // pixels either side of the line that grab it

} // namespace

SplitComparisonView::SplitComparisonView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(tr("Input left of the line, result right of it. Drag the line (or Left/Right) to move it; "
                  "drag elsewhere to pan; wheel or +/- to zoom; 0 or double-click to fit."));
    setAccessibleName(tr("Input and result comparison"));
}

void SplitComparisonView::setImages(const QImage &before, const QImage &after)
{
    const QSizeF previous = contentSize();
    m_before = before;
    m_after = after;
    if (m_fitOnResize || contentSize() != previous)
        zoomToFit();
    else
        update();
}

const QImage &SplitComparisonView::before() const
{
    return m_before;
}

const QImage &SplitComparisonView::after() const
{
    return m_after;
}

double SplitComparisonView::splitPosition() const
{
    return m_split;
}

void SplitComparisonView::setSplitPosition(double fraction)
{
    if (!std::isfinite(fraction))
        return;
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (qFuzzyCompare(fraction + 1.0, m_split + 1.0))
        return;
    m_split = fraction;
    update();
    Q_EMIT splitPositionChanged(m_split);
}

int SplitComparisonView::splitX() const
{
    return int(std::lround(m_split * width()));
}

double SplitComparisonView::zoom() const
{
    return m_transform.zoom();
}

QPointF SplitComparisonView::imageToWidget(const QPointF &point) const
{
    return m_transform.imageToWidget(point);
}

QPointF SplitComparisonView::widgetToImage(const QPointF &point) const
{
    return m_transform.widgetToImage(point);
}

QSize SplitComparisonView::sizeHint() const
{
    return {520, 240};
}

QSize SplitComparisonView::minimumSizeHint() const
{
    return {160, 80};
}

void SplitComparisonView::clear()
{
    setImages(QImage(), QImage());
}

void SplitComparisonView::zoomIn()
{
    zoomAbout(zoom() * kZoomStep, QPointF(width() / 2.0, height() / 2.0));
}

void SplitComparisonView::zoomOut()
{
    zoomAbout(zoom() / kZoomStep, QPointF(width() / 2.0, height() / 2.0));
}

void SplitComparisonView::zoomToFit()
{
    m_fitOnResize = true;
    m_transform.fit(contentSize(), QRectF(rect()).adjusted(4, 4, -4, -4));
    update();
    Q_EMIT zoomChanged(zoom());
}

void SplitComparisonView::zoomToActualSize()
{
    zoomAbout(1.0, QPointF(width() / 2.0, height() / 2.0));
}

QSizeF SplitComparisonView::contentSize() const
{
    // The result's pixel grid is the common frame; the input is stretched over it.
    if (!m_after.isNull())
        return m_after.size();
    return m_before.size();
}

bool SplitComparisonView::nearSplit(const QPointF &point) const
{
    return std::abs(point.x() - splitX()) <= kSplitGrab;
}

void SplitComparisonView::zoomAbout(double zoom, const QPointF &widgetPoint)
{
    if (contentSize().isEmpty())
        return;
    m_transform.zoomAbout(zoom, widgetPoint);
    m_fitOnResize = false;
    update();
    Q_EMIT zoomChanged(this->zoom());
}

void SplitComparisonView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_before.isNull() && m_after.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No run yet"));
        return;
    }
    const QSizeF content = contentSize();
    const int x = splitX();
    const QRect left(0, 0, x, height());
    const QRect right(x, 0, width() - x, height());
    m_transform.drawImage(painter, m_before, left, content);
    if (!m_after.isNull()) {
        m_transform.drawImage(painter, m_after, right, content);
    } else {
        // No result yet: the input stays visible, dimmed, so the frame does not jump.
        m_transform.drawImage(painter, m_before, right, content);
        painter.fillRect(right, QColor(0, 0, 0, 150));
        painter.setPen(Qt::white);
        painter.drawText(right, Qt::AlignCenter | Qt::TextWordWrap, tr("No result yet"));
    }

    // The line, with a grip in the middle.
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0, 0, 0, 160), 3));
    painter.drawLine(QPointF(x, 0), QPointF(x, height()));
    painter.setPen(QPen(Qt::white, 1));
    painter.drawLine(QPointF(x, 0), QPointF(x, height()));
    const QPointF grip(x, height() / 2.0);
    painter.setBrush(hasFocus() ? palette().color(QPalette::Highlight) : QColor(255, 255, 255));
    painter.setPen(QPen(QColor(0, 0, 0, 180), 1));
    painter.drawEllipse(grip, 9, 9);
    QPainterPath arrows;
    arrows.addPolygon(QPolygonF({grip + QPointF(-2, -4), grip + QPointF(-6, 0), grip + QPointF(-2, 4)}));
    arrows.closeSubpath();
    arrows.addPolygon(QPolygonF({grip + QPointF(2, -4), grip + QPointF(6, 0), grip + QPointF(2, 4)}));
    arrows.closeSubpath();
    painter.fillPath(arrows, hasFocus() ? Qt::white : Qt::black);
    painter.setRenderHint(QPainter::Antialiasing, false);

    drawLabel(painter, m_before.isNull() ? tr("Input") : tr("Input %1×%2").arg(m_before.width()).arg(m_before.height()),
              false);
    drawLabel(painter, m_after.isNull() ? tr("Result") : tr("Result %1×%2").arg(m_after.width()).arg(m_after.height()),
              true);
}

void SplitComparisonView::drawLabel(QPainter &painter, const QString &text, bool alignRight) const
{
    const QFontMetrics metrics = fontMetrics();
    const QRect box(0, 0, metrics.horizontalAdvance(text) + 12, metrics.height() + 6);
    const QRect placed = box.translated(alignRight ? width() - box.width() - 6 : 6, 6);
    painter.fillRect(placed, QColor(0, 0, 0, 170));
    painter.setPen(Qt::white);
    painter.drawText(placed, Qt::AlignCenter, text);
}

void SplitComparisonView::mousePressEvent(QMouseEvent *event)
{
    if (contentSize().isEmpty())
        return;
    if (event->button() == Qt::LeftButton && nearSplit(event->position()))
        m_drag = Drag::Split;
    else if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton
             || event->button() == Qt::RightButton)
        m_drag = Drag::Pan;
    else
        return;
    m_lastDragPoint = event->position();
    setCursor(m_drag == Drag::Split ? Qt::SplitHCursor : Qt::ClosedHandCursor);
    event->accept();
}

void SplitComparisonView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF point = event->position();
    switch (m_drag) {
    case Drag::None:
        setCursor(contentSize().isEmpty() ? Qt::ArrowCursor
                  : nearSplit(point)      ? Qt::SplitHCursor
                                          : Qt::OpenHandCursor);
        return;
    case Drag::Split:
        if (width() > 0)
            setSplitPosition(point.x() / width());
        break;
    case Drag::Pan:
        m_transform.panBy(point - m_lastDragPoint);
        m_fitOnResize = false;
        update();
        break;
    }
    m_lastDragPoint = point;
}

void SplitComparisonView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return;
    mouseMoveEvent(event);
    m_drag = Drag::None;
    setCursor(nearSplit(event->position()) ? Qt::SplitHCursor : Qt::OpenHandCursor);
}

void SplitComparisonView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        zoomToFit();
}

void SplitComparisonView::wheelEvent(QWheelEvent *event)
{
    if (contentSize().isEmpty())
        return;
    zoomAbout(zoom() * std::pow(kZoomStep, event->angleDelta().y() / 120.0), event->position());
    event->accept();
}

void SplitComparisonView::keyPressEvent(QKeyEvent *event)
{
    const bool fine = event->modifiers() & Qt::ShiftModifier;
    const bool pan = event->modifiers() & Qt::ControlModifier;
    const double step = fine ? 0.01 : 0.05;
    switch (event->key()) {
    case Qt::Key_Left:
        if (pan)
            m_transform.panBy(QPointF(32, 0));
        else
            setSplitPosition(m_split - step);
        break;
    case Qt::Key_Right:
        if (pan)
            m_transform.panBy(QPointF(-32, 0));
        else
            setSplitPosition(m_split + step);
        break;
    case Qt::Key_Up:
        m_transform.panBy(QPointF(0, 32));
        break;
    case Qt::Key_Down:
        m_transform.panBy(QPointF(0, -32));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        zoomToFit();
        break;
    case Qt::Key_1:
        zoomToActualSize();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (pan || event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)
        m_fitOnResize = false;
    update();
}

void SplitComparisonView::resizeEvent(QResizeEvent *)
{
    if (m_fitOnResize)
        zoomToFit();
}
