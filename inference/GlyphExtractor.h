#pragma once

#include <QImage>
#include <QList>
#include <QRect>

// What GlyphExtractor found in a crop. Empty (no line mask, no characters) when the crop has no
// two colours to tell apart: null, tiny or uniform images.
struct GlyphExtraction
{
    // Grayscale8, the crop's size: the estimated ink coverage of every pixel (0 = background,
    // 255 = ink), i.e. the probability that the pixel belongs to the text.
    QImage lineMask;
    // One Grayscale8 mask per character, the crop's size, left to right (at most kMaxCharacters).
    QList<QImage> characterMasks;
    QList<QRect> characterBoxes; // one per mask, crop pixels
    bool lightText = false;      // true when the text is lighter than its background

    bool isEmpty() const { return lineMask.isNull(); }
};

// A training-free glyph extractor for any text crop, in the spirit of GlyphSR's glyph
// extraction module (which is training-free too): the crop's colours are split into two
// clusters (2-means in RGB, started from Otsu's threshold on luminance); the cluster that
// dominates the crop's border is the background. When a third colour of its own is present
// (a sign's frame around its panel), the ink is the cluster that touches the border least and
// its background the colour it borders most. Each pixel's position between background and ink
// colour is its ink coverage, which is exact for anti-aliased two-colour text. Characters are
// the connected components of the ink, with components that overlap in x merged (the dot of
// an i, accents), tiny specks, bars and frames dropped, sorted left to right. When the chosen
// ink yields at most one letter and the other way round yields more, the polarity is swapped.
// Limits: letters that touch (blur, tight kerning) make one character; text in a colour
// close to its background's is not found.
class GlyphExtractor
{
public:
    static constexpr int kMaxCharacters = 16; // GlyphSR's character slots

    static GlyphExtraction extract(const QImage &crop);
};
