#include "ComparisonView.h"

#include <QPainter>

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ComparisonView::setInput(const QImage &input)
{
    m_input = input;
    m_result = QImage();
    m_resultCaption.clear();
    update();
}

void ComparisonView::setResult(const QImage &result, const QString &caption)
{
    m_result = result;
    m_resultCaption = caption;
    update();
}

void ComparisonView::clearResult()
{
    setResult(QImage(), QString());
}

const QImage &ComparisonView::input() const
{
    return m_input;
}

const QImage &ComparisonView::result() const
{
    return m_result;
}

QSize ComparisonView::sizeHint() const
{
    return {420, 360};
}

QSize ComparisonView::minimumSizeHint() const
{
    return {200, 160};
}

void ComparisonView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    // Side by side when the widget is wide, one above the other when it is tall.
    const bool wide = width() >= height();
    QRect first = rect().adjusted(4, 4, -4, -4);
    QRect second = first;
    if (wide) {
        first.setWidth(first.width() / 2 - 2);
        second.setLeft(first.right() + 5);
    } else {
        first.setHeight(first.height() / 2 - 2);
        second.setTop(first.bottom() + 5);
    }
    drawPanel(painter, first, m_input,
              m_input.isNull() ? tr("Input") : tr("Input %1×%2").arg(m_input.width()).arg(m_input.height()),
              tr("Draw a region on the photo"));
    const QString resultTitle = m_result.isNull()
        ? tr("Result")
        : tr("Result %1×%2").arg(m_result.width()).arg(m_result.height())
              + (m_resultCaption.isEmpty() ? QString() : QStringLiteral(" · ") + m_resultCaption);
    drawPanel(painter, second, m_result, resultTitle, tr("Run a method to see the result"));
}

void ComparisonView::drawPanel(QPainter &painter, const QRect &area, const QImage &image,
                               const QString &title, const QString &placeholder) const
{
    const int titleHeight = fontMetrics().height() + 4;
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(area.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, title);
    const QRect frame = area.adjusted(0, titleHeight, 0, 0);
    painter.fillRect(frame, palette().color(QPalette::AlternateBase));
    if (image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(frame, Qt::AlignCenter | Qt::TextWordWrap, placeholder);
        return;
    }
    // Both panels share the input's aspect, scaled to fit: equal on-screen size.
    const QSize aspect = m_input.isNull() ? image.size() : m_input.size();
    const QSize shown = aspect.scaled(frame.size(), Qt::KeepAspectRatio);
    const QRect target(frame.center() - QPoint(shown.width() / 2, shown.height() / 2), shown);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, image);
}
