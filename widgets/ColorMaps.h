#pragma once

#include <QColor>

// The colours the inspection widgets agree on, so a confidence, a mask or a series looks the
// same wherever it appears.
class ColorMaps
{
public:
    // Red (unsure, <= 0.4) through amber to green (sure, >= 0.95); dark enough for text on a
    // light background and for outlines on a photo.
    static QColor confidence(double confidence);
    // Sequential dark-purple → red → yellow ramp for 0..1 heat maps (monotonic in lightness,
    // so it still reads in grey print).
    static QColor heat(double value);
    // Distinct colours for categories (characters, methods, series); wraps after count().
    static QColor qualitative(int index);
    static int qualitativeCount();
};
