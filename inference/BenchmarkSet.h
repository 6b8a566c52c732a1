#pragma once

#include "OcrTextBox.h"

#include <QImage>
#include <QList>
#include <QString>

#include <vector>

// One test set of the benchmark: pairs of a low-resolution input and its high-resolution truth
// with the word written in it.
struct BenchmarkPair
{
    QImage lowResolution;
    QImage highResolution;
    QString text;
    QList<OcrTextBox> words; // scene-level sets: every word with its box (HR pixels)
};

struct BenchmarkSet
{
    QString name;     // "synth-medium", "real-labelled-x2", ...
    QString origin;   // in words: how the set was made
    int scale = 2;
    // Scene-level sets are measured by end-to-end OCR F1 (detection + recognition) on the tile.
    bool sceneLevel = false;
    std::vector<BenchmarkPair> pairs;
};
