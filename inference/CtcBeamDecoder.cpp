#include "CtcBeamDecoder.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <vector>

namespace {

constexpr double kImpossible = -std::numeric_limits<double>::infinity();

double addLog(double a, double b)
{
    if (a == kImpossible)
        return b;
    if (b == kImpossible)
        return a;
    const double high = std::max(a, b);
    return high + std::log1p(std::exp(std::min(a, b) - high));
}

// A reading is a node of a trie: its parent's reading plus one character. Nodes are made once
// per (parent, character), so a node index names a reading and its language score is computed once.
struct Node
{
    int parent = -1;
    int symbol = 0;
    int length = 0;
    double language = 0.0; // weighted log P_lm of the reading
    CharacterLanguageModel::Context context = 0;
};

struct Hypothesis
{
    int node = 0;
    double blank = kImpossible;    // log P of the frames so far, ending in a blank
    double nonBlank = kImpossible; // … ending in the reading's last character

    double acoustic() const { return addLog(blank, nonBlank); }
};

} // namespace

CtcBeamDecoder::CtcBeamDecoder(const CharacterLanguageModel *model, Options options)
    : m_model(model)
    , m_options(options)
{
}

QList<int> CtcBeamDecoder::decode(const float *logProbabilities, int steps, int classes) const
{
    if (!logProbabilities || steps <= 0 || classes < 2)
        return {};
    const bool useModel = m_model && !m_model->isEmpty() && m_options.languageWeight != 0.0;
    const double skip = std::log(m_options.skipBelow);
    const size_t width = size_t(std::max(1, m_options.beamWidth));

    std::vector<Node> nodes(1);
    std::unordered_map<std::int64_t, int> children; // (parent · classes + symbol) → node
    const auto child = [&](int parent, int symbol) {
        const auto [it, inserted] = children.try_emplace(std::int64_t(parent) * classes + symbol, int(nodes.size()));
        if (inserted) {
            Node node;
            node.parent = parent;
            node.symbol = symbol;
            node.length = nodes[size_t(parent)].length + 1;
            node.language = nodes[size_t(parent)].language;
            if (useModel) {
                node.language += m_options.languageWeight * m_model->logProbability(nodes[size_t(parent)].context, symbol);
                node.context = m_model->extended(nodes[size_t(parent)].context, symbol);
            }
            nodes.push_back(node);
        }
        return it->second;
    };
    const auto rank = [&](const Hypothesis &h) {
        const Node &node = nodes[size_t(h.node)];
        return h.acoustic() + node.language + m_options.lengthBonus * node.length;
    };

    std::vector<Hypothesis> beam{Hypothesis{0, 0.0, kImpossible}};
    std::vector<Hypothesis> next;
    std::unordered_map<int, size_t> slot; // node → its place in `next`
    std::vector<int> candidates;
    for (int t = 0; t < steps; ++t) {
        const float *row = logProbabilities + size_t(t) * size_t(classes);
        candidates.clear();
        const int best = int(std::max_element(row + 1, row + classes) - row);
        for (int c = 1; c < classes; ++c) {
            if (row[c] >= skip || c == best)
                candidates.push_back(c);
        }
        next.clear();
        slot.clear();
        const auto at = [&](int node) -> Hypothesis & {
            const auto [it, inserted] = slot.try_emplace(node, next.size());
            if (inserted)
                next.push_back(Hypothesis{node, kImpossible, kImpossible});
            return next[it->second];
        };
        for (const Hypothesis &h : beam) {
            const int last = nodes[size_t(h.node)].symbol; // 0 for the empty reading
            const double total = h.acoustic();
            Hypothesis &same = at(h.node);
            same.blank = addLog(same.blank, total + row[0]);
            if (last != 0) // the last character held for one more frame
                same.nonBlank = addLog(same.nonBlank, h.nonBlank + row[last]);
            for (const int c : candidates) {
                // A repeated character needs a blank between its two occurrences.
                const double from = c == last ? h.blank : total;
                if (from == kImpossible)
                    continue;
                Hypothesis &longer = at(child(h.node, c));
                longer.nonBlank = addLog(longer.nonBlank, from + row[c]);
            }
        }
        const size_t keep = std::min(next.size(), width);
        std::partial_sort(next.begin(), next.begin() + std::ptrdiff_t(keep), next.end(),
                          [&](const Hypothesis &a, const Hypothesis &b) { return rank(a) > rank(b); });
        beam.assign(next.begin(), next.begin() + std::ptrdiff_t(keep));
    }
    int chosen = 0;
    double bestScore = kImpossible;
    for (const Hypothesis &h : beam) {
        // The end of the line is part of the language model's score.
        const double end = useModel ? m_options.languageWeight * m_model->logProbability(nodes[size_t(h.node)].context, 0) : 0.0;
        const double score = rank(h) + end;
        if (score > bestScore) {
            bestScore = score;
            chosen = h.node;
        }
    }
    QList<int> reading;
    for (int node = chosen; node > 0; node = nodes[size_t(node)].parent)
        reading.prepend(nodes[size_t(node)].symbol);
    return reading;
}
