#include "OcrBoxCanvas.h"

#include "ColorMaps.h"

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

} // namespace

OcrBoxCanvas::OcrBoxCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Text found by OCR"));
}

void OcrBoxCanvas::setImage(const QImage &image)
{
    m_image = image;
    zoomToFit();
}

const QImage &OcrBoxCanvas::image() const
{
    return m_image;
}

void OcrBoxCanvas::setBoxes(const QList<OcrTextBox> &boxes)
{
    m_boxes = boxes;
    m_selected = -1;
    update();
}

const QList<OcrTextBox> &OcrBoxCanvas::boxes() const
{
    return m_boxes;
}

int OcrBoxCanvas::selectedBox() const
{
    return m_selected;
}

void OcrBoxCanvas::setSelectedBox(int index)
{
    if (index < -1 || index >= m_boxes.size())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    update();
    Q_EMIT boxSelected(m_selected);
}

QPolygonF OcrBoxCanvas::boxPolygon(int index) const
{
    const OcrTextBox &box = m_boxes.at(index);
    if (box.quad.size() >= 3)
        return box.quad;
    return QPolygonF(box.bounds);
}

int OcrBoxCanvas::boxAt(const QPointF &widgetPoint) const
{
    const QPointF point = m_transform.widgetToImage(widgetPoint);
    int best = -1;
    double bestArea = 0;
    for (int i = 0; i < m_boxes.size(); ++i) {
        const QPolygonF polygon = boxPolygon(i);
        if (!polygon.containsPoint(point, Qt::OddEvenFill))
            continue;
        const QRectF bounds = polygon.boundingRect();
        const double area = bounds.width() * bounds.height();
        if (best < 0 || area < bestArea) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

double OcrBoxCanvas::zoom() const
{
    return m_transform.zoom();
}

QPointF OcrBoxCanvas::imageToWidget(const QPointF &point) const
{
    return m_transform.imageToWidget(point);
}

QSize OcrBoxCanvas::sizeHint() const
{
    return {560, 360};
}

QSize OcrBoxCanvas::minimumSizeHint() const
{
    return {160, 100};
}

void OcrBoxCanvas::zoomToFit()
{
    m_fitOnResize = true;
    m_transform.fit(m_image.size(), QRectF(rect()).adjusted(4, 4, -4, -4));
    update();
}

void OcrBoxCanvas::zoomAbout(double zoom, const QPointF &widgetPoint)
{
    if (m_image.isNull())
        return;
    m_transform.zoomAbout(zoom, widgetPoint);
    m_fitOnResize = false;
    update();
}

QString OcrBoxCanvas::boxLabel(int index) const
{
    const OcrTextBox &box = m_boxes.at(index);
    const QString confidence = QString::number(box.confidence, 'f', 2);
    return box.text.isEmpty() ? confidence : QString(box.text + QLatin1Char(' ') + confidence);
}

void OcrBoxCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No run yet"));
        return;
    }
    m_transform.drawImage(painter, m_image, rect());

    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetrics metrics = fontMetrics();
    // Outlines first, then labels: the selected box's label first so it always gets its
    // place, the others above or below their box where that does not cover a label already
    // placed (a crowded photo would otherwise be unreadable); a box without room keeps only
    // its coloured outline and tells its text in the tooltip.
    for (int i = 0; i < m_boxes.size(); ++i) {
        const QColor colour = ColorMaps::confidence(m_boxes.at(i).confidence);
        QPolygonF polygon;
        for (const QPointF &point : boxPolygon(i))
            polygon << m_transform.imageToWidget(point);
        const bool selected = i == m_selected;
        painter.setBrush(selected ? QColor(colour.red(), colour.green(), colour.blue(), 50) : QColor(Qt::transparent));
        painter.setPen(QPen(QColor(0, 0, 0, 150), selected ? 5 : 3.5));
        painter.drawPolygon(polygon);
        painter.setPen(QPen(colour, selected ? 3 : 1.5));
        painter.drawPolygon(polygon);
    }
    QList<int> order;
    if (m_selected >= 0)
        order.append(m_selected);
    for (int i = 0; i < m_boxes.size(); ++i)
        if (i != m_selected)
            order.append(i);
    QList<QRectF> placed;
    for (int i : order) {
        const QString label = boxLabel(i);
        const QRectF bounds = m_transform.imageToWidget(boxPolygon(i).boundingRect());
        const QSizeF size(metrics.horizontalAdvance(label) + 8, metrics.height() + 2);
        const QRectF above(bounds.topLeft() - QPointF(0, size.height() + 1), size);
        const QRectF below(bounds.bottomLeft() + QPointF(0, 1), size);
        const auto free = [&placed, this](const QRectF &tag) {
            if (tag.top() < 0 || tag.bottom() > height())
                return false;
            return std::none_of(placed.cbegin(), placed.cend(), [&tag](const QRectF &other) { return other.intersects(tag); });
        };
        QRectF tag;
        if (free(above))
            tag = above;
        else if (free(below))
            tag = below;
        else if (i == m_selected)
            tag = above.top() >= 0 ? above : below;
        else
            continue;
        placed.append(tag);
        const QColor colour = ColorMaps::confidence(m_boxes.at(i).confidence);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour.darker(i == m_selected ? 100 : 120));
        painter.drawRoundedRect(tag, 3, 3);
        painter.setPen(Qt::white);
        painter.drawText(tag, Qt::AlignCenter, label);
    }
    if (hasFocus()) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void OcrBoxCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_image.isNull())
        return;
    m_pressed = true;
    m_panned = false;
    m_pressPoint = m_lastDragPoint = event->position();
    event->accept();
}

void OcrBoxCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed) {
        setCursor(boxAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_panned && (event->position() - m_pressPoint).manhattanLength() < 3)
        return;
    m_panned = true;
    m_transform.panBy(event->position() - m_lastDragPoint);
    m_lastDragPoint = event->position();
    m_fitOnResize = false;
    setCursor(Qt::ClosedHandCursor);
    update();
}

void OcrBoxCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    m_pressed = false;
    if (m_panned) {
        setCursor(Qt::ArrowCursor);
        return;
    }
    // A click (not a drag) selects the box under it, or nothing.
    if (event->button() == Qt::LeftButton)
        setSelectedBox(boxAt(event->position()));
}

void OcrBoxCanvas::wheelEvent(QWheelEvent *event)
{
    if (m_image.isNull())
        return;
    zoomAbout(zoom() * std::pow(kZoomStep, event->angleDelta().y() / 120.0), event->position());
    event->accept();
}

void OcrBoxCanvas::selectRelative(int step)
{
    if (m_boxes.isEmpty())
        return;
    const int n = int(m_boxes.size());
    const int start = m_selected < 0 ? (step > 0 ? -1 : n) : m_selected;
    setSelectedBox(((start + step) % n + n) % n);
}

bool OcrBoxCanvas::focusNextPrevChild(bool next)
{
    // Tab walks the boxes while there are some; then focus moves on as usual.
    if (m_boxes.isEmpty() || (next && m_selected == m_boxes.size() - 1) || (!next && m_selected == 0))
        return QWidget::focusNextPrevChild(next);
    selectRelative(next ? 1 : -1);
    return true;
}

void OcrBoxCanvas::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_N:
        selectRelative(1);
        return;
    case Qt::Key_P:
        selectRelative(-1);
        return;
    case Qt::Key_Escape:
        setSelectedBox(-1);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAbout(zoom() * kZoomStep, centre);
        return;
    case Qt::Key_Minus:
        zoomAbout(zoom() / kZoomStep, centre);
        return;
    case Qt::Key_0:
        zoomToFit();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void OcrBoxCanvas::resizeEvent(QResizeEvent *)
{
    if (m_fitOnResize)
        zoomToFit();
}

bool OcrBoxCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = boxAt(help->pos());
        if (index < 0) {
            QToolTip::showText(help->globalPos(),
                               tr("Click a box to select it (Tab, N/P); wheel zooms, drag pans, 0 fits"), this);
        } else {
            const OcrTextBox &box = m_boxes.at(index);
            QToolTip::showText(help->globalPos(),
                               tr("“%1”\nconfidence %2")
                                   .arg(box.text.isEmpty() ? tr("(detected, not read)") : box.text)
                                   .arg(box.confidence, 0, 'f', 3),
                               this);
        }
        return true;
    }
    return QWidget::event(event);
}
