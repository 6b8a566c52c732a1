#include "CharacterLanguageModel.h"

#include <cmath>
#include <stdexcept>

namespace {

constexpr int kBits = 6;
constexpr std::uint64_t kSymbolMask = (1u << kBits) - 1;

// The newest `length` symbols of a context.
std::uint64_t newest(CharacterLanguageModel::Context context, int length)
{
    return length == 0 ? 0 : context & ((std::uint64_t(1) << (kBits * length)) - 1);
}

} // namespace

CharacterLanguageModel::CharacterLanguageModel(const QList<QList<int>> &lines, int order, int classes)
    : m_order(order)
    , m_symbols(classes)
{
    if (order < 2 || order > 9 || classes < 2 || classes >= int(kSymbolMask))
        throw std::invalid_argument("CharacterLanguageModel: order 2..9 and at most 63 classes");
    for (const QList<int> &line : lines) {
        Context context = start();
        for (qsizetype i = 0; i <= line.size(); ++i) {
            const int symbol = i < line.size() ? line.at(i) : 0;
            if (symbol < 0 || symbol >= classes)
                throw std::invalid_argument("CharacterLanguageModel: a symbol outside the classes");
            // Every history length: how often it was followed, and by how many symbols. A line
            // starts after order−1 marks (0), so the start is part of its first histories.
            for (int length = 0; length < order; ++length) {
                std::uint32_t &count = m_counts[key(context, length, symbol)];
                ContextCounts &stats = m_contexts[key(context, length, int(kSymbolMask))];
                ++stats.total;
                stats.distinct += count == 0 ? 1 : 0;
                ++count;
            }
            context = extended(context, symbol);
        }
    }
}

CharacterLanguageModel::Context CharacterLanguageModel::extended(Context context, int symbol) const
{
    return newest((context << kBits) | std::uint64_t(symbol), m_order - 1);
}

std::uint64_t CharacterLanguageModel::key(Context context, int length, int symbol)
{
    // Length in the top bits, so "a" after "" and "a" after "b" are different keys.
    return (std::uint64_t(length) << 60) | (newest(context, length) << kBits) | std::uint64_t(symbol);
}

double CharacterLanguageModel::logProbability(Context context, int symbol) const
{
    if (isEmpty())
        return 0.0; // no model: no opinion
    // Witten-Bell, from the empty history up: P = (c(h,w) + D(h)·P_shorter) / (c(h) + D(h)).
    double probability = 1.0 / m_symbols;
    for (int length = 0; length < m_order; ++length) {
        const auto stats = m_contexts.find(key(context, length, int(kSymbolMask)));
        if (stats == m_contexts.end())
            break; // a longer history that was never seen is not seen either
        const auto count = m_counts.find(key(context, length, symbol));
        const double seen = count == m_counts.end() ? 0.0 : double(count->second);
        probability = (seen + stats->second.distinct * probability) / (stats->second.total + stats->second.distinct);
    }
    return std::log(probability);
}
