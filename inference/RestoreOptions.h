#pragma once

#include "OcrTextBox.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

// What a caller may ask of any method; a method ignores what it has no use for
// (bicubic has no steps or seed).
struct RestoreOptions
{
    int scale = 2;
    int steps = 20;
    quint64 seed = 0;
    // "auto" (CUDA when LibTorch has it, else CPU), "cpu" or "cuda".
    QString device = QStringLiteral("auto");
    // Method-specific values, keyed by MethodParameter::key; missing keys take the default.
    QVariantMap parameters;
    // Per-step extras for a viewer (readings, masks) that cost time beyond the restoration;
    // the benchmark turns them off. The restored image is the same either way.
    bool stepDetails = true;
    // Words known to be in the crop, in the crop's pixels: the benchmark passes a generated
    // scene's true words, so that a method prompted by an OCR can be measured with a perfect one.
    QList<OcrTextBox> knownWords;
};

Q_DECLARE_METATYPE(RestoreOptions)
