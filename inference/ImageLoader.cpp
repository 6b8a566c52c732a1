#include "ImageLoader.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

namespace {

QString pixelCount(qint64 pixels)
{
    return QString::number(double(pixels) / 1e6, 'f', 1);
}

} // namespace

LoadedImage ImageLoader::load(const QString &path, qint64 maxPixels)
{
    LoadedImage loaded;
    const QFileInfo file(path);
    const QString name = file.fileName().isEmpty() ? path : file.fileName();
    if (path.isEmpty()) {
        loaded.error = tr("No file name was given.");
        return loaded;
    }
    if (!file.exists()) {
        loaded.error = tr("\"%1\" does not exist.").arg(path);
        return loaded;
    }
    if (file.isDir()) {
        loaded.error = tr("\"%1\" is a folder, not an image.").arg(path);
        return loaded;
    }
    if (!file.isReadable()) {
        loaded.error = tr("\"%1\" cannot be read (permission denied).").arg(path);
        return loaded;
    }
    if (file.size() == 0) {
        loaded.error = tr("\"%1\" is empty (0 bytes).").arg(name);
        return loaded;
    }

    QImageReader reader(path);
    reader.setAutoTransform(true);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead()) {
        loaded.error = tr("\"%1\" is not an image GlyphLab can read: the format is unknown or the "
                          "file is damaged.").arg(name);
        return loaded;
    }
    const QSize size = reader.size();
    if (size.isValid()) {
        const qint64 pixels = qint64(size.width()) * size.height();
        if (pixels > maxPixels) {
            loaded.error = tr("\"%1\" is %2×%3 pixels (%4 MP); GlyphLab opens images up to %5 MP. "
                              "Scale it down or cut out the part with the text first.")
                               .arg(name).arg(size.width()).arg(size.height())
                               .arg(pixelCount(pixels), pixelCount(maxPixels));
            return loaded;
        }
    }
    // Qt's default cap is 256 MB; our own pixel cap above is the one that should decide.
    reader.setAllocationLimit(int(maxPixels * 8 / (1024 * 1024)) + 1);

    QImage image = reader.read();
    if (image.isNull()) {
        loaded.error = tr("\"%1\" could not be decoded: %2.").arg(name, reader.errorString());
        return loaded;
    }

    QStringList notes;
    if (reader.transformation() != QImageIOHandler::TransformationNone)
        notes << tr("turned upright by its EXIF orientation");
    if (image.depth() > 32 || image.format() == QImage::Format_Grayscale16)
        notes << tr("16-bit channels reduced to 8-bit");
    if (image.hasAlphaChannel()) {
        // Text restoration works on what a viewer shows: the image over a white page.
        QImage flattened(image.size(), QImage::Format_RGB888);
        flattened.fill(Qt::white);
        QPainter painter(&flattened);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flattened;
        notes << tr("transparency flattened onto white");
    }
    loaded.image = image.convertToFormat(QImage::Format_RGB888);
    if (loaded.image.isNull()) {
        loaded.error = tr("Not enough memory to open \"%1\".").arg(name);
        return loaded;
    }
    loaded.notes = notes.join(QStringLiteral("; "));
    return loaded;
}

QStringList ImageLoader::nameFilters()
{
    QStringList filters;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        filters << QStringLiteral("*.") + QString::fromLatin1(format).toLower();
    return filters;
}
