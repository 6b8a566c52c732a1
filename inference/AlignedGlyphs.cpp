#include "AlignedGlyphs.h"

#include "CharacterSet.h"
#include "GlyphPainter.h"
#include "OcrPromptBuilder.h"
#include "TextSlots.h"
#include "TrainingBatch.h"

#include <QGuiApplication>
#include <QPainterPath>
#include <QRawFont>
#include <QTransform>

#include <stdexcept>

namespace AlignedGlyphs {

torch::Tensor inkExtent(const torch::Tensor &line)
{
    namespace F = torch::nn::functional;
    const torch::Tensor gray = line.detach().to(torch::kCPU, torch::kFloat).mean(1); // B×h×w
    // How much each column varies from top to bottom, smoothed over three columns.
    torch::Tensor score = gray.std(1, true).unsqueeze(1);                          // B×1×w
    score = F::avg_pool1d(score, F::AvgPool1dFuncOptions(3).stride(1).padding(1).count_include_pad(false)).squeeze(1);
    const torch::Tensor low = std::get<0>(score.min(1, true)), high = std::get<0>(score.max(1, true));
    const torch::Tensor inked = score >= low + 0.3 * (high - low);
    const int64_t width = line.size(3);
    torch::Tensor extent = torch::zeros({line.size(0), 2});
    for (int64_t b = 0; b < line.size(0); ++b) {
        const torch::Tensor columns = inked[b].nonzero().view({-1});
        const bool flat = columns.numel() == 0 || (high[b] - low[b]).item<float>() < 1e-4f;
        extent[b][0] = flat ? 0.0 : columns[0].item<double>();
        extent[b][1] = flat ? double(width - 1) : columns[-1].item<double>();
    }
    return extent;
}

torch::Tensor draw(const torch::Tensor &line, const torch::Tensor &slotText, int scale)
{
    // Fonts load through QRawFont, which needs a QGuiApplication (without one it crashes).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw std::runtime_error("DiffTSR draws its text with a font, which needs a QGuiApplication");
    static const QString fontFile = [] {
        QString error;
        const QString file = OcrPromptBuilder::defaultFontFile(&error);
        if (file.isEmpty())
            throw std::runtime_error(QStringLiteral("No font to draw DiffTSR's text with: %1").arg(error).toStdString());
        return file;
    }();
    const QRawFont &font = GlyphPainter::cachedFont(fontFile);
    const torch::Tensor extent = inkExtent(line);
    const int64_t height = scale * line.size(2), width = scale * line.size(3);
    std::vector<torch::Tensor> rows;
    for (int64_t b = 0; b < line.size(0); ++b) {
        QString text;
        for (const QChar c : TextSlots::decode(slotText[b]))
            if (GlyphPainter::canRender(font, QString(c)))
                text.append(c);
        QPainterPath ink;
        ink.setFillRule(Qt::WindingFill);
        if (!text.isEmpty()) {
            for (const QPainterPath &path : GlyphPainter::layout(text, font, 0.0))
                ink.addPath(path);
            const QRectF bounds = ink.boundingRect();
            // Pixel centres: column x of the line covers [x, x + 1) at the LR scale.
            const double left = scale * extent[b][0].item<double>(), right = scale * (extent[b][1].item<double>() + 1.0);
            QTransform place;
            place.translate(left, 0.1 * double(height));
            place.scale((right - left) / std::max(bounds.width(), 1e-6), 0.8 * double(height) / std::max(bounds.height(), 1e-6));
            place.translate(-bounds.left(), -bounds.top());
            ink = place.map(ink);
        }
        rows.push_back(TrainingBatch::grayTensor(GlyphPainter::coverage(QSize(int(width), int(height)), ink)));
    }
    return torch::cat(rows).to(line.device());
}

} // namespace AlignedGlyphs
