#pragma once

#include <QList>
#include <QString>

// Character-level alignment of two readings (e.g. OCR before and after restoration) by edit
// distance: which characters stayed, which were substituted, inserted or deleted.
// Works on Unicode code points, so a character outside the BMP counts once.
class ReadingDiff
{
public:
    enum class Kind { Same, Substitution, Insertion, Deletion };

    struct Operation
    {
        Kind kind = Kind::Same;
        QString before; // one character, empty for an insertion
        QString after;  // one character, empty for a deletion
    };

    ReadingDiff() = default;
    ReadingDiff(const QString &before, const QString &after);

    const QString &before() const { return m_before; }
    const QString &after() const { return m_after; }
    // In reading order; the `before` characters spell before(), the `after` ones after().
    const QList<Operation> &operations() const { return m_operations; }

    int distance() const; // Levenshtein distance: substitutions + insertions + deletions
    int count(Kind kind) const;
    // distance / length of `before` (0 when both are empty; 1 per inserted char when before is empty)
    double characterErrorRate() const;

    // Longer readings than this are not aligned cell by cell (memory grows with the product
    // of the lengths); their differing middle is reported as deleted then inserted.
    static constexpr qsizetype kMaxAlignedCells = 4'000'000;

private:
    QString m_before;
    QString m_after;
    QList<Operation> m_operations;
};
