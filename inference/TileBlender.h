#pragma once

#include "TileLayout.h"

#include <QCoreApplication>

#include <torch/types.h>

// Puts the processed tiles of a TileLayout back together (float tensors 1×C×h×w, any device,
// any value range). Each tile is weighted by a raised-cosine ramp, sin²(π/2 · (d + ½)/L) at
// distance d from a side that borders another tile, L = the layout's minimum overlap, and 1
// elsewhere (region edges get no ramp); the result divides by the summed weights, so the
// weights sum to one at every pixel: a constant comes back constant and seams fade over the
// overlap instead of showing as edges. Where two tiles overlap by exactly L the two ramps
// already sum to one (sin² + cos²); the division settles the rest (the shifted last tile,
// corners).
// Not for headers that moc reads (LibTorch's headers clash with Qt's keywords).
class TileBlender
{
    Q_DECLARE_TR_FUNCTIONS(TileBlender)

public:
    TileBlender(const TileLayout &layout, int channels, const torch::Device &device = torch::kCPU);

    // Adds tile `index` of the layout: `tile` is 1×C×T×T (T = the tile size, padding
    // included), processed at the output scale. Throws std::invalid_argument with a readable
    // message for a wrong index or shape, or a tile added twice.
    void add(int index, const torch::Tensor &tile);
    int tilesAdded() const { return m_added; }
    bool isComplete() const;

    // The blended region, 1×C×H×W on the blender's device. Throws std::logic_error if some
    // pixel has received no tile yet.
    torch::Tensor result() const;

    // The weight of `tile` over its full T×T extent (1×1×T×T, before normalisation).
    torch::Tensor weight(const TileLayout::Tile &tile) const;

private:
    // 1-D weights of length T: ramps on the sides that border a neighbour.
    torch::Tensor ramp(bool rampAtStart, bool rampAtEnd) const;

    TileLayout m_layout;
    int m_channels;
    torch::Device m_device;
    torch::Tensor m_sum;     // 1×C×H×W, weighted sum of tiles
    torch::Tensor m_weights; // 1×1×H×W, summed weights
    std::vector<bool> m_seen;
    int m_added = 0;
};
