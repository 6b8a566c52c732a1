#include "TextLineGrouper.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {

struct Line
{
    QList<OcrTextBox> words;
    QRectF bounds;
    double heightSum = 0;

    double height() const { return heightSum / words.size(); }
};

bool sameLine(const Line &line, const OcrTextBox &word, const TextLineGrouper::Settings &settings, double *gap)
{
    const QRectF &last = line.words.constLast().bounds;
    const QRectF &box = word.bounds;
    const double overlap = std::min(last.bottom(), box.bottom()) - std::max(last.top(), box.top());
    const double shorter = std::min(last.height(), box.height());
    const double taller = std::max(last.height(), box.height());
    if (shorter <= 0 || overlap < settings.minimumVerticalOverlap * shorter)
        return false;
    if (taller > settings.maximumHeightRatio * shorter)
        return false;
    *gap = box.left() - line.bounds.right();
    return *gap <= settings.gapFactor * line.height();
}

OcrTextBox joined(const Line &line)
{
    if (line.words.size() == 1)
        return line.words.constFirst();
    OcrTextBox box;
    box.bounds = line.bounds;
    box.quad = QPolygonF({line.bounds.topLeft(), line.bounds.topRight(), line.bounds.bottomRight(), line.bounds.bottomLeft()});
    QStringList texts;
    double weighted = 0, weights = 0;
    for (const OcrTextBox &word : line.words) {
        const QString text = word.text.trimmed();
        if (!text.isEmpty())
            texts << text;
        const double weight = std::max<qsizetype>(1, text.size());
        weighted += weight * word.confidence;
        weights += weight;
    }
    box.text = texts.join(QLatin1Char(' '));
    box.confidence = weighted / weights;
    return box;
}

} // namespace

QList<OcrTextBox> TextLineGrouper::group(const QList<OcrTextBox> &boxes, const Settings &settings)
{
    QList<OcrTextBox> words;
    for (const OcrTextBox &box : boxes) {
        if (box.confidence >= settings.minimumConfidence && box.bounds.isValid() && std::isfinite(box.bounds.width())
            && std::isfinite(box.bounds.height()))
            words.append(box);
    }
    // Left to right, so that every line grows at its right end.
    std::stable_sort(words.begin(), words.end(), [](const OcrTextBox &a, const OcrTextBox &b) {
        return a.bounds.left() < b.bounds.left();
    });
    QList<Line> lines;
    for (const OcrTextBox &word : std::as_const(words)) {
        int best = -1;
        double bestGap = 0;
        if (settings.mergeWords) {
            for (int i = 0; i < lines.size(); ++i) {
                double gap = 0;
                if (sameLine(lines.at(i), word, settings, &gap) && (best < 0 || gap < bestGap)) {
                    best = i;
                    bestGap = gap;
                }
            }
        }
        if (best < 0) {
            lines.append({{word}, word.bounds, word.bounds.height()});
        } else {
            Line &line = lines[best];
            line.words.append(word);
            line.bounds = line.bounds.united(word.bounds);
            line.heightSum += word.bounds.height();
        }
    }
    // Reading order: top to bottom by centre; lines that share a row (overlap vertically by
    // more than half) left to right.
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return a.bounds.center().y() < b.bounds.center().y();
    });
    for (qsizetype start = 0; start < lines.size();) {
        qsizetype end = start + 1;
        while (end < lines.size()) {
            const QRectF &a = lines.at(end - 1).bounds, &b = lines.at(end).bounds;
            const double overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
            if (overlap <= 0.5 * std::min(a.height(), b.height()))
                break;
            ++end;
        }
        std::stable_sort(lines.begin() + start, lines.begin() + end,
                         [](const Line &a, const Line &b) { return a.bounds.left() < b.bounds.left(); });
        start = end;
    }
    QList<OcrTextBox> result;
    for (const Line &line : std::as_const(lines))
        result.append(joined(line));
    return result;
}
