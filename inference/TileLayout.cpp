#include "TileLayout.h"

#include <algorithm>
#include <stdexcept>

TileLayout::TileLayout(const QSize &region, int tileSize, int overlap, int alignment)
    : m_region(region)
    , m_tileSize(tileSize)
    , m_overlap(overlap)
    , m_alignment(alignment)
{
    auto invalid = [](const QString &message) { return std::invalid_argument(message.toStdString()); };
    if (region.isEmpty())
        throw invalid(tr("Cannot tile an empty region (%1×%2).").arg(region.width()).arg(region.height()));
    if (alignment < 1)
        throw invalid(tr("The tile alignment must be at least 1 (got %1).").arg(alignment));
    if (tileSize < 1 || tileSize % alignment != 0)
        throw invalid(tr("The tile size %1 must be a positive multiple of %2.").arg(tileSize).arg(alignment));
    if (region.width() % alignment != 0 || region.height() % alignment != 0)
        throw invalid(tr("The region %1×%2 must be a multiple of %3 pixels on each side.")
                          .arg(region.width()).arg(region.height()).arg(alignment));
    // The stride is rounded down to the alignment, so the real overlap may grow a little.
    m_stride = (tileSize - std::max(overlap, 0)) / alignment * alignment;
    if (overlap < 0 || m_stride < 1)
        throw invalid(tr("A tile overlap of %1 pixels does not fit tiles of %2 pixels.").arg(overlap).arg(tileSize));

    m_rowOrigins = origins(region.height(), tileSize, m_stride);
    m_columnOrigins = origins(region.width(), tileSize, m_stride);
    const QRect whole(QPoint(0, 0), region);
    for (int r = 0; r < m_rowOrigins.size(); ++r) {
        for (int c = 0; c < m_columnOrigins.size(); ++c) {
            Tile tile;
            tile.rect = QRect(m_columnOrigins[c], m_rowOrigins[r], tileSize, tileSize);
            tile.valid = tile.rect.intersected(whole);
            tile.row = r;
            tile.column = c;
            m_tiles.append(tile);
        }
    }
}

QList<int> TileLayout::origins(int length, int tileSize, int stride)
{
    if (length <= tileSize)
        return {0};
    QList<int> starts;
    for (int start = 0; start + tileSize < length; start += stride)
        starts.append(start);
    // The last tile ends exactly at the edge; it lies beyond the previous start because the
    // loop stopped while that tile still fell short of the edge.
    starts.append(length - tileSize);
    return starts;
}

QRect TileLayout::scaledDown(const QRect &rect, int factor)
{
    if (factor < 1)
        return rect;
    return QRect(rect.x() / factor, rect.y() / factor, rect.width() / factor, rect.height() / factor);
}

QImage TileLayout::crop(const QImage &source, const QRect &rect)
{
    if (source.isNull() || rect.isEmpty())
        return {};
    const QRect inside = rect.intersected(source.rect());
    if (inside == rect)
        return source.copy(rect);
    // Clamp to the edge, row by row, in a 32-bit format where a pixel is one QRgb.
    const QImage argb = source.convertToFormat(source.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QImage out(rect.size(), argb.format());
    if (out.isNull())
        return {};
    for (int y = 0; y < rect.height(); ++y) {
        const int sy = std::clamp(rect.y() + y, 0, argb.height() - 1);
        const auto *in = reinterpret_cast<const QRgb *>(argb.constScanLine(sy));
        auto *row = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < rect.width(); ++x)
            row[x] = in[std::clamp(rect.x() + x, 0, argb.width() - 1)];
    }
    return out.convertToFormat(source.format());
}
