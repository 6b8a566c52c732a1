#pragma once

#include "TextLineSample.h"

#include <QCoreApplication>
#include <QSize>

class QRawFont;
class SeededRandom;

// Draws one text line onto a procedural background and records, for every character, its exact
// mask and box: the renderer's knowledge replaces GlyphSR's SAM-based glyph extraction for
// training. Style (colours, outline, shadow, spacing, rotation, perspective, curvature, the
// TextZoom-like aspect stretch) is drawn from `random`. Fills text, highResolution,
// characterIndex, lineMask and characterBoxes; lowResolution is left to the degradation.
class TextLineRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TextLineRenderer)

public:
    // Throws std::runtime_error if the font lacks a character of `text` or the text has no ink.
    static TextLineSample render(const QString &text, const QRawFont &font, const QSize &size,
                                 SeededRandom &random);
    // True if `font` has a glyph for every non-space character of `text`.
    static bool canRender(const QRawFont &font, const QString &text);
};
