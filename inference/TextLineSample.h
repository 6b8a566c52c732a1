#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

// One generated training/test pair with everything the renderer knows about it.
struct TextLineSample
{
    QString text;           // as written, spaces included
    QImage highResolution;  // RGB888, e.g. 128×32
    QImage lowResolution;   // RGB888, degraded, e.g. 64×16
    // Grayscale8 at the high resolution: 0 = no glyph, k = the k-th non-space character (1-based).
    QImage characterIndex;
    // Grayscale8 at the high resolution: anti-aliased coverage of all glyphs (the line mask).
    QImage lineMask;
    QList<QRectF> characterBoxes; // one per non-space character, high-resolution pixels
    QString fontFile;
};
