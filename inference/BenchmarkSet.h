#pragma once

#include <QImage>
#include <QString>

#include <vector>

// One test set of the benchmark: pairs of a low-resolution input and its high-resolution truth
// with the word written in it.
struct BenchmarkPair
{
    QImage lowResolution;
    QImage highResolution;
    QString text;
};

struct BenchmarkSet
{
    QString name;     // "synth-medium", "real-labelled-x2", ...
    QString origin;   // in words: how the set was made
    int scale = 2;
    std::vector<BenchmarkPair> pairs;
};
