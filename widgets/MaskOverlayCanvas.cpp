#include "MaskOverlayCanvas.h"

#include "ColorMaps.h"
#include "ZoomPanTransform.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

constexpr int kSwatch = 12;
constexpr int kLegendSpacing = 12;
constexpr int kHeatBarWidth = 60;

struct LegendItem
{
    QRect swatch;
    QRect text;
    QString label;
    int character = -1; // -1: the line-mask heat bar
};

// Blends `colour` with alpha `alpha` (0..1) over an opaque ARGB32 pixel.
inline QRgb blend(QRgb under, const QColor &colour, double alpha)
{
    const double keep = 1.0 - alpha;
    return qRgb(int(qRed(under) * keep + colour.red() * alpha + 0.5),
                int(qGreen(under) * keep + colour.green() * alpha + 0.5),
                int(qBlue(under) * keep + colour.blue() * alpha + 0.5));
}

QList<LegendItem> layoutLegend(const QFontMetrics &metrics, int width, const QStringList &labels,
                               bool heatBar, int *height)
{
    QList<LegendItem> items;
    const int line = std::max(metrics.height(), kSwatch) + 4;
    int x = 0;
    int y = 0;
    const auto place = [&](int swatchWidth, const QString &text, int character) {
        const int itemWidth = swatchWidth + 4 + metrics.horizontalAdvance(text);
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += line;
        }
        LegendItem item;
        item.swatch = QRect(x, y + (line - kSwatch) / 2, swatchWidth, kSwatch);
        item.text = QRect(x + swatchWidth + 4, y, itemWidth - swatchWidth - 4, line);
        item.label = text;
        item.character = character;
        items.append(item);
        x += itemWidth + kLegendSpacing;
    };
    if (heatBar)
        place(kHeatBarWidth, MaskOverlayCanvas::tr("line mask 0 → 1"), -1);
    for (int i = 0; i < labels.size(); ++i)
        place(kSwatch, labels.at(i), i);
    *height = items.isEmpty() ? 0 : y + line;
    return items;
}

} // namespace

MaskOverlayCanvas::MaskOverlayCanvas(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MaskOverlayCanvas::setImage(const QImage &image)
{
    m_image = image;
    rebuild();
}

void MaskOverlayCanvas::setLineMask(const QImage &mask)
{
    m_lineMaskInput = mask;
    rebuild();
}

void MaskOverlayCanvas::setCharacterMasks(const QList<CharacterMask> &masks)
{
    m_characterInput = masks;
    rebuild();
}

void MaskOverlayCanvas::setOpacity(double opacity)
{
    if (!std::isfinite(opacity))
        return;
    m_opacity = std::clamp(opacity, 0.0, 1.0);
    rebuild();
}

void MaskOverlayCanvas::setLineLayerVisible(bool visible)
{
    m_lineVisible = visible;
    rebuild();
}

void MaskOverlayCanvas::setCharacterLayerVisible(bool visible)
{
    m_charactersVisible = visible;
    rebuild();
}

void MaskOverlayCanvas::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

QString MaskOverlayCanvas::placeholderText() const
{
    return m_placeholder.isEmpty() ? tr("No run yet") : m_placeholder;
}

QImage MaskOverlayCanvas::composite() const
{
    return m_composite;
}

QPointF MaskOverlayCanvas::characterCentroid(int index) const
{
    return index >= 0 && index < m_centroids.size() ? m_centroids.at(index) : QPointF();
}

QString MaskOverlayCanvas::message() const
{
    return m_message;
}

QSize MaskOverlayCanvas::sizeHint() const
{
    return {480, 220};
}

QSize MaskOverlayCanvas::minimumSizeHint() const
{
    return {160, 80};
}

QImage MaskOverlayCanvas::fittedMask(const QImage &mask, QString *problem) const
{
    if (mask.isNull() || m_image.isNull())
        return {};
    QImage gray = mask.format() == QImage::Format_Grayscale8 ? mask : mask.convertToFormat(QImage::Format_Grayscale8);
    if (gray.size() == m_image.size())
        return gray;
    // Masks often come at the model's resolution; stretch them over the crop, and say so
    // when the shapes disagree (then the overlay may be misplaced).
    const double maskAspect = double(gray.width()) / gray.height();
    const double imageAspect = double(m_image.width()) / m_image.height();
    if (std::abs(maskAspect / imageAspect - 1.0) > 0.05 && problem->isEmpty())
        *problem = tr("A %1×%2 mask was stretched over the %3×%4 crop; its shape differs, so it may be misplaced.")
                       .arg(gray.width()).arg(gray.height()).arg(m_image.width()).arg(m_image.height());
    return gray.scaled(m_image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

void MaskOverlayCanvas::rebuild()
{
    m_message.clear();
    m_lineMask = fittedMask(m_lineMaskInput, &m_message);
    m_characterMasks.clear();
    m_centroids.clear();
    for (const CharacterMask &character : m_characterInput) {
        const QImage mask = fittedMask(character.mask, &m_message);
        m_characterMasks.append(mask);
        double sum = 0, sumX = 0, sumY = 0;
        for (int y = 0; y < mask.height(); ++y) {
            const uchar *row = mask.constScanLine(y);
            for (int x = 0; x < mask.width(); ++x) {
                sum += row[x];
                sumX += row[x] * (x + 0.5);
                sumY += row[x] * (y + 0.5);
            }
        }
        m_centroids.append(sum > 0 ? QPointF(sumX / sum, sumY / sum) : QPointF());
    }

    m_composite = QImage();
    if (!m_image.isNull()) {
        m_composite = m_image.convertToFormat(QImage::Format_RGB32);
        std::array<QColor, 256> heat;
        for (int v = 0; v < 256; ++v)
            heat[size_t(v)] = ColorMaps::heat(v / 255.0);
        const bool line = m_lineVisible && !m_lineMask.isNull();
        for (int y = 0; y < m_composite.height(); ++y) {
            auto *out = reinterpret_cast<QRgb *>(m_composite.scanLine(y));
            const uchar *lineRow = line ? m_lineMask.constScanLine(y) : nullptr;
            for (int x = 0; x < m_composite.width(); ++x) {
                // Opacity scales with the mask value: where the mask is 0 the crop is untouched.
                if (lineRow && lineRow[x])
                    out[x] = blend(out[x], heat[lineRow[x]], m_opacity * lineRow[x] / 255.0);
            }
        }
        if (m_charactersVisible) {
            for (int i = 0; i < m_characterMasks.size(); ++i) {
                const QImage &mask = m_characterMasks.at(i);
                if (mask.isNull())
                    continue;
                const QColor colour = ColorMaps::qualitative(i);
                for (int y = 0; y < m_composite.height(); ++y) {
                    auto *out = reinterpret_cast<QRgb *>(m_composite.scanLine(y));
                    const uchar *row = mask.constScanLine(y);
                    for (int x = 0; x < m_composite.width(); ++x)
                        if (row[x])
                            out[x] = blend(out[x], colour, m_opacity * row[x] / 255.0);
                }
            }
        }
    }
    updateGeometry();
    update();
}

void MaskOverlayCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_composite.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, placeholderText());
        return;
    }
    QStringList labels;
    for (int i = 0; i < m_characterInput.size(); ++i)
        labels << (m_characterInput.at(i).label.isEmpty() ? tr("character %1").arg(i + 1) : m_characterInput.at(i).label);
    int legendHeight = 0;
    const QList<LegendItem> legend = layoutLegend(fontMetrics(), width() - 8, labels, !m_lineMask.isNull(), &legendHeight);
    const int messageHeight = m_message.isEmpty() ? 0 : fontMetrics().height() * 2 + 4;
    const QRect imageArea = rect().adjusted(4, 4, -4, -(legendHeight + messageHeight + 8));

    ZoomPanTransform transform;
    transform.fit(m_composite.size(), imageArea);
    transform.drawImage(painter, m_composite, imageArea);

    if (m_charactersVisible) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        const QFontMetrics metrics = fontMetrics();
        for (int i = 0; i < m_characterInput.size(); ++i) {
            const QString &label = m_characterInput.at(i).label;
            if (label.isEmpty() || m_centroids.at(i).isNull())
                continue;
            const QPointF at = transform.imageToWidget(m_centroids.at(i));
            QRectF box(0, 0, metrics.horizontalAdvance(label) + 8, metrics.height() + 2);
            box.moveCenter(at);
            painter.setPen(Qt::NoPen);
            painter.setBrush(ColorMaps::qualitative(i).darker(140));
            painter.drawRoundedRect(box, 3, 3);
            painter.setPen(Qt::white);
            painter.drawText(box, Qt::AlignCenter, label);
        }
        painter.setRenderHint(QPainter::Antialiasing, false);
    }

    const QPoint legendOrigin(4, imageArea.bottom() + 6);
    for (const LegendItem &item : legend) {
        const QRect swatch = item.swatch.translated(legendOrigin);
        const bool shown = item.character < 0 ? m_lineVisible : m_charactersVisible;
        if (item.character < 0) {
            QLinearGradient gradient(swatch.topLeft(), swatch.topRight());
            for (int s = 0; s <= 8; ++s)
                gradient.setColorAt(s / 8.0, ColorMaps::heat(s / 8.0));
            painter.fillRect(swatch, gradient);
        } else {
            painter.fillRect(swatch, ColorMaps::qualitative(item.character));
        }
        painter.setPen(palette().color(shown ? QPalette::BrightText : QPalette::Mid));
        painter.drawText(item.text.translated(legendOrigin), Qt::AlignLeft | Qt::AlignVCenter, item.label);
    }
    if (!m_message.isEmpty()) {
        painter.setPen(QColor(255, 200, 80));
        painter.drawText(QRect(4, height() - messageHeight - 2, width() - 8, messageHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_message);
    }
}
