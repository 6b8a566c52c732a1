#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QString>

class QRawFont;
class SeededRandom;

// The drawing steps that text lines (TextLineRenderer) and scene tiles (SceneSynthesizer) share:
// glyph outlines laid out along a baseline, a text colour that stands out from its background,
// the styled paint (shadow, outline, fill) and the exact coverage mask.
class GlyphPainter
{
    Q_DECLARE_TR_FUNCTIONS(GlyphPainter)

public:
    // One outline per non-space character of `text`, in font units at the font's pixel size,
    // with kerning and a random extra letter spacing. Throws std::runtime_error when the font
    // cannot draw the text or the text has no ink.
    static QList<QPainterPath> layout(const QString &text, const QRawFont &font, SeededRandom &random);
    // The same with a fixed extra letter spacing (pixels at the font's size; 0 = the font's own).
    static QList<QPainterPath> layout(const QString &text, const QRawFont &font, double letterSpacing);
    // The font file loaded at 64 px, cached per thread (QRawFont objects are not shared between
    // threads). Outlines are scaled from there, so one size per font is enough.
    static const QRawFont &cachedFont(const QString &file);
    // True if `font` has a glyph for every non-space character of `text`.
    static bool canRender(const QRawFont &font, const QString &text);
    static QRectF inkBounds(const QList<QPainterPath> &paths);

    // Legible but not always black-on-white: at least 85 levels of luminance apart.
    static QColor contrastingColor(double backgroundLuminance, SeededRandom &random);
    // Paints `glyphs` onto `canvas` with a random style (translucency, soft shadow, outline)
    // scaled to `textHeight` pixels; returns the fill colour.
    static QColor paintStyled(QImage &canvas, const QPainterPath &glyphs, double backgroundLuminance,
                              double textHeight, SeededRandom &random);
    // Grayscale8: anti-aliased coverage of `glyphs` (0..255).
    static QImage coverage(const QSize &size, const QPainterPath &glyphs);
    // Grayscale8 copy of the red channel of an RGB32 image.
    static QImage grayscaleFromRed(const QImage &rgb);
};
