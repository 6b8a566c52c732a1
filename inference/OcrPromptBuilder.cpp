#include "OcrPromptBuilder.h"

#include "CharacterSet.h"
#include "FontCatalog.h"
#include "GlyphPainter.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLineF>
#include <QMutex>
#include <QPainterPath>
#include <QRawFont>
#include <QTransform>

#include <algorithm>
#include <stdexcept>

namespace {

// Plain, upright, regular-weight sans faces, most common first.
const char *const preferredSans[] = {
    "DejaVuSans.ttf", "LiberationSans-Regular.ttf", "NotoSans-Regular.ttf", "OpenSans-Regular.ttf",
    "Roboto-Regular.ttf", "Lato-Regular.ttf", "FreeSans.ttf",
};

bool looksPlainSans(const QString &fileName)
{
    QString lower = fileName.toLower();
    if (!lower.contains(QLatin1String("sans")))
        return false;
    // "SansSerif" names a sans; any other style word means a face that is not the plain one.
    lower.remove(QLatin1String("sansserif"));
    for (const char *style : {"serif", "mono", "bold", "italic", "oblique", "condensed", "light", "thin",
                              "black", "medium", "semi", "extra", "narrow", "display", "cjk", "math"}) {
        if (lower.contains(QLatin1String(style)))
            return false;
    }
    return true;
}

QString findDefaultFont(QString *error)
{
    const QStringList folders = FontCatalog::defaultFolders();
    // Cheap first: find a preferred file by name, then let FontCatalog vet just its folder.
    for (const char *name : preferredSans) {
        for (const QString &root : folders) {
            QDirIterator it(root, {QString::fromLatin1(name)}, QDir::Files,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                const QFileInfo file(it.next());
                const FontCatalog catalog = FontCatalog::scan(FontCatalog::Purpose::Training, {file.absolutePath()});
                if (catalog.files().contains(file.canonicalFilePath()))
                    return file.canonicalFilePath();
            }
        }
    }
    const FontCatalog catalog = FontCatalog::scan(FontCatalog::Purpose::Training, folders);
    for (const QString &file : catalog.files()) {
        if (looksPlainSans(QFileInfo(file).fileName()))
            return file;
    }
    if (!catalog.isEmpty())
        return catalog.files().constFirst();
    if (error)
        *error = catalog.emptyMessage();
    return {};
}

// The corners of the text's own top left, top right, bottom right and bottom left: the OCR
// quad's (or the bounds') corners, turned by one for a quad 1.5 times taller than wide, which
// PpOcrEngine reads as text running top to bottom (its crop turned counter-clockwise).
QPolygonF corners(const OcrTextBox &box)
{
    const QRectF r = box.bounds;
    const QPolygonF q = box.quad.size() >= 4 ? QPolygonF({box.quad[0], box.quad[1], box.quad[2], box.quad[3]})
                                             : QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
    if (QLineF(q[0], q[3]).length() >= 1.5 * QLineF(q[0], q[1]).length())
        return QPolygonF({q[1], q[2], q[3], q[0]});
    return q;
}

QRectF boundsOf(const OcrTextBox &box)
{
    if (box.bounds.isValid() && !box.bounds.isEmpty())
        return box.bounds;
    return corners(box).boundingRect();
}

} // namespace

QString OcrPromptBuilder::defaultFontFile(QString *error)
{
    // One search per process: it may scan every installed font.
    static QMutex mutex;
    static bool searched = false;
    static QString file;
    static QString failure;
    QMutexLocker lock(&mutex);
    if (!searched) {
        file = findDefaultFont(&failure);
        searched = true;
    }
    if (file.isEmpty() && error)
        *error = failure;
    return file;
}

OcrPromptBuilder::OcrPromptBuilder(const QString &fontFile)
    : m_fontFile(fontFile)
{
    if (m_fontFile.isEmpty()) {
        QString error;
        m_fontFile = defaultFontFile(&error);
        if (m_fontFile.isEmpty())
            throw std::runtime_error(tr("No font to draw the glyph condition with: %1").arg(error).toStdString());
    }
    if (FontCatalog::isReservedForEvaluation(m_fontFile))
        throw std::runtime_error(tr("%1 is reserved for evaluation and cannot draw glyph conditions.")
                                     .arg(QDir::toNativeSeparators(m_fontFile)).toStdString());
    if (!QRawFont(m_fontFile, 32).isValid())
        throw std::runtime_error(tr("Cannot load the font %1.").arg(QDir::toNativeSeparators(m_fontFile)).toStdString());
}

QString OcrPromptBuilder::positionPhrase(const QPointF &point, const QSizeF &size)
{
    auto third = [](double value, double length) {
        const double f = length > 0 ? value / length : 0.5;
        return f < 1.0 / 3.0 ? 0 : (f < 2.0 / 3.0 ? 1 : 2);
    };
    static const char *const vertical[] = {"top", "middle", "bottom"};
    static const char *const horizontal[] = {"left", "center", "right"};
    const int row = third(point.y(), size.height());
    const int column = third(point.x(), size.width());
    if (row == 1 && column == 1)
        return QStringLiteral("center");
    return QStringLiteral("%1 %2").arg(QLatin1String(vertical[row]), QLatin1String(horizontal[column]));
}

QString OcrPromptBuilder::prompt(const QString &text, const QString &position)
{
    return QStringLiteral("\"%1\" appears at the %2 of the image").arg(text, position);
}

TextCondition OcrPromptBuilder::build(const QList<OcrTextBox> &boxes, const QRect &lowResolutionTile, int scale) const
{
    if (lowResolutionTile.isEmpty() || scale < 1)
        throw std::invalid_argument(tr("Cannot build a text condition for a %1×%2 tile at ×%3.")
                                        .arg(lowResolutionTile.width()).arg(lowResolutionTile.height()).arg(scale)
                                        .toStdString());
    const QSize size = lowResolutionTile.size() * scale;
    const QRectF tile(QPointF(0, 0), QSizeF(size));
    // Tile coordinates at the high resolution.
    QTransform toTile;
    toTile.scale(scale, scale);
    toTile.translate(-lowResolutionTile.x(), -lowResolutionTile.y());

    // The boxes worth a prompt, in the OCR's order; the most confident when there are too many.
    QList<int> kept;
    for (int i = 0; i < boxes.size(); ++i) {
        const OcrTextBox &box = boxes[i];
        if (box.text.simplified().isEmpty() || box.confidence < m_minimumConfidence)
            continue;
        const QRectF visible = toTile.mapRect(boundsOf(box)).intersected(tile);
        if (visible.width() <= 0 || visible.height() <= 0)
            continue;
        kept.append(i);
    }
    if (m_maximumBoxes >= 0 && kept.size() > m_maximumBoxes) {
        QList<int> byConfidence = kept;
        std::stable_sort(byConfidence.begin(), byConfidence.end(),
                         [&boxes](int a, int b) { return boxes[a].confidence > boxes[b].confidence; });
        byConfidence.resize(m_maximumBoxes);
        std::sort(byConfidence.begin(), byConfidence.end());
        kept = byConfidence;
    }

    TextCondition condition;
    const QRawFont &font = GlyphPainter::cachedFont(m_fontFile);
    QPainterPath ink;
    ink.setFillRule(Qt::WindingFill);
    for (const int i : std::as_const(kept)) {
        const OcrTextBox &box = boxes[i];
        const QString text = box.text.simplified();
        const QRectF visible = toTile.mapRect(boundsOf(box)).intersected(tile);
        condition.texts.append(text);
        condition.prompts.append(prompt(text, positionPhrase(visible.center(), tile.size())));
        condition.boxes.append(visible.toAlignedRect().intersected(tile.toRect()));
        condition.characterClasses.append(CharacterSet::encode(text));

        // Draw what the font can draw; a string it cannot draw at all keeps its prompt only.
        QString drawable;
        for (const QChar c : text)
            drawable.append(c == QLatin1Char(' ') || font.supportsCharacter(c) ? c : QLatin1Char(' '));
        if (drawable.trimmed().isEmpty())
            continue;
        QList<QPainterPath> paths;
        try {
            paths = GlyphPainter::layout(drawable, font, 0.0);
        } catch (const std::exception &) {
            continue; // nothing with ink (e.g. only combining marks)
        }
        // The ink with a margin maps onto the box: detectors draw their boxes a little wider
        // than the ink, so the glyphs should not touch the box's edges either.
        const QRectF inkBounds = GlyphPainter::inkBounds(paths);
        const double margin = 0.08 * inkBounds.height();
        const QRectF source = inkBounds.adjusted(-margin, -margin, margin, margin);
        const QPolygonF from({source.topLeft(), source.topRight(), source.bottomRight(), source.bottomLeft()});
        const QPolygonF to = toTile.map(corners(box));
        QTransform fit;
        if (!QTransform::quadToQuad(from, to, fit)) {
            const QRectF target = toTile.mapRect(boundsOf(box));
            const QPolygonF rectangle({target.topLeft(), target.topRight(), target.bottomRight(), target.bottomLeft()});
            if (!QTransform::quadToQuad(from, rectangle, fit))
                continue;
        }
        for (const QPainterPath &path : std::as_const(paths))
            ink.addPath(fit.map(path));
    }
    // Coverage clips to the tile by itself: what lies outside is simply not drawn.
    condition.glyphs = GlyphPainter::coverage(size, ink);
    condition.textFound = !condition.texts.isEmpty();
    return condition;
}
