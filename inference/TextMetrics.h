#pragma once

#include <QString>

// Word-level and character-level scores of recognised text, following the TextZoom protocol:
// words are compared case-insensitively and only on their letters and digits.
namespace TextMetrics {

// Lower-cases and keeps only [0-9a-z] ("Don't!" → "dont").
QString normalizeWord(const QString &word);
// Equal after normalizeWord (two words that normalise to "" match).
bool isWordMatch(const QString &prediction, const QString &truth);
// Levenshtein distance (insertions, deletions, substitutions cost 1) on UTF-16 code units,
// without normalising.
int editDistance(const QString &a, const QString &b);
// editDistance / length of the truth, both normalised; can exceed 1 when the prediction has
// extra characters. For a truth that normalises to "": 0 when the prediction does too, else 1.
double characterErrorRate(const QString &prediction, const QString &truth);
// The share of the gap between bicubic and the HR images that a method closes:
// (accuracy − bicubic) / (HR − bicubic); NaN when HR and bicubic score the same.
double gapClosure(double accuracy, double bicubicAccuracy, double hrAccuracy);

} // namespace TextMetrics
