#pragma once

#include <QImage>
#include <QString>

struct LoadedImage
{
    QImage image;      // 8-bit RGB, orientation applied, alpha flattened onto white
    QString error;     // why it could not be opened, in words; empty on success
    QString notes;     // what was converted on the way in (16-bit, CMYK, alpha, EXIF turn)

    bool ok() const { return !image.isNull(); }
};
