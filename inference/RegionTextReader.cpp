#include "RegionTextReader.h"

#include "OcrEngine.h"
#include "TextLineGrouper.h"

#include <QStringList>

#include <stdexcept>

bool RegionTextReader::mayHoldSeveralLines(const QSize &size)
{
    return !size.isEmpty() && size.width() < kBlockAspect * size.height();
}

QString RegionTextReader::read(OcrEngine &engine, const QImage &crop)
{
    if (mayHoldSeveralLines(crop.size())) {
        QList<OcrTextBox> found;
        try {
            found = engine.detect(crop);
        } catch (const std::runtime_error &) {
            // A word recognizer finds no text on its own: it reads the region whole below.
        }
        QStringList lines;
        for (const OcrTextBox &line : TextLineGrouper::group(found, {}))
            if (!line.text.trimmed().isEmpty())
                lines << line.text.trimmed();
        if (lines.size() >= 2)
            return lines.join(QLatin1Char(' '));
    }
    return engine.recognize(crop).text;
}
