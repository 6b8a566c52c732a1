#pragma once

#include "DegradationPreset.h"

#include <QSize>
#include <QtGlobal>

// What a generated data set is: shapes, degradation, seed. Fonts and words come separately.
struct SynthesisSettings
{
    QSize highResolution{128, 32}; // TextZoom HR
    int scale = 2;                 // LR = HR / scale (TextZoom: 64×16)
    DegradationPreset preset = DegradationPreset::Medium;
    quint64 seed = 1;
    int maxCharacters = 16;        // non-space characters per line (GlyphSR's character slots)

    QSize lowResolution() const { return highResolution / scale; }
};
