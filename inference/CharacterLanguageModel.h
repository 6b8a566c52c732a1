#pragma once

#include <QList>

#include <cstdint>
#include <unordered_map>

// A character n-gram model over the recognizer's classes (CharacterSet 1..N; 0 marks the start
// and end of a line), with Witten-Bell interpolation down to a uniform distribution, so any
// string keeps a probability. It gives a CTC beam search the odds of the next character, which
// is what lets a reader prefer "street" to "strcet" when the pixels cannot tell them apart.
class CharacterLanguageModel
{
public:
    // A context: the last order−1 symbols, packed six bits each, newest in the low bits.
    using Context = std::uint64_t;

    CharacterLanguageModel() = default;
    // Counts every n-gram (n ≤ order, 2..9) of the lines, each padded with start and end marks.
    CharacterLanguageModel(const QList<QList<int>> &lines, int order, int classes);

    bool isEmpty() const { return m_order == 0; }
    int order() const { return m_order; }
    Context start() const { return 0; }
    Context extended(Context context, int symbol) const;
    // log P(symbol | context); symbol 0 is the end of the line.
    double logProbability(Context context, int symbol) const;
    qsizetype entryCount() const { return qsizetype(m_counts.size() + m_contexts.size()); }

private:
    struct ContextCounts
    {
        std::uint32_t total = 0;    // times the context was followed by anything
        std::uint32_t distinct = 0; // how many different symbols followed it
    };
    static std::uint64_t key(Context context, int length, int symbol);

    int m_order = 0;
    int m_symbols = 0; // classes, with the end mark in place of the blank
    std::unordered_map<std::uint64_t, std::uint32_t> m_counts;
    std::unordered_map<std::uint64_t, ContextCounts> m_contexts;
};
