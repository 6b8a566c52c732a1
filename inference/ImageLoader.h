#pragma once

#include "LoadedImage.h"

#include <QCoreApplication>

// Opens photos and crops for every part of the program. Qt's reader is used (not OpenCV's)
// because it reads the size from the header before decoding, so a huge file is refused
// before it takes the memory, and it applies the EXIF orientation.
class ImageLoader
{
    Q_DECLARE_TR_FUNCTIONS(ImageLoader)

public:
    // 150 MP covers medium-format cameras; a 20000×20000 image (400 MP) is refused.
    static constexpr qint64 kMaxPixels = 150'000'000;

    static LoadedImage load(const QString &path, qint64 maxPixels = kMaxPixels);
    // "*.png", "*.jpg", ...: every format Qt's image plug-ins here can read.
    static QStringList nameFilters();
};
