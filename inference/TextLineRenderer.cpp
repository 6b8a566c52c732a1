#include "TextLineRenderer.h"

#include "BackgroundPainter.h"
#include "GlyphPainter.h"
#include "SeededRandom.h"

#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <stdexcept>

bool TextLineRenderer::canRender(const QRawFont &font, const QString &text)
{
    return GlyphPainter::canRender(font, text);
}

TextLineSample TextLineRenderer::render(const QString &text, const QRawFont &font, const QSize &size,
                                        SeededRandom &random)
{
    // 1. Glyph outlines laid out along the baseline, with kerning and extra letter spacing.
    QList<QPainterPath> paths = GlyphPainter::layout(text, font, random);
    const QRectF ink = GlyphPainter::inkBounds(paths);

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
    QPainterPath all;
    for (const QPainterPath &path : paths)
        all.addPath(path);
    all.setFillRule(Qt::WindingFill);
    GlyphPainter::paintStyled(canvas, all, backgroundLuminance, h, random);

    // 5. What the renderer knows: the line mask (coverage) and one exact mask per character.
    QImage index(size, QImage::Format_RGB32);
    index.fill(Qt::black);
    {
        QPainter indexPainter(&index);
        for (int k = 0; k < paths.size(); ++k)
            indexPainter.fillPath(paths[k], QColor(k + 1, k + 1, k + 1));
    }

    TextLineSample sample;
    sample.text = text;
    sample.highResolution = canvas.convertToFormat(QImage::Format_RGB888);
    sample.lineMask = GlyphPainter::coverage(size, all);
    sample.characterIndex = GlyphPainter::grayscaleFromRed(index);
    for (const QPainterPath &path : paths)
        sample.characterBoxes.append(path.boundingRect().intersected(QRectF(0, 0, w, h)));
    return sample;
}
