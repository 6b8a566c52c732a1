#include "CtcAlignment.h"

#include <limits>

std::vector<int> CtcAlignment::bestPath(const float *logProbabilities, int steps, int classes, const QList<int> &labels)
{
    // The extended label sequence: blank, l1, blank, l2, …, blank.
    const int states = int(labels.size()) * 2 + 1;
    const auto label = [&](int s) { return s % 2 == 0 ? 0 : labels.at(s / 2); };
    int required = int(labels.size());
    for (qsizetype i = 1; i < labels.size(); ++i)
        required += labels.at(i) == labels.at(i - 1) ? 1 : 0;
    if (!logProbabilities || steps <= 0 || required > steps)
        return {};
    for (const int l : labels) {
        if (l < 1 || l >= classes)
            return {};
    }

    constexpr float impossible = -std::numeric_limits<float>::infinity();
    std::vector<float> score(static_cast<size_t>(states), impossible), next(static_cast<size_t>(states));
    std::vector<signed char> from(size_t(steps) * size_t(states), 0); // how far back each state came from
    score[0] = logProbabilities[0];
    if (states > 1)
        score[1] = logProbabilities[label(1)];
    for (int t = 1; t < steps; ++t) {
        const float *row = logProbabilities + size_t(t) * size_t(classes);
        for (int s = 0; s < states; ++s) {
            float best = score[size_t(s)];
            signed char back = 0;
            if (s >= 1 && score[size_t(s - 1)] > best) {
                best = score[size_t(s - 1)];
                back = 1;
            }
            // Skipping the blank between two characters, unless they are the same character.
            if (s >= 2 && label(s) != 0 && label(s) != label(s - 2) && score[size_t(s - 2)] > best) {
                best = score[size_t(s - 2)];
                back = 2;
            }
            next[size_t(s)] = best == impossible ? impossible : best + row[label(s)];
            from[size_t(t) * size_t(states) + size_t(s)] = back;
        }
        score.swap(next);
    }
    int s = states - 1;
    if (states > 1 && score[size_t(states - 2)] > score[size_t(s)])
        s = states - 2;
    if (score[size_t(s)] == impossible)
        return {};
    std::vector<int> path(static_cast<size_t>(steps));
    for (int t = steps - 1; t >= 0; --t) {
        path[size_t(t)] = label(s);
        s -= from[size_t(t) * size_t(states) + size_t(s)];
    }
    return path;
}
