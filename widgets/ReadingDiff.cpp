#include "ReadingDiff.h"

#include <algorithm>
#include <vector>

namespace {

QString character(uint codePoint)
{
    const char32_t c = char32_t(codePoint);
    return QString::fromUcs4(&c, 1);
}

} // namespace

ReadingDiff::ReadingDiff(const QString &before, const QString &after)
    : m_before(before)
    , m_after(after)
{
    const QList<uint> a = before.toUcs4();
    const QList<uint> b = after.toUcs4();

    // Equal ends need no table; this also keeps long, mostly equal readings cheap.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    for (qsizetype i = 0; i < prefix; ++i)
        m_operations.append({Kind::Same, character(a.at(i)), character(b.at(i))});

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if ((n + 1) * (m + 1) > kMaxAlignedCells) {
        for (qsizetype i = 0; i < n; ++i)
            m_operations.append({Kind::Deletion, character(a.at(prefix + i)), QString()});
        for (qsizetype j = 0; j < m; ++j)
            m_operations.append({Kind::Insertion, QString(), character(b.at(prefix + j))});
    } else {
        // cost[i][j]: edits turning the first i middle characters of a into the first j of b.
        const qsizetype width = m + 1;
        std::vector<int> cost(size_t((n + 1) * width));
        const auto at = [&](qsizetype i, qsizetype j) -> int & { return cost[size_t(i * width + j)]; };
        for (qsizetype i = 0; i <= n; ++i)
            at(i, 0) = int(i);
        for (qsizetype j = 0; j <= m; ++j)
            at(0, j) = int(j);
        for (qsizetype i = 1; i <= n; ++i)
            for (qsizetype j = 1; j <= m; ++j) {
                const int diagonal = at(i - 1, j - 1) + (a.at(prefix + i - 1) == b.at(prefix + j - 1) ? 0 : 1);
                at(i, j) = std::min({diagonal, at(i - 1, j) + 1, at(i, j - 1) + 1});
            }
        // Walk back from the end; prefer the diagonal so substitutions pair up characters.
        QList<Operation> middle;
        qsizetype i = n;
        qsizetype j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0) {
                const bool same = a.at(prefix + i - 1) == b.at(prefix + j - 1);
                if (at(i, j) == at(i - 1, j - 1) + (same ? 0 : 1)) {
                    middle.append({same ? Kind::Same : Kind::Substitution, character(a.at(prefix + i - 1)),
                                   character(b.at(prefix + j - 1))});
                    --i;
                    --j;
                    continue;
                }
            }
            if (i > 0 && at(i, j) == at(i - 1, j) + 1) {
                middle.append({Kind::Deletion, character(a.at(prefix + i - 1)), QString()});
                --i;
            } else {
                middle.append({Kind::Insertion, QString(), character(b.at(prefix + j - 1))});
                --j;
            }
        }
        std::reverse(middle.begin(), middle.end());
        m_operations.append(middle);
    }

    for (qsizetype k = suffix; k > 0; --k)
        m_operations.append({Kind::Same, character(a.at(a.size() - k)), character(b.at(b.size() - k))});
}

int ReadingDiff::distance() const
{
    return int(m_operations.size()) - count(Kind::Same);
}

int ReadingDiff::count(Kind kind) const
{
    return int(std::count_if(m_operations.cbegin(), m_operations.cend(),
                             [kind](const Operation &operation) { return operation.kind == kind; }));
}

double ReadingDiff::characterErrorRate() const
{
    const qsizetype reference = m_before.toUcs4().size();
    if (reference == 0)
        return distance();
    return double(distance()) / double(reference);
}
