#include "TextMetrics.h"

#include <QList>

#include <algorithm>
#include <limits>

namespace TextMetrics {

QString normalizeWord(const QString &word)
{
    QString normalized;
    normalized.reserve(word.size());
    for (const QChar character : word.toLower()) {
        const char16_t code = character.unicode();
        if ((code >= u'0' && code <= u'9') || (code >= u'a' && code <= u'z'))
            normalized.append(character);
    }
    return normalized;
}

bool isWordMatch(const QString &prediction, const QString &truth)
{
    return normalizeWord(prediction) == normalizeWord(truth);
}

int editDistance(const QString &a, const QString &b)
{
    // One row of the dynamic-programming table at a time.
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[b.size()];
}

double characterErrorRate(const QString &prediction, const QString &truth)
{
    const QString normalizedTruth = normalizeWord(truth);
    const QString normalizedPrediction = normalizeWord(prediction);
    if (normalizedTruth.isEmpty())
        return normalizedPrediction.isEmpty() ? 0.0 : 1.0;
    return double(editDistance(normalizedPrediction, normalizedTruth))
           / double(normalizedTruth.size());
}

double gapClosure(double accuracy, double bicubicAccuracy, double hrAccuracy)
{
    if (hrAccuracy == bicubicAccuracy)
        return std::numeric_limits<double>::quiet_NaN();
    return (accuracy - bicubicAccuracy) / (hrAccuracy - bicubicAccuracy);
}

} // namespace TextMetrics
