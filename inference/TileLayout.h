#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRect>
#include <QSize>

// Splits a region of W×H pixels (at the output scale) into overlapping square tiles, so a
// method with a fixed working size (a diffusion UNet) can restore a region of any size; tiles
// are put back together by TileBlender.
//
// Along each axis the tiles start every `stride` = tile − overlap pixels (rounded down to the
// alignment), and the last one is shifted back to end exactly at the edge, so no tile reaches
// outside the region and the last pair overlaps by at least the requested amount.
// Where the region is smaller than a tile along an axis there is a single tile at 0 that
// reaches past the edge: its `rect` keeps the full tile size and `valid` is the part inside.
// Its input is padded by repeating the edge pixels (crop() does that), so the model sees no
// artificial border; TileBlender keeps only the valid part.
//
// `alignment` (the scale factor, for a method that crops its input at LR = HR / scale) keeps
// every tile's origin and size a multiple of it, so each tile maps to whole input pixels.
class TileLayout
{
    Q_DECLARE_TR_FUNCTIONS(TileLayout)

public:
    struct Tile
    {
        QRect rect;  // tile × tile, in region coordinates; may reach past the right/bottom edge
        QRect valid; // rect ∩ region
        int row = 0;
        int column = 0;
    };

    // Throws std::invalid_argument with a readable message when the region is empty, the tile
    // is smaller than 1, the overlap is negative or leaves no stride, or the sizes are not
    // multiples of the alignment.
    TileLayout(const QSize &region, int tileSize, int overlap, int alignment = 1);

    QSize region() const { return m_region; }
    int tileSize() const { return m_tileSize; }
    int overlap() const { return m_overlap; }    // as requested
    int stride() const { return m_stride; }      // distance between regular tile origins
    int alignment() const { return m_alignment; }
    // The overlap every pair of neighbours has at least (tile − stride); TileBlender's ramps
    // are this wide.
    int minimumOverlap() const { return m_tileSize - m_stride; }
    int rows() const { return int(m_rowOrigins.size()); }
    int columns() const { return int(m_columnOrigins.size()); }
    const QList<Tile> &tiles() const { return m_tiles; } // row by row, left to right

    // `rect` (e.g. a tile's rect divided by the scale) copied out of `source`, with the pixels
    // outside `source` taken from its nearest edge pixel. Returns a null image if `source` is
    // null or `rect` is empty.
    static QImage crop(const QImage &source, const QRect &rect);
    // A tile's rect at the input scale (rect / factor); the layout's alignment makes it exact.
    static QRect scaledDown(const QRect &rect, int factor);

private:
    static QList<int> origins(int length, int tileSize, int stride);

    QSize m_region;
    int m_tileSize;
    int m_overlap;
    int m_stride = 1;
    int m_alignment;
    QList<int> m_rowOrigins;
    QList<int> m_columnOrigins;
    QList<Tile> m_tiles;
};
