#pragma once

#include "ScenePartition.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

// One word of a scene tile: its text and the axis-aligned box (high-resolution pixels) that
// holds all of its ink, outline included.
struct SceneWord
{
    QString text;
    QRect box;
    int line = 0;     // which text line of the tile (0-based)
    QString fontFile;
};

// One generated scene tile (GLYPH-SR scene-level data) with everything the generator knows.
struct SceneSample
{
    ScenePartition partition = ScenePartition::CleanGlyphsCleanImage;
    QImage highResolution; // RGB888, square tile (e.g. 256×256)
    QImage lowResolution;  // RGB888, HR / scale, degraded
    // Grayscale8 at the high resolution: anti-aliased coverage of the clean glyph shapes of all
    // words (the same label in every partition).
    QImage textMask;
    QList<SceneWord> words;
};
