#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QStringList>

// The condition of GLYPH-SR's text branch for one tile, built by OcrPromptBuilder from what an
// OCR engine read on the low-resolution tile. Entry k of prompts, texts, boxes and
// characterClasses belongs to the same OCR box.
struct TextCondition
{
    // Grayscale8 at the high-resolution tile size: each recognised string drawn white on black
    // in a plain sans font, fitted into its box. All black when nothing was read.
    QImage glyphs;
    // Text–position prompts in the paper's words, e.g. "\"HSBC\" appears at the top left of the
    // image". English on purpose: they are model input, not user interface.
    QStringList prompts;
    QStringList texts;
    // Each box's axis-aligned bounds at the high resolution, clipped to the tile.
    QList<QRect> boxes;
    // CharacterSet classes (1..N) per box; spaces and characters outside the set are dropped.
    QList<QList<int>> characterClasses;
    // False when the OCR found no text on the tile (or none of it lies on the tile): the text
    // branch then gets this empty condition, as for classifier-free guidance's null input.
    bool textFound = false;
};
