#pragma once

#include <QImage>
#include <QString>

class OcrEngine;

// Reads the text of a marked region. A line recognizer squeezes whatever it gets into one line,
// so a block of several lines (a sign, a newspaper box) comes back as nonsense; a region shaped
// like a block is therefore read by finding its lines first and joining them top to bottom.
// A region that is one line, or a block in which the engine finds fewer than two lines (or an
// engine that cannot find text at all), is read whole by the recognizer, as before.
class RegionTextReader
{
public:
    // Narrower than this many heights, a region may hold more than one line.
    static constexpr double kBlockAspect = 2.5;

    static bool mayHoldSeveralLines(const QSize &size);
    // Throws std::runtime_error, like the engine, when the engine fails.
    static QString read(OcrEngine &engine, const QImage &crop);
};
