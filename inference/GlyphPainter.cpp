#include "GlyphPainter.h"

#include "BackgroundPainter.h"
#include "SeededRandom.h"

#include <QHash>
#include <QPainter>
#include <QRawFont>

#include <stdexcept>

const QRawFont &GlyphPainter::cachedFont(const QString &file)
{
    thread_local QHash<QString, QRawFont> cache;
    auto it = cache.find(file);
    if (it == cache.end())
        it = cache.insert(file, QRawFont(file, 64));
    return it.value();
}

bool GlyphPainter::canRender(const QRawFont &font, const QString &text)
{
    for (const QChar c : text) {
        if (c != QLatin1Char(' ') && !font.supportsCharacter(c))
            return false;
    }
    return true;
}

QList<QPainterPath> GlyphPainter::layout(const QString &text, const QRawFont &font, SeededRandom &random)
{
    if (!font.isValid() || !canRender(font, text))
        throw std::runtime_error(tr("The font %1 cannot draw \"%2\".").arg(font.familyName(), text).toStdString());
    const double em = font.pixelSize();
    const double spacing = random.chance(0.3) ? random.uniform(-0.04, 0.25) * em : random.uniform(0.0, 0.04) * em;
    return layout(text, font, spacing);
}

QList<QPainterPath> GlyphPainter::layout(const QString &text, const QRawFont &font, double spacing)
{
    if (!font.isValid() || !canRender(font, text))
        throw std::runtime_error(tr("The font %1 cannot draw \"%2\".").arg(font.familyName(), text).toStdString());
    const QList<quint32> glyphs = font.glyphIndexesForString(text);
    const QList<QPointF> advances = font.advancesForGlyphIndexes(glyphs, QRawFont::KernedAdvances);
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
    const QRectF ink = inkBounds(paths);
    if (paths.isEmpty() || ink.width() < 1e-3 || ink.height() < 1e-3)
        throw std::runtime_error(tr("\"%1\" has nothing to draw.").arg(text).toStdString());
    return paths;
}

QRectF GlyphPainter::inkBounds(const QList<QPainterPath> &paths)
{
    QRectF ink;
    for (const QPainterPath &path : paths)
        ink = ink.united(path.boundingRect());
    return ink;
}

QColor GlyphPainter::contrastingColor(double backgroundLuminance, SeededRandom &random)
{
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

QColor GlyphPainter::paintStyled(QImage &canvas, const QPainterPath &glyphs, double backgroundLuminance,
                                 double textHeight, SeededRandom &random)
{
    const QSize size = canvas.size();
    const double h = textHeight;
    QColor fill = contrastingColor(backgroundLuminance, random);
    if (random.chance(0.1))
        fill.setAlphaF(random.uniform(0.7, 0.95));
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing);
    if (random.chance(0.15)) {
        QImage shadow(size, QImage::Format_ARGB32_Premultiplied);
        shadow.fill(Qt::transparent);
        QPainter shadowPainter(&shadow);
        shadowPainter.setRenderHint(QPainter::Antialiasing);
        QColor shade = backgroundLuminance > 100 ? QColor(0, 0, 0) : QColor(255, 255, 255);
        shade.setAlphaF(random.uniform(0.3, 0.7));
        shadowPainter.fillPath(glyphs.translated(random.uniform(-0.08, 0.08) * h, random.uniform(0.03, 0.1) * h), shade);
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
        painter.strokePath(glyphs, pen);
    }
    painter.fillPath(glyphs, fill);
    return fill;
}

QImage GlyphPainter::grayscaleFromRed(const QImage &rgb)
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

QImage GlyphPainter::coverage(const QSize &size, const QPainterPath &glyphs)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillPath(glyphs, Qt::white);
    }
    return grayscaleFromRed(image);
}
