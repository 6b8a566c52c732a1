#pragma once

#include "SceneSample.h"
#include "TextLineSample.h"

#include <QImage>
#include <QList>

// Pictures of generated samples for people: per sample a row of HR | LR (enlarged) | character
// masks in distinct colours | line mask. Used for data set previews and in reports.
class SamplePreview
{
public:
    static QImage row(const TextLineSample &sample);
    static QImage grid(const QList<TextLineSample> &samples);
    // Per scene a row of HR | LR (enlarged) | text mask with each word's box in its own colour
    // and the partition name (cc, cd, dc, dd) in the corner.
    static QImage sceneRow(const SceneSample &sample);
    static QImage sceneGrid(const QList<SceneSample> &samples);
    // A distinct colour for character slot k (0-based), from a fixed qualitative palette.
    static QColor slotColor(int slot);
    // Colours each character of a characterIndex map (Grayscale8) with its slot colour.
    static QImage colorizeCharacters(const QImage &characterIndex);
};
