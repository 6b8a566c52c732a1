#pragma once

#include <QImage>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

// One step of a restoration, as a value: safe to queue from the inference thread to the GUI.
struct StepRecord
{
    int index = 0;      // 0-based
    int count = 1;      // total steps of this run
    QImage image;       // the current estimate (x̂0 for diffusion methods, the result otherwise)
    QString caption;    // what happened in this step, in words
    double seconds = 0; // time spent in this step
    // Per-step quantities a view or plot may show (noise level, λ_t, text belief, ...).
    QVariantMap values;
};

Q_DECLARE_METATYPE(StepRecord)
