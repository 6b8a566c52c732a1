#include "ImageRegion.h"

#include <QStringList>

std::optional<QRect> ImageRegion::clip(const QRect &region, const QSize &imageSize, QString *error)
{
    if (region.width() <= 0 || region.height() <= 0) {
        if (error)
            *error = tr("The region has no area (%1×%2): draw a rectangle over the text.")
                         .arg(region.width()).arg(region.height());
        return std::nullopt;
    }
    const QRect clipped = region.intersected(QRect(QPoint(0, 0), imageSize));
    if (clipped.isEmpty()) {
        if (error)
            *error = tr("The region (%1, %2, %3×%4) lies outside the %5×%6 image.")
                         .arg(region.x()).arg(region.y()).arg(region.width()).arg(region.height())
                         .arg(imageSize.width()).arg(imageSize.height());
        return std::nullopt;
    }
    return clipped;
}

std::optional<QRect> ImageRegion::parse(const QString &text, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool ok = parts.size() == 4;
    int values[4] = {};
    for (int i = 0; ok && i < 4; ++i)
        values[i] = parts[i].trimmed().toInt(&ok);
    if (!ok) {
        if (error)
            *error = tr("A region is written x,y,width,height in pixels (got \"%1\").").arg(text);
        return std::nullopt;
    }
    return QRect(values[0], values[1], values[2], values[3]);
}
