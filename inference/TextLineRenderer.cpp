#include "TextLineRenderer.h"

#include "BackgroundPainter.h"
#include "SeededRandom.h"

#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace {

QColor contrastingColor(double backgroundLuminance, SeededRandom &random)
{
    // Legible but not always black-on-white: at least 85 levels of luminance apart.
    const bool darkText = backgroundLuminance > 128 ? true : (backgroundLuminance < 90 ? false : random.chance(0.5));
    for (int attempt = 0; attempt < 12; ++attempt) {
        const QColor color = QColor::fromHsvF(random.uniform(), random.uniform(0.0, 0.9), random.uniform());
        const double l = BackgroundPainter::luminance(color);
        if (darkText ? l < backgroundLuminance - 85 : l > backgroundLuminance + 85)
            return color;
    }
    return darkText ? QColor(random.integer(0, 40), random.integer(0, 40), random.integer(0, 40))
                    : QColor(255 - random.integer(0, 30), 255 - random.integer(0, 30), 255 - random.integer(0, 30));
}

QImage grayscaleFromRed(const QImage &rgb)
{
    QImage gray(rgb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        uchar *out = gray.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x)
            out[x] = uchar(qRed(in[x]));
    }
    return gray;
}

} // namespace

bool TextLineRenderer::canRender(const QRawFont &font, const QString &text)
{
    for (const QChar c : text) {
        if (c != QLatin1Char(' ') && !font.supportsCharacter(c))
            return false;
    }
    return true;
}

TextLineSample TextLineRenderer::render(const QString &text, const QRawFont &font, const QSize &size,
                                        SeededRandom &random)
{
    if (!font.isValid() || !canRender(font, text))
        throw std::runtime_error(tr("The font %1 cannot draw \"%2\".").arg(font.familyName(), text).toStdString());

    // 1. Glyph outlines laid out along the baseline, with kerning and extra letter spacing.
    const QList<quint32> glyphs = font.glyphIndexesForString(text);
    const QList<QPointF> advances = font.advancesForGlyphIndexes(glyphs, QRawFont::KernedAdvances);
    const double em = font.pixelSize();
    const double spacing = random.chance(0.3) ? random.uniform(-0.04, 0.25) * em : random.uniform(0.0, 0.04) * em;
    QList<QPainterPath> paths;
    double x = 0;
    for (int i = 0; i < glyphs.size() && i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char(' ')) {
            QPainterPath path = font.pathForGlyph(glyphs[i]);
            path.translate(x, 0);
            paths.append(path);
        }
        x += advances.value(i).x() + spacing;
    }
    QRectF ink;
    for (const QPainterPath &path : paths)
        ink = ink.united(path.boundingRect());
    if (paths.isEmpty() || ink.width() < 1e-3 || ink.height() < 1e-3)
        throw std::runtime_error(tr("\"%1\" has nothing to draw.").arg(text).toStdString());

    // 2. Fit into the canvas the way TextZoom crops are: tight margins, and the aspect ratio
    //    stretched or squeezed (within limits) because crops are resized to a fixed shape.
    const double w = size.width(), h = size.height();
    const double marginX = random.uniform(0.02, 0.08) * w;
    const double marginY = random.uniform(0.06, 0.22) * h;
    double sy = (h - 2 * marginY) / ink.height();
    const double natural = ink.width() * sy;
    const double available = w - 2 * marginX;
    double sx = sy * std::clamp(available / natural, 0.5, random.uniform(1.0, 1.8));
    if (ink.width() * sx > available) {
        const double shrink = available / (ink.width() * sx);
        sx *= shrink;
        sy *= shrink;
    }
    const double textW = ink.width() * sx, textH = ink.height() * sy;
    const double left = marginX + random.uniform(0, std::max(0.0, available - textW));
    const double top = marginY + random.uniform(-0.5, 0.5) * std::max(0.0, (h - 2 * marginY) - textH)
        + std::max(0.0, (h - 2 * marginY) - textH) / 2;
    QTransform place;
    place.translate(left, top);
    place.scale(sx, sy);
    place.translate(-ink.left(), -ink.top());

    // 3. Geometric effects: small rotation, perspective, and a curved baseline.
    QTransform warp;
    if (random.chance(0.5)) {
        warp.translate(w / 2, h / 2);
        warp.rotate(random.uniform(-3.5, 3.5));
        warp.translate(-w / 2, -h / 2);
    }
    if (random.chance(0.3)) {
        const double j = 0.08 * h;
        QPolygonF from({QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)});
        QPolygonF to({QPointF(random.uniform(-j, j), random.uniform(-j, j)), QPointF(w + random.uniform(-j, j), random.uniform(-j, j)),
                      QPointF(w + random.uniform(-j, j), h + random.uniform(-j, j)), QPointF(random.uniform(-j, j), h + random.uniform(-j, j))});
        QTransform perspective;
        if (QTransform::quadToQuad(from, to, perspective))
            warp = warp * perspective;
    }
    const double bend = random.chance(0.15) ? random.uniform(-0.12, 0.12) * h : 0.0;
    for (QPainterPath &path : paths) {
        path = (place * warp).map(path);
        if (bend != 0.0) {
            const QPointF c = path.boundingRect().center();
            const double phase = M_PI * c.x() / w;
            QTransform curve;
            curve.translate(c.x(), c.y() - bend * std::sin(phase));
            curve.rotate(-std::atan(bend * M_PI / w * std::cos(phase)) * 180.0 / M_PI);
            curve.translate(-c.x(), -c.y());
            path = curve.map(path);
        }
    }

    // 4. Paint: background, optional shadow and outline, then the fill.
    double backgroundLuminance = 0;
    QImage canvas = BackgroundPainter::paint(size, random, &backgroundLuminance);
    QColor fill = contrastingColor(backgroundLuminance, random);
    if (random.chance(0.1))
        fill.setAlphaF(random.uniform(0.7, 0.95));
    QPainterPath all;
    for (const QPainterPath &path : paths)
        all.addPath(path);
    all.setFillRule(Qt::WindingFill);
    {
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::Antialiasing);
        if (random.chance(0.15)) {
            QImage shadow(size, QImage::Format_ARGB32_Premultiplied);
            shadow.fill(Qt::transparent);
            QPainter shadowPainter(&shadow);
            shadowPainter.setRenderHint(QPainter::Antialiasing);
            QColor shade = backgroundLuminance > 100 ? QColor(0, 0, 0) : QColor(255, 255, 255);
            shade.setAlphaF(random.uniform(0.3, 0.7));
            shadowPainter.fillPath(all.translated(random.uniform(-0.08, 0.08) * h, random.uniform(0.03, 0.1) * h), shade);
            shadowPainter.end();
            // A soft shadow: down and up again is a cheap blur.
            shadow = shadow.scaled(size / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            painter.drawImage(0, 0, shadow);
        }
        if (random.chance(0.15)) {
            const QColor outline = backgroundLuminance > 128 ? fill.lighter(250) : fill.darker(300);
            QPen pen(random.chance(0.5) ? outline : contrastingColor(BackgroundPainter::luminance(fill), random));
            pen.setWidthF(random.uniform(0.04, 0.1) * h);
            pen.setJoinStyle(Qt::RoundJoin);
            painter.strokePath(all, pen);
        }
        painter.fillPath(all, fill);
    }

    // 5. What the renderer knows: the line mask (coverage) and one exact mask per character.
    QImage coverage(size, QImage::Format_RGB32);
    coverage.fill(Qt::black);
    QImage index(size, QImage::Format_RGB32);
    index.fill(Qt::black);
    {
        QPainter coveragePainter(&coverage);
        coveragePainter.setRenderHint(QPainter::Antialiasing);
        coveragePainter.fillPath(all, Qt::white);
        QPainter indexPainter(&index);
        for (int k = 0; k < paths.size(); ++k)
            indexPainter.fillPath(paths[k], QColor(k + 1, k + 1, k + 1));
    }

    TextLineSample sample;
    sample.text = text;
    sample.highResolution = canvas.convertToFormat(QImage::Format_RGB888);
    sample.lineMask = grayscaleFromRed(coverage);
    sample.characterIndex = grayscaleFromRed(index);
    for (const QPainterPath &path : paths)
        sample.characterBoxes.append(path.boundingRect().intersected(QRectF(0, 0, w, h)));
    return sample;
}
