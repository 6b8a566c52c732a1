#include "SceneSynthesizer.h"

#include "BackgroundPainter.h"
#include "GlyphPainter.h"
#include "SeededRandom.h"

#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QTransform>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace {

double meanLuminance(const QImage &rgb32, const QRect &area)
{
    const QRect rect = area.intersected(rgb32.rect());
    double sum = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb32.constScanLine(y));
        for (int x = rect.left(); x <= rect.right(); ++x)
            sum += 0.299 * qRed(line[x]) + 0.587 * qGreen(line[x]) + 0.114 * qBlue(line[x]);
    }
    return rect.isEmpty() ? 128.0 : sum / (double(rect.width()) * rect.height());
}

// Glyph quality: the text layer (premultiplied ARGB) loses resolution, is blurred and speckled
// before it meets the surface, like print or paint that is itself poor.
void degradeGlyphs(QImage &layer, SeededRandom &random)
{
    const QSize size = layer.size();
    const double factor = random.uniform(1.6, 3.2);
    const QSize small(std::max(1, int(size.width() / factor)), std::max(1, int(size.height() / factor)));
    layer = layer.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const double sigma = random.uniform(0.7, 1.6);
    cv::Mat pixels(layer.height(), layer.width(), CV_8UC4, layer.bits(), size_t(layer.bytesPerLine()));
    cv::GaussianBlur(pixels, pixels, cv::Size(0, 0), sigma, sigma, cv::BORDER_REPLICATE);
    const double noise = random.uniform(2.0, 8.0);
    for (int y = 0; y < layer.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(layer.scanLine(y));
        for (int x = 0; x < layer.width(); ++x) {
            const int a = qAlpha(line[x]);
            if (a == 0)
                continue;
            const int n = int(std::lround(random.normal(0.0, noise) * a / 255.0));
            line[x] = qRgba(std::clamp(qRed(line[x]) + n, 0, a), std::clamp(qGreen(line[x]) + n, 0, a),
                            std::clamp(qBlue(line[x]) + n, 0, a), a);
        }
    }
}

// A second surface on the first: a sign, a label, a poster. Returns its rectangle (or empty).
QRect paintPanel(QImage &background, SeededRandom &random)
{
    const int side = background.width();
    if (!random.chance(0.5))
        return {};
    const int w = int(random.uniform(0.5, 0.95) * side), h = int(random.uniform(0.3, 0.75) * side);
    const QRect panel(random.integer(0, side - w), random.integer(0, background.height() - h), w, h);
    const QImage surface = BackgroundPainter::paint(panel.size(), random, nullptr);
    const double radius = random.uniform(0.0, 0.12) * std::min(w, h);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(panel), radius, radius);
    QPainter painter(&background);
    painter.setRenderHint(QPainter::Antialiasing);
    if (random.chance(0.5)) {
        const double offset = random.uniform(1.0, 0.03 * side);
        painter.fillPath(outline.translated(offset, offset), QColor(0, 0, 0, random.integer(40, 110)));
    }
    painter.save();
    painter.setClipPath(outline);
    painter.drawImage(panel.topLeft(), surface);
    painter.restore();
    if (random.chance(0.5)) {
        QPen pen(QColor::fromHsvF(random.uniform(), random.uniform(0.0, 0.8), random.uniform(0.1, 1.0)));
        pen.setWidthF(random.uniform(1.0, 1.0 + 0.02 * side));
        painter.strokePath(outline, pen);
    }
    return panel;
}

} // namespace

SceneSynthesizer::SceneSynthesizer(const Settings &settings, FontCatalog fonts, TextCorpus corpus)
    : m_settings(settings)
    , m_fonts(std::move(fonts))
    , m_corpus(std::move(corpus))
    , m_degradation(settings.preset)
    , m_imageDegradation(imageDegradation())
{
    if (m_fonts.isEmpty())
        throw std::runtime_error(m_fonts.emptyMessage().toStdString());
    if (settings.tile < 32 || settings.tile > 4096 || settings.scale < 1 || settings.tile % settings.scale != 0)
        throw std::runtime_error(tr("A scene tile of %1 pixels cannot be reduced by the scale %2.")
                                     .arg(settings.tile).arg(settings.scale).toStdString());
    if (settings.maxLines < 1 || settings.maxCharacters < 1)
        throw std::runtime_error(tr("A scene needs room for at least one line of one character.").toStdString());
}

DegradationPipeline::Settings SceneSynthesizer::imageDegradation()
{
    DegradationPipeline::Settings settings;
    DegradationPipeline::Stage &stage = settings.first;
    stage.blurProbability = 0.9;
    stage.blurSigmaMin = 0.4;
    stage.blurSigmaMax = 1.0;
    stage.motionWeight = 0.0;
    stage.resizeMin = 1.0; // no resize: the output has the HR size
    stage.resizeMax = 1.0;
    stage.noiseProbability = 1.0;
    stage.noiseSigmaMin = 1.0;
    stage.noiseSigmaMax = 5.0;
    stage.jpegProbability = 0.6;
    stage.jpegQualityMin = 70;
    stage.jpegQualityMax = 92;
    settings.second = stage;
    settings.secondStageProbability = 0.0;
    settings.finalJpegProbability = 0.0;
    return settings;
}

ScenePartition SceneSynthesizer::partitionOf(quint64 index) const
{
    if (m_settings.partition)
        return *m_settings.partition;
    return ScenePartitions::all().at(int(index % 4));
}

SceneSample SceneSynthesizer::sample(quint64 index) const
{
    SeededRandom random = SeededRandom::forStream(m_settings.seed, index);
    const int side = m_settings.tile;
    const QSize size = m_settings.highResolution();
    const QRect tile(QPoint(0, 0), size);
    SceneSample sample;
    sample.partition = partitionOf(index);

    // 1. The surfaces: a procedural background and, half of the time, a panel on it.
    QImage background = BackgroundPainter::paint(size, random, nullptr).convertToFormat(QImage::Format_RGB32);
    const QRect panel = paintPanel(background, random);

    // 2. Text lines, each in one font, placed where no other line is.
    QImage textLayer(size, QImage::Format_ARGB32_Premultiplied);
    textLayer.fill(Qt::transparent);
    QPainterPath allGlyphs;
    allGlyphs.setFillRule(Qt::WindingFill);
    QList<QRect> taken;
    const QStringList &files = m_fonts.files();
    const int wanted = random.integer(1, m_settings.maxLines);
    int placed = 0;
    for (int attempt = 0; attempt < 12 * wanted + 24 && placed < wanted; ++attempt) {
        const QString &file = files.at(random.integer(0, int(files.size()) - 1));
        const QRawFont &font = GlyphPainter::cachedFont(file);
        const QString text = m_corpus.sample(random, m_settings.maxCharacters);
        if (!font.isValid() || !GlyphPainter::canRender(font, text))
            continue;
        QList<QPainterPath> paths = GlyphPainter::layout(text, font, random);
        // Words: which glyph belongs to which; wider gaps between words keep their boxes apart.
        QList<int> wordOf;
        QStringList wordTexts;
        bool inWord = false;
        for (const QChar c : text) {
            if (c == QLatin1Char(' ')) {
                inWord = false;
                continue;
            }
            if (!inWord)
                wordTexts.append(QString());
            inWord = true;
            wordTexts.last().append(c);
            wordOf.append(int(wordTexts.size()) - 1);
        }
        const double wordGap = 0.25 * font.pixelSize();
        for (int k = 0; k < paths.size(); ++k)
            paths[k].translate(wordOf.value(k) * wordGap, 0);
        const QRectF ink = GlyphPainter::inkBounds(paths);

        const QRectF region = (!panel.isEmpty() && random.chance(0.6)) ? QRectF(panel).adjusted(4, 4, -4, -4)
                                                                        : QRectF(tile).adjusted(3, 3, -3, -3);
        double sy = random.uniform(0.07, 0.2) * side / font.pixelSize();
        double sx = sy * random.uniform(0.85, 1.2);
        const double angle = random.chance(0.3) ? random.uniform(-5.0, 5.0) : 0.0;
        if (ink.width() * sx > region.width() * 0.97) {
            const double shrink = region.width() * 0.97 / (ink.width() * sx);
            sx *= shrink;
            sy *= shrink;
        }
        const double textHeight = ink.height() * sy;
        if (textHeight < 0.045 * side)
            continue; // too long to stay legible on this tile
        QTransform shape;
        shape.rotate(angle);
        shape.scale(sx, sy);
        shape.translate(-ink.center().x(), -ink.center().y());
        QPainterPath centred;
        for (const QPainterPath &path : paths)
            centred.addPath(shape.map(path));
        const QRectF extent = centred.boundingRect();
        const int pad = int(std::ceil(0.05 * textHeight)) + 1; // outline and anti-aliasing
        const double loX = region.left() - extent.left() + pad, hiX = region.right() - extent.right() - pad;
        const double loY = region.top() - extent.top() + pad, hiY = region.bottom() - extent.bottom() - pad;
        if (hiX < loX || hiY < loY)
            continue;
        QTransform place;
        place.translate(random.uniform(loX, hiX), random.uniform(loY, hiY));
        place = shape * place;

        QList<SceneWord> words;
        QList<QPainterPath> wordPaths(wordTexts.size());
        for (int k = 0; k < paths.size(); ++k)
            wordPaths[wordOf.value(k)].addPath(place.map(paths[k]));
        QRect lineArea;
        for (int w = 0; w < wordTexts.size(); ++w) {
            SceneWord word;
            word.text = wordTexts[w];
            word.box = wordPaths[w].boundingRect().toAlignedRect().adjusted(-pad, -pad, pad, pad).intersected(tile);
            word.line = placed;
            word.fontFile = file;
            words.append(word);
            lineArea = lineArea.united(word.box);
        }
        bool clash = false;
        for (int a = 0; a < words.size() && !clash; ++a) {
            for (int b = a + 1; b < words.size() && !clash; ++b)
                clash = words[a].box.intersects(words[b].box);
        }
        const int margin = int(0.15 * textHeight) + 2;
        const QRect claimed = lineArea.adjusted(-margin, -margin, margin, margin);
        for (const QRect &other : taken)
            clash = clash || claimed.intersects(other);
        // A line is on the panel or beside it, never across its edge.
        if (!panel.isEmpty() && lineArea.intersects(panel) && !panel.contains(lineArea))
            clash = true;
        if (clash)
            continue;

        QPainterPath linePath;
        linePath.setFillRule(Qt::WindingFill);
        for (const QPainterPath &path : wordPaths)
            linePath.addPath(path);
        GlyphPainter::paintStyled(textLayer, linePath, meanLuminance(background, lineArea), textHeight, random);
        allGlyphs.addPath(linePath);
        taken.append(claimed);
        sample.words.append(words);
        ++placed;
    }
    if (placed == 0)
        throw std::runtime_error(tr("No text line fits on scene %1.").arg(index).toStdString());

    // 3. Glyph quality, then the composite, then image quality, then the LR. Each draws from its
    //    own stream, so the four partitions of one index share layout, style and degradations and
    //    differ only in which quality steps run.
    const quint64 qualitySeed = random.next();
    SeededRandom glyphRandom = SeededRandom::forStream(qualitySeed, 1);
    SeededRandom imageRandom = SeededRandom::forStream(qualitySeed, 2);
    SeededRandom lowRandom = SeededRandom::forStream(qualitySeed, 3);
    if (ScenePartitions::degradedGlyphs(sample.partition))
        degradeGlyphs(textLayer, glyphRandom);
    {
        QPainter painter(&background);
        painter.drawImage(0, 0, textLayer);
    }
    QImage high = background.convertToFormat(QImage::Format_RGB888);
    if (ScenePartitions::degradedImage(sample.partition))
        high = m_imageDegradation.apply(high, size, imageRandom);
    sample.highResolution = high;
    sample.lowResolution = m_degradation.apply(sample.highResolution, m_settings.lowResolution(), lowRandom);
    sample.textMask = GlyphPainter::coverage(size, allGlyphs);
    return sample;
}
