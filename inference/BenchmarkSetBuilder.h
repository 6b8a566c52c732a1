#pragma once

#include "BenchmarkSet.h"

#include <QCoreApplication>
#include <QStringList>

// The benchmark's fixed test sets. Synthetic sets use the evaluation fonts (URW base-35,
// TeX Gyre) and held-out words, each with its own fixed seed, so no model saw their fonts or
// words in training. The real set is the labelled crops of ../shared/data, degraded ×2 by the
// medium preset with a fixed seed.
class BenchmarkSetBuilder
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkSetBuilder)

public:
    static QStringList syntheticNames(); // synth-easy, synth-medium, synth-hard, synth-x4
    // Throws std::runtime_error (unknown name, no fonts, no word list).
    static BenchmarkSet synthetic(const QString &name, int count);
    // Every labels.tsv (file<TAB>word) below `folder`; throws when none is found.
    static BenchmarkSet realCrops(const QString &folder, int scale);
    // "scene-x4": 256×256 tiles, all four partitions in turn, evaluation fonts and words.
    static BenchmarkSet scenes(int count, int scale);
};
