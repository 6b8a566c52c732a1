#include "TileBlender.h"

#include <torch/torch.h>

#include <QtMath>

#include <stdexcept>

TileBlender::TileBlender(const TileLayout &layout, int channels, const torch::Device &device)
    : m_layout(layout)
    , m_channels(channels)
    , m_device(device)
{
    if (channels < 1)
        throw std::invalid_argument(tr("A blended image needs at least one channel (got %1).").arg(channels).toStdString());
    const auto options = torch::TensorOptions().dtype(torch::kFloat32).device(device);
    const QSize size = layout.region();
    m_sum = torch::zeros({1, channels, size.height(), size.width()}, options);
    m_weights = torch::zeros({1, 1, size.height(), size.width()}, options);
    m_seen.assign(size_t(layout.tiles().size()), false);
}

torch::Tensor TileBlender::ramp(bool rampAtStart, bool rampAtEnd) const
{
    const int length = m_layout.tileSize();
    const int width = std::min(m_layout.minimumOverlap(), length);
    std::vector<float> values(size_t(length), 1.0f);
    for (int d = 0; d < width; ++d) {
        // Strictly positive even at the very edge, so every covered pixel has weight.
        const double s = std::sin(M_PI_2 * (d + 0.5) / width);
        const float w = float(s * s);
        if (rampAtStart)
            values[size_t(d)] = std::min(values[size_t(d)], w);
        if (rampAtEnd)
            values[size_t(length - 1 - d)] = std::min(values[size_t(length - 1 - d)], w);
    }
    return torch::tensor(values, torch::kFloat32);
}

torch::Tensor TileBlender::weight(const TileLayout::Tile &tile) const
{
    const QSize region = m_layout.region();
    // A side borders another tile exactly when it lies inside the region.
    const torch::Tensor horizontal = ramp(tile.rect.left() > 0, tile.rect.right() < region.width() - 1);
    const torch::Tensor vertical = ramp(tile.rect.top() > 0, tile.rect.bottom() < region.height() - 1);
    return torch::outer(vertical, horizontal).view({1, 1, m_layout.tileSize(), m_layout.tileSize()}).to(m_device);
}

void TileBlender::add(int index, const torch::Tensor &tile)
{
    if (index < 0 || index >= m_layout.tiles().size())
        throw std::invalid_argument(tr("There is no tile %1 (the layout has %2).").arg(index).arg(m_layout.tiles().size()).toStdString());
    const int t = m_layout.tileSize();
    if (tile.dim() != 4 || tile.size(0) != 1 || tile.size(1) != m_channels || tile.size(2) != t || tile.size(3) != t)
        throw std::invalid_argument(tr("Tile %1 should be 1×%2×%3×%3; it is %4.")
                                        .arg(index).arg(m_channels).arg(t)
                                        .arg(QString::fromStdString(c10::str(tile.sizes())))
                                        .toStdString());
    if (m_seen[size_t(index)])
        throw std::invalid_argument(tr("Tile %1 was already blended.").arg(index).toStdString());
    const TileLayout::Tile &geometry = m_layout.tiles().at(index);
    const QRect &valid = geometry.valid;
    using torch::indexing::Slice;
    // The part of the tile inside the region (padding dropped), and where it goes.
    const auto inTileY = Slice(valid.top() - geometry.rect.top(), valid.bottom() + 1 - geometry.rect.top());
    const auto inTileX = Slice(valid.left() - geometry.rect.left(), valid.right() + 1 - geometry.rect.left());
    const auto inRegionY = Slice(valid.top(), valid.bottom() + 1);
    const auto inRegionX = Slice(valid.left(), valid.right() + 1);
    const torch::Tensor w = weight(geometry).index({Slice(), Slice(), inTileY, inTileX});
    const torch::Tensor values = tile.detach().to(m_device, torch::kFloat32).index({Slice(), Slice(), inTileY, inTileX});
    m_sum.index({Slice(), Slice(), inRegionY, inRegionX}).add_(values * w);
    m_weights.index({Slice(), Slice(), inRegionY, inRegionX}).add_(w);
    m_seen[size_t(index)] = true;
    ++m_added;
}

bool TileBlender::isComplete() const
{
    return m_added == m_layout.tiles().size();
}

torch::Tensor TileBlender::result() const
{
    if (m_weights.le(0).any().item<bool>())
        throw std::logic_error(tr("Only %1 of %2 tiles were blended; part of the region has no result.")
                                   .arg(m_added).arg(m_layout.tiles().size()).toStdString());
    return m_sum / m_weights;
}
